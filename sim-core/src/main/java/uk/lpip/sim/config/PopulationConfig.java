package uk.lpip.sim.config;

import java.util.List;

/**
 * The structure of the synthetic population and the demographic rates that keep it there.
 *
 * @param householdTypes        household compositions and their shares (sum to 1)
 * @param workingAgeBands       the age structure of working-age adults (shares sum to 1); adults' ages are
 *                              drawn from these bands within each household type's age range
 * @param adultSkillShares      skill mix of working-age adults: none, low, medium, high (RQF 0, 1–2, 3, 4+)
 * @param statusShares          labour status mix of working-age adults at the start
 * @param schoolLeaverSkillShares skill of those who leave education at 16–17
 * @param graduateSkillShares   skill of those who leave education later
 * @param statePensionAgeYears  age at which people retire onto the state pension
 * @param mortalityAt66Yearly   annual death probability at the state pension age (Gompertz intercept)
 * @param mortalityGrowthPerYear Gompertz growth of mortality per year of age
 * @param mortalityCapYearly    the highest annual death probability the Gompertz curve may reach
 * @param pensionerMeanYearsAboveSpa mean years above the state pension age of starting pensioners
 *                              (ages drawn from an exponential)
 * @param birthsPerAdult20to44Yearly births per adult aged 20–44 per year
 * @param schoolStayOnShare     share of 16-year-olds who stay in education
 * @param studentExitHazardAfter18 monthly hazard of leaving education after 18
 */
public record PopulationConfig(
        List<HouseholdTypeConfig> householdTypes,
        List<AgeBandConfig> workingAgeBands,
        double[] adultSkillShares,
        StatusShares statusShares,
        double[] schoolLeaverSkillShares,
        double[] graduateSkillShares,
        int statePensionAgeYears,
        double mortalityAt66Yearly,
        double mortalityGrowthPerYear,
        double mortalityCapYearly,
        double pensionerMeanYearsAboveSpa,
        double birthsPerAdult20to44Yearly,
        double schoolStayOnShare,
        double studentExitHazardAfter18) {

    public PopulationConfig {
        householdTypes = List.copyOf(householdTypes);
        workingAgeBands = List.copyOf(workingAgeBands);
        adultSkillShares = adultSkillShares.clone();
        schoolLeaverSkillShares = schoolLeaverSkillShares.clone();
        graduateSkillShares = graduateSkillShares.clone();
    }

    /** A household composition. Adults' ages are drawn uniformly from [minAdultAge, maxAdultAge]. */
    public record HouseholdTypeConfig(String name, double share, int workingAgeAdults, int minAdultAge,
                                      int maxAdultAge, int minChildren, int maxChildren, int pensioners) {
        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .name(name)
                    .share(share)
                    .workingAgeAdults(workingAgeAdults)
                    .minAdultAge(minAdultAge)
                    .maxAdultAge(maxAdultAge)
                    .minChildren(minChildren)
                    .maxChildren(maxChildren)
                    .pensioners(pensioners);
        }

        /** Named construction of {@link HouseholdTypeConfig}. */
        public static final class Builder {
            private String name;
            private Double share;
            private Integer workingAgeAdults;
            private Integer minAdultAge;
            private Integer maxAdultAge;
            private Integer minChildren;
            private Integer maxChildren;
            private Integer pensioners;

            private Builder() {
            }

            public Builder name(String value) { name = value; return this; }
            public Builder share(double value) { share = value; return this; }
            public Builder workingAgeAdults(int value) { workingAgeAdults = value; return this; }
            public Builder minAdultAge(int value) { minAdultAge = value; return this; }
            public Builder maxAdultAge(int value) { maxAdultAge = value; return this; }
            public Builder minChildren(int value) { minChildren = value; return this; }
            public Builder maxChildren(int value) { maxChildren = value; return this; }
            public Builder pensioners(int value) { pensioners = value; return this; }

            public HouseholdTypeConfig build() {
                return new HouseholdTypeConfig(
                        Builders.required(name, "HouseholdTypeConfig", "name"),
                        Builders.required(share, "HouseholdTypeConfig", "share"),
                        Builders.required(workingAgeAdults, "HouseholdTypeConfig", "workingAgeAdults"),
                        Builders.required(minAdultAge, "HouseholdTypeConfig", "minAdultAge"),
                        Builders.required(maxAdultAge, "HouseholdTypeConfig", "maxAdultAge"),
                        Builders.required(minChildren, "HouseholdTypeConfig", "minChildren"),
                        Builders.required(maxChildren, "HouseholdTypeConfig", "maxChildren"),
                        Builders.required(pensioners, "HouseholdTypeConfig", "pensioners"));
            }
        }
    }

    /** A band of ages (inclusive, in years) and its share of working-age adults. */
    public record AgeBandConfig(int fromAge, int toAge, double share) {
        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .fromAge(fromAge)
                    .toAge(toAge)
                    .share(share);
        }

        /** Named construction of {@link AgeBandConfig}. */
        public static final class Builder {
            private Integer fromAge;
            private Integer toAge;
            private Double share;

            private Builder() {
            }

            public Builder fromAge(int value) { fromAge = value; return this; }
            public Builder toAge(int value) { toAge = value; return this; }
            public Builder share(double value) { share = value; return this; }

            public AgeBandConfig build() {
                return new AgeBandConfig(
                        Builders.required(fromAge, "AgeBandConfig", "fromAge"),
                        Builders.required(toAge, "AgeBandConfig", "toAge"),
                        Builders.required(share, "AgeBandConfig", "share"));
            }
        }
    }

    /** Share of working-age adults aged from {@code from} to {@code to} years inclusive, by the bands. */
    public double shareAged(int from, int to) {
        double sum = 0;
        for (AgeBandConfig b : workingAgeBands) {
            int overlap = Math.min(to, b.toAge()) - Math.max(from, b.fromAge()) + 1;
            if (overlap > 0) {
                sum += b.share() * overlap / (b.toAge() - b.fromAge() + 1.0);
            }
        }
        return sum;
    }

    /** Shares of working-age adults by labour status at the start (sum to 1). */
    public record StatusShares(double employed, double unemployed, double student, double caring,
                               double longTermSick, double retired, double discouraged) {
        public double[] asArray() {
            return new double[] {employed, unemployed, student, caring, longTermSick, retired, discouraged};
        }

        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .employed(employed)
                    .unemployed(unemployed)
                    .student(student)
                    .caring(caring)
                    .longTermSick(longTermSick)
                    .retired(retired)
                    .discouraged(discouraged);
        }

        /** Named construction of {@link StatusShares}. */
        public static final class Builder {
            private Double employed;
            private Double unemployed;
            private Double student;
            private Double caring;
            private Double longTermSick;
            private Double retired;
            private Double discouraged;

            private Builder() {
            }

            public Builder employed(double value) { employed = value; return this; }
            public Builder unemployed(double value) { unemployed = value; return this; }
            public Builder student(double value) { student = value; return this; }
            public Builder caring(double value) { caring = value; return this; }
            public Builder longTermSick(double value) { longTermSick = value; return this; }
            public Builder retired(double value) { retired = value; return this; }
            public Builder discouraged(double value) { discouraged = value; return this; }

            public StatusShares build() {
                return new StatusShares(
                        Builders.required(employed, "StatusShares", "employed"),
                        Builders.required(unemployed, "StatusShares", "unemployed"),
                        Builders.required(student, "StatusShares", "student"),
                        Builders.required(caring, "StatusShares", "caring"),
                        Builders.required(longTermSick, "StatusShares", "longTermSick"),
                        Builders.required(retired, "StatusShares", "retired"),
                        Builders.required(discouraged, "StatusShares", "discouraged"));
            }
        }
    }

    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .householdTypes(householdTypes)
                .workingAgeBands(workingAgeBands)
                .adultSkillShares(adultSkillShares)
                .statusShares(statusShares)
                .schoolLeaverSkillShares(schoolLeaverSkillShares)
                .graduateSkillShares(graduateSkillShares)
                .statePensionAgeYears(statePensionAgeYears)
                .mortalityAt66Yearly(mortalityAt66Yearly)
                .mortalityGrowthPerYear(mortalityGrowthPerYear)
                .mortalityCapYearly(mortalityCapYearly)
                .pensionerMeanYearsAboveSpa(pensionerMeanYearsAboveSpa)
                .birthsPerAdult20to44Yearly(birthsPerAdult20to44Yearly)
                .schoolStayOnShare(schoolStayOnShare)
                .studentExitHazardAfter18(studentExitHazardAfter18);
    }

    /** Named construction of {@link PopulationConfig}. */
    public static final class Builder {
        private List<HouseholdTypeConfig> householdTypes;
        private List<AgeBandConfig> workingAgeBands;
        private double[] adultSkillShares;
        private StatusShares statusShares;
        private double[] schoolLeaverSkillShares;
        private double[] graduateSkillShares;
        private Integer statePensionAgeYears;
        private Double mortalityAt66Yearly;
        private Double mortalityGrowthPerYear;
        private Double mortalityCapYearly;
        private Double pensionerMeanYearsAboveSpa;
        private Double birthsPerAdult20to44Yearly;
        private Double schoolStayOnShare;
        private Double studentExitHazardAfter18;

        private Builder() {
        }

        public Builder householdTypes(List<HouseholdTypeConfig> value) { householdTypes = value; return this; }
        public Builder workingAgeBands(List<AgeBandConfig> value) { workingAgeBands = value; return this; }
        public Builder adultSkillShares(double[] value) { adultSkillShares = value; return this; }
        public Builder statusShares(StatusShares value) { statusShares = value; return this; }
        public Builder schoolLeaverSkillShares(double[] value) { schoolLeaverSkillShares = value; return this; }
        public Builder graduateSkillShares(double[] value) { graduateSkillShares = value; return this; }
        public Builder statePensionAgeYears(int value) { statePensionAgeYears = value; return this; }
        public Builder mortalityAt66Yearly(double value) { mortalityAt66Yearly = value; return this; }
        public Builder mortalityGrowthPerYear(double value) { mortalityGrowthPerYear = value; return this; }
        public Builder mortalityCapYearly(double value) { mortalityCapYearly = value; return this; }
        public Builder pensionerMeanYearsAboveSpa(double value) { pensionerMeanYearsAboveSpa = value; return this; }
        public Builder birthsPerAdult20to44Yearly(double value) { birthsPerAdult20to44Yearly = value; return this; }
        public Builder schoolStayOnShare(double value) { schoolStayOnShare = value; return this; }
        public Builder studentExitHazardAfter18(double value) { studentExitHazardAfter18 = value; return this; }

        public PopulationConfig build() {
            return new PopulationConfig(
                    Builders.required(householdTypes, "PopulationConfig", "householdTypes"),
                    Builders.required(workingAgeBands, "PopulationConfig", "workingAgeBands"),
                    Builders.required(adultSkillShares, "PopulationConfig", "adultSkillShares"),
                    Builders.required(statusShares, "PopulationConfig", "statusShares"),
                    Builders.required(schoolLeaverSkillShares, "PopulationConfig", "schoolLeaverSkillShares"),
                    Builders.required(graduateSkillShares, "PopulationConfig", "graduateSkillShares"),
                    Builders.required(statePensionAgeYears, "PopulationConfig", "statePensionAgeYears"),
                    Builders.required(mortalityAt66Yearly, "PopulationConfig", "mortalityAt66Yearly"),
                    Builders.required(mortalityGrowthPerYear, "PopulationConfig", "mortalityGrowthPerYear"),
                    Builders.required(mortalityCapYearly, "PopulationConfig", "mortalityCapYearly"),
                    Builders.required(pensionerMeanYearsAboveSpa, "PopulationConfig", "pensionerMeanYearsAboveSpa"),
                    Builders.required(birthsPerAdult20to44Yearly, "PopulationConfig", "birthsPerAdult20to44Yearly"),
                    Builders.required(schoolStayOnShare, "PopulationConfig", "schoolStayOnShare"),
                    Builders.required(studentExitHazardAfter18, "PopulationConfig", "studentExitHazardAfter18"));
        }
    }
}

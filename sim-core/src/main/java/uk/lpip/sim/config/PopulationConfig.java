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
                                      int maxAdultAge, int minChildren, int maxChildren, int pensioners) { }

    /** A band of ages (inclusive, in years) and its share of working-age adults. */
    public record AgeBandConfig(int fromAge, int toAge, double share) { }

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
    }
}

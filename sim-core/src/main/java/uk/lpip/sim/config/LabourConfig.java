package uk.lpip.sim.config;

import java.util.List;

/**
 * The labour market's parameters.
 *
 * @param matchingRounds            application/offer rounds per month
 * @param applicationsPerSearcher   applications an unemployed searcher sends per round, on average (a fraction
 *                                  is a chance of one more): the efficiency of search from unemployment
 * @param onTheJobSearchShare       share of employed people searching in a month
 * @param onTheJobApplications      applications an employed searcher sends per round
 * @param jobSwitchPremium          wage gain an employed person needs to move (0.05 = 5%)
 * @param minimumMonthlyWage        the legal floor on posted wages, £ per month
 * @param reservationStartRatio     reservation wage at the start of a spell, as a share of the last wage
 * @param reservationDecayPerMonth  monthly proportional fall in the reservation wage while unemployed
 * @param reservationSkillStep      for someone who has not worked, the starting reservation wage is the
 *                                  minimum times (1 + this × skill level, 0–3)
 * @param permittedPeriodMonths     months during which a claimant may hold out for their usual pay; after
 *                                  it, Universal Credit conditionality expects them to take any job they
 *                                  can do, so the reservation wage falls to the legal minimum
 * @param scarringAfterMonths       months of unemployment after which skills start to depreciate
 * @param scarringMonthlyHazard     monthly chance of losing a skill level once scarring has begun
 * @param skillProductivity         output of a job by required skill, relative to medium (4 values)
 * @param tightnessWageElasticity   elasticity of posted wages to local vacancies per searcher
 * @param wageMarkupMin             lowest tightness markup on posted wages (0.9 = 10% below the sector's)
 * @param wageMarkupMax             highest tightness markup on posted wages
 * @param layoffTolerance           share of excess staff a firm keeps before laying off
 * @param screeningSkillWeight      screening score per skill level above the job's requirement
 * @param screeningPenaltyPerMonth  screening score lost per month of the current unemployment spell
 * @param screeningSpellCapMonths   months of a spell beyond which the screening penalty stops growing
 * @param minSearchIntensity        the lowest search intensity a full-time course's lock-in leaves
 * @param matchChance               chance that an unemployed searcher's application is a match the employer
 *                                  would hire (the rest are turned down whatever the vacancies): the
 *                                  efficiency of matching from unemployment
 * @param directSearchMatchChance   the same chance for an application from someone searching straight from
 *                                  inactivity ({@code inactivity[].direct_search_share}); 1 (the default):
 *                                  they meet no filter beyond the vacancy's requirement and screening, like
 *                                  people searching from a job
 * @param recruitingChance          monthly chance that a post (a firm's jobs at one level) with vacancies is
 *                                  recruiting this month — taking applications and making offers; the
 *                                  others are still in the recruitment pipeline, open but not yet fillable,
 *                                  so a vacancy stays open about 1/chance months where searchers are at
 *                                  hand (1: every vacancy can be filled in the month it opens)
 * @param stretchApplicationShare   share of an unemployed searcher's applications sent to vacancies one
 *                                  skill level above their own (screening ranks them below qualified
 *                                  applicants, so they are hired only where those are lacking)
 * @param payReviewAdjustment       share of the gap between a stayer's pay and the firm's posted wage for
 *                                  the job (raised by the tenure step) closed at the annual pay review
 * @param tenurePayStep             pay above the posted wage per year in the job, at the review
 * @param tenurePayCapYears         years in the job after which the tenure step stops adding
 * @param inactivity                hazards into and out of each inactivity reason
 * @param discouragement            how the unemployed give up and the discouraged return
 * @param councils                  councils' multipliers on the inactivity hazards (councils not listed: 1)
 * @param hours                     full-time and part-time hours, and who takes part-time work
 * @param employability             how the match chance falls with the spell and differs between people
 */
public record LabourConfig(
        int matchingRounds,
        double applicationsPerSearcher,
        double onTheJobSearchShare,
        int onTheJobApplications,
        double jobSwitchPremium,
        double minimumMonthlyWage,
        double reservationStartRatio,
        double reservationDecayPerMonth,
        double reservationSkillStep,
        int permittedPeriodMonths,
        int scarringAfterMonths,
        double scarringMonthlyHazard,
        double[] skillProductivity,
        double tightnessWageElasticity,
        double wageMarkupMin,
        double wageMarkupMax,
        double layoffTolerance,
        double screeningSkillWeight,
        double screeningPenaltyPerMonth,
        int screeningSpellCapMonths,
        double minSearchIntensity,
        double stretchApplicationShare,
        double matchChance,
        double directSearchMatchChance,
        double recruitingChance,
        double payReviewAdjustment,
        double tenurePayStep,
        int tenurePayCapYears,
        List<InactivityReasonConfig> inactivity,
        DiscouragementConfig discouragement,
        List<CouncilHazardsConfig> councils,
        HoursConfig hours,
        EmployabilityConfig employability) {

    public LabourConfig {
        skillProductivity = skillProductivity.clone();
        inactivity = List.copyOf(inactivity);
        councils = List.copyOf(councils);
    }

    /** The multipliers of a council by id (neutral if it has none). */
    public CouncilHazardsConfig hazardsOf(String councilId) {
        for (CouncilHazardsConfig c : councils) {
            if (c.council().equals(councilId)) {
                return c;
            }
        }
        return CouncilHazardsConfig.neutral(councilId);
    }

    /**
     * Monthly hazards of one inactivity reason (student, caring, long-term sick, retired).
     *
     * @param minAge the youngest age at which people enter this reason from work or search
     * @param directSearchShare monthly chance that a person inactive for this reason looks for work that
     *                          month without becoming unemployed: they apply in the month's matching rounds
     *                          as the unemployed do, go straight into work if hired and otherwise stay
     *                          inactive (0: the inactive are hired only after returning to search)
     */
    public record InactivityReasonConfig(String reason, double hazardFromEmployed, double hazardFromUnemployed,
                                         double exitHazard, int minAge, double directSearchShare) {
        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .reason(reason)
                    .hazardFromEmployed(hazardFromEmployed)
                    .hazardFromUnemployed(hazardFromUnemployed)
                    .exitHazard(exitHazard)
                    .minAge(minAge)
                    .directSearchShare(directSearchShare);
        }

        /** Named construction of {@link InactivityReasonConfig}. */
        public static final class Builder {
            private String reason;
            private Double hazardFromEmployed;
            private Double hazardFromUnemployed;
            private Double exitHazard;
            private Integer minAge;
            private Double directSearchShare;

            private Builder() {
            }

            public Builder reason(String value) { reason = value; return this; }
            public Builder hazardFromEmployed(double value) { hazardFromEmployed = value; return this; }
            public Builder hazardFromUnemployed(double value) { hazardFromUnemployed = value; return this; }
            public Builder exitHazard(double value) { exitHazard = value; return this; }
            public Builder minAge(int value) { minAge = value; return this; }
            public Builder directSearchShare(double value) { directSearchShare = value; return this; }

            public InactivityReasonConfig build() {
                return new InactivityReasonConfig(
                        Builders.required(reason, "InactivityReasonConfig", "reason"),
                        Builders.required(hazardFromEmployed, "InactivityReasonConfig", "hazardFromEmployed"),
                        Builders.required(hazardFromUnemployed, "InactivityReasonConfig", "hazardFromUnemployed"),
                        Builders.required(exitHazard, "InactivityReasonConfig", "exitHazard"),
                        Builders.required(minAge, "InactivityReasonConfig", "minAge"),
                        Builders.required(directSearchShare, "InactivityReasonConfig", "directSearchShare"));
            }
        }
    }

    /**
     * Discouragement: unemployed people stop searching, more so in long spells and slack markets;
     * the discouraged return when vacancies per searcher within their reach rise.
     *
     * @param baseHazard               monthly hazard of giving up at the start of a spell
     * @param durationEffectPerYear    proportional rise of that hazard per year of unemployment (negative: it
     *                                 falls, to no lower than 0)
     * @param referenceVacanciesPerSearcher market tightness at which the return hazard is the base value
     * @param baseReturnHazard         monthly hazard of returning to search at reference tightness
     * @param returnTightnessElasticity elasticity of the return hazard to tightness in reach
     * @param durationCapMonths        months of a spell beyond which the giving-up hazard stops rising
     * @param tightnessFactorMin       lowest multiple of a base hazard that tightness can give
     * @param tightnessFactorMax       highest multiple of a base hazard that tightness can give
     * @param reentrantLapseHazard     monthly hazard, added to the others, that an unemployed person whose spell
     *                                 began in inactivity (not education) goes back to it: to the reason they
     *                                 returned from ({@code Persons.returnedFrom}). Weak attachment of re-entrants
     *                                 (docs/model.md, "Re-entrants who lapse"); 0 turns it off
     */
    public record DiscouragementConfig(double baseHazard, double durationEffectPerYear,
                                       double referenceVacanciesPerSearcher, double baseReturnHazard,
                                       double returnTightnessElasticity, int durationCapMonths,
                                       double tightnessFactorMin, double tightnessFactorMax,
                                       double reentrantLapseHazard) {
        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .baseHazard(baseHazard)
                    .durationEffectPerYear(durationEffectPerYear)
                    .referenceVacanciesPerSearcher(referenceVacanciesPerSearcher)
                    .baseReturnHazard(baseReturnHazard)
                    .returnTightnessElasticity(returnTightnessElasticity)
                    .durationCapMonths(durationCapMonths)
                    .tightnessFactorMin(tightnessFactorMin)
                    .tightnessFactorMax(tightnessFactorMax)
                    .reentrantLapseHazard(reentrantLapseHazard);
        }

        /** Named construction of {@link DiscouragementConfig}. */
        public static final class Builder {
            private Double baseHazard;
            private Double durationEffectPerYear;
            private Double referenceVacanciesPerSearcher;
            private Double baseReturnHazard;
            private Double returnTightnessElasticity;
            private Integer durationCapMonths;
            private Double tightnessFactorMin;
            private Double tightnessFactorMax;
            private Double reentrantLapseHazard;

            private Builder() {
            }

            public Builder baseHazard(double value) { baseHazard = value; return this; }
            public Builder durationEffectPerYear(double value) { durationEffectPerYear = value; return this; }
            public Builder referenceVacanciesPerSearcher(double value) { referenceVacanciesPerSearcher = value; return this; }
            public Builder baseReturnHazard(double value) { baseReturnHazard = value; return this; }
            public Builder returnTightnessElasticity(double value) { returnTightnessElasticity = value; return this; }
            public Builder durationCapMonths(int value) { durationCapMonths = value; return this; }
            public Builder tightnessFactorMin(double value) { tightnessFactorMin = value; return this; }
            public Builder tightnessFactorMax(double value) { tightnessFactorMax = value; return this; }
            public Builder reentrantLapseHazard(double value) { reentrantLapseHazard = value; return this; }

            public DiscouragementConfig build() {
                return new DiscouragementConfig(
                        Builders.required(baseHazard, "DiscouragementConfig", "baseHazard"),
                        Builders.required(durationEffectPerYear, "DiscouragementConfig", "durationEffectPerYear"),
                        Builders.required(referenceVacanciesPerSearcher, "DiscouragementConfig", "referenceVacanciesPerSearcher"),
                        Builders.required(baseReturnHazard, "DiscouragementConfig", "baseReturnHazard"),
                        Builders.required(returnTightnessElasticity, "DiscouragementConfig", "returnTightnessElasticity"),
                        Builders.required(durationCapMonths, "DiscouragementConfig", "durationCapMonths"),
                        Builders.required(tightnessFactorMin, "DiscouragementConfig", "tightnessFactorMin"),
                        Builders.required(tightnessFactorMax, "DiscouragementConfig", "tightnessFactorMax"),
                        Builders.required(reentrantLapseHazard, "DiscouragementConfig", "reentrantLapseHazard"));
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
                .matchingRounds(matchingRounds)
                .applicationsPerSearcher(applicationsPerSearcher)
                .onTheJobSearchShare(onTheJobSearchShare)
                .onTheJobApplications(onTheJobApplications)
                .jobSwitchPremium(jobSwitchPremium)
                .minimumMonthlyWage(minimumMonthlyWage)
                .reservationStartRatio(reservationStartRatio)
                .reservationDecayPerMonth(reservationDecayPerMonth)
                .reservationSkillStep(reservationSkillStep)
                .permittedPeriodMonths(permittedPeriodMonths)
                .scarringAfterMonths(scarringAfterMonths)
                .scarringMonthlyHazard(scarringMonthlyHazard)
                .skillProductivity(skillProductivity)
                .tightnessWageElasticity(tightnessWageElasticity)
                .wageMarkupMin(wageMarkupMin)
                .wageMarkupMax(wageMarkupMax)
                .layoffTolerance(layoffTolerance)
                .screeningSkillWeight(screeningSkillWeight)
                .screeningPenaltyPerMonth(screeningPenaltyPerMonth)
                .screeningSpellCapMonths(screeningSpellCapMonths)
                .minSearchIntensity(minSearchIntensity)
                .stretchApplicationShare(stretchApplicationShare)
                .matchChance(matchChance)
                .directSearchMatchChance(directSearchMatchChance)
                .recruitingChance(recruitingChance)
                .payReviewAdjustment(payReviewAdjustment)
                .tenurePayStep(tenurePayStep)
                .tenurePayCapYears(tenurePayCapYears)
                .inactivity(inactivity)
                .discouragement(discouragement)
                .councils(councils)
                .hours(hours)
                .employability(employability);
    }

    /** Named construction of {@link LabourConfig}. */
    public static final class Builder {
        private Integer matchingRounds;
        private Double applicationsPerSearcher;
        private Double onTheJobSearchShare;
        private Integer onTheJobApplications;
        private Double jobSwitchPremium;
        private Double minimumMonthlyWage;
        private Double reservationStartRatio;
        private Double reservationDecayPerMonth;
        private Double reservationSkillStep;
        private Integer permittedPeriodMonths;
        private Integer scarringAfterMonths;
        private Double scarringMonthlyHazard;
        private double[] skillProductivity;
        private Double tightnessWageElasticity;
        private Double wageMarkupMin;
        private Double wageMarkupMax;
        private Double layoffTolerance;
        private Double screeningSkillWeight;
        private Double screeningPenaltyPerMonth;
        private Integer screeningSpellCapMonths;
        private Double minSearchIntensity;
        private Double stretchApplicationShare;
        private Double matchChance;
        private Double directSearchMatchChance;
        private Double recruitingChance;
        private Double payReviewAdjustment;
        private Double tenurePayStep;
        private Integer tenurePayCapYears;
        private List<InactivityReasonConfig> inactivity;
        private DiscouragementConfig discouragement;
        private List<CouncilHazardsConfig> councils;
        private HoursConfig hours;
        private EmployabilityConfig employability;

        private Builder() {
        }

        public Builder matchingRounds(int value) { matchingRounds = value; return this; }
        public Builder applicationsPerSearcher(double value) { applicationsPerSearcher = value; return this; }
        public Builder onTheJobSearchShare(double value) { onTheJobSearchShare = value; return this; }
        public Builder onTheJobApplications(int value) { onTheJobApplications = value; return this; }
        public Builder jobSwitchPremium(double value) { jobSwitchPremium = value; return this; }
        public Builder minimumMonthlyWage(double value) { minimumMonthlyWage = value; return this; }
        public Builder reservationStartRatio(double value) { reservationStartRatio = value; return this; }
        public Builder reservationDecayPerMonth(double value) { reservationDecayPerMonth = value; return this; }
        public Builder reservationSkillStep(double value) { reservationSkillStep = value; return this; }
        public Builder permittedPeriodMonths(int value) { permittedPeriodMonths = value; return this; }
        public Builder scarringAfterMonths(int value) { scarringAfterMonths = value; return this; }
        public Builder scarringMonthlyHazard(double value) { scarringMonthlyHazard = value; return this; }
        public Builder skillProductivity(double[] value) { skillProductivity = value; return this; }
        public Builder tightnessWageElasticity(double value) { tightnessWageElasticity = value; return this; }
        public Builder wageMarkupMin(double value) { wageMarkupMin = value; return this; }
        public Builder wageMarkupMax(double value) { wageMarkupMax = value; return this; }
        public Builder layoffTolerance(double value) { layoffTolerance = value; return this; }
        public Builder screeningSkillWeight(double value) { screeningSkillWeight = value; return this; }
        public Builder screeningPenaltyPerMonth(double value) { screeningPenaltyPerMonth = value; return this; }
        public Builder screeningSpellCapMonths(int value) { screeningSpellCapMonths = value; return this; }
        public Builder minSearchIntensity(double value) { minSearchIntensity = value; return this; }
        public Builder stretchApplicationShare(double value) { stretchApplicationShare = value; return this; }
        public Builder matchChance(double value) { matchChance = value; return this; }
        public Builder directSearchMatchChance(double value) { directSearchMatchChance = value; return this; }
        public Builder recruitingChance(double value) { recruitingChance = value; return this; }
        public Builder payReviewAdjustment(double value) { payReviewAdjustment = value; return this; }
        public Builder tenurePayStep(double value) { tenurePayStep = value; return this; }
        public Builder tenurePayCapYears(int value) { tenurePayCapYears = value; return this; }
        public Builder inactivity(List<InactivityReasonConfig> value) { inactivity = value; return this; }
        public Builder discouragement(DiscouragementConfig value) { discouragement = value; return this; }
        public Builder councils(List<CouncilHazardsConfig> value) { councils = value; return this; }
        public Builder hours(HoursConfig value) { hours = value; return this; }
        public Builder employability(EmployabilityConfig value) { employability = value; return this; }

        public LabourConfig build() {
            return new LabourConfig(
                    Builders.required(matchingRounds, "LabourConfig", "matchingRounds"),
                    Builders.required(applicationsPerSearcher, "LabourConfig", "applicationsPerSearcher"),
                    Builders.required(onTheJobSearchShare, "LabourConfig", "onTheJobSearchShare"),
                    Builders.required(onTheJobApplications, "LabourConfig", "onTheJobApplications"),
                    Builders.required(jobSwitchPremium, "LabourConfig", "jobSwitchPremium"),
                    Builders.required(minimumMonthlyWage, "LabourConfig", "minimumMonthlyWage"),
                    Builders.required(reservationStartRatio, "LabourConfig", "reservationStartRatio"),
                    Builders.required(reservationDecayPerMonth, "LabourConfig", "reservationDecayPerMonth"),
                    Builders.required(reservationSkillStep, "LabourConfig", "reservationSkillStep"),
                    Builders.required(permittedPeriodMonths, "LabourConfig", "permittedPeriodMonths"),
                    Builders.required(scarringAfterMonths, "LabourConfig", "scarringAfterMonths"),
                    Builders.required(scarringMonthlyHazard, "LabourConfig", "scarringMonthlyHazard"),
                    Builders.required(skillProductivity, "LabourConfig", "skillProductivity"),
                    Builders.required(tightnessWageElasticity, "LabourConfig", "tightnessWageElasticity"),
                    Builders.required(wageMarkupMin, "LabourConfig", "wageMarkupMin"),
                    Builders.required(wageMarkupMax, "LabourConfig", "wageMarkupMax"),
                    Builders.required(layoffTolerance, "LabourConfig", "layoffTolerance"),
                    Builders.required(screeningSkillWeight, "LabourConfig", "screeningSkillWeight"),
                    Builders.required(screeningPenaltyPerMonth, "LabourConfig", "screeningPenaltyPerMonth"),
                    Builders.required(screeningSpellCapMonths, "LabourConfig", "screeningSpellCapMonths"),
                    Builders.required(minSearchIntensity, "LabourConfig", "minSearchIntensity"),
                    Builders.required(stretchApplicationShare, "LabourConfig", "stretchApplicationShare"),
                    Builders.required(matchChance, "LabourConfig", "matchChance"),
                    Builders.required(directSearchMatchChance, "LabourConfig", "directSearchMatchChance"),
                    Builders.required(recruitingChance, "LabourConfig", "recruitingChance"),
                    Builders.required(payReviewAdjustment, "LabourConfig", "payReviewAdjustment"),
                    Builders.required(tenurePayStep, "LabourConfig", "tenurePayStep"),
                    Builders.required(tenurePayCapYears, "LabourConfig", "tenurePayCapYears"),
                    Builders.required(inactivity, "LabourConfig", "inactivity"),
                    Builders.required(discouragement, "LabourConfig", "discouragement"),
                    Builders.required(councils, "LabourConfig", "councils"),
                    Builders.required(hours, "LabourConfig", "hours"),
                    Builders.required(employability, "LabourConfig", "employability"));
        }
    }
}

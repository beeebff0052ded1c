package uk.lpip.sim.config;

import java.util.List;

/**
 * The labour market's parameters.
 *
 * @param matchingRounds            application/offer rounds per month
 * @param applicationsPerSearcher   applications an unemployed searcher sends per round
 * @param onTheJobSearchShare       share of employed people searching in a month
 * @param onTheJobApplications      applications an employed searcher sends per round
 * @param jobSwitchPremium          wage gain an employed person needs to move (0.05 = 5%)
 * @param minimumMonthlyWage        the legal floor on posted wages, £ per month
 * @param reservationStartRatio     reservation wage at the start of a spell, as a share of the last wage
 * @param reservationDecayPerMonth  monthly proportional fall in the reservation wage while unemployed
 * @param permittedPeriodMonths     months during which a claimant may hold out for their usual pay; after
 *                                  it, Universal Credit conditionality expects them to take any job they
 *                                  can do, so the reservation wage falls to the legal minimum
 * @param scarringAfterMonths       months of unemployment after which skills start to depreciate
 * @param scarringMonthlyHazard     monthly chance of losing a skill level once scarring has begun
 * @param skillProductivity         output of a job by required skill, relative to medium (4 values)
 * @param tightnessWageElasticity   elasticity of posted wages to local vacancies per searcher
 * @param layoffTolerance           share of excess staff a firm keeps before laying off
 * @param inactivity                hazards into and out of each inactivity reason
 * @param discouragement            how the unemployed give up and the discouraged return
 */
public record LabourConfig(
        int matchingRounds,
        int applicationsPerSearcher,
        double onTheJobSearchShare,
        int onTheJobApplications,
        double jobSwitchPremium,
        double minimumMonthlyWage,
        double reservationStartRatio,
        double reservationDecayPerMonth,
        int permittedPeriodMonths,
        int scarringAfterMonths,
        double scarringMonthlyHazard,
        double[] skillProductivity,
        double tightnessWageElasticity,
        double layoffTolerance,
        List<InactivityReasonConfig> inactivity,
        DiscouragementConfig discouragement) {

    public LabourConfig {
        skillProductivity = skillProductivity.clone();
        inactivity = List.copyOf(inactivity);
    }

    /**
     * Monthly hazards of one inactivity reason (student, caring, long-term sick, retired).
     *
     * @param minAge the youngest age at which people enter this reason from work or search
     */
    public record InactivityReasonConfig(String reason, double hazardFromEmployed, double hazardFromUnemployed,
                                         double exitHazard, int minAge) { }

    /**
     * Discouragement: unemployed people stop searching, more so in long spells and slack markets;
     * the discouraged return when vacancies per searcher within their reach rise.
     *
     * @param baseHazard               monthly hazard of giving up at the start of a spell
     * @param durationEffectPerYear    proportional rise of that hazard per year of unemployment
     * @param referenceVacanciesPerSearcher market tightness at which the return hazard is the base value
     * @param baseReturnHazard         monthly hazard of returning to search at reference tightness
     * @param returnTightnessElasticity elasticity of the return hazard to tightness in reach
     */
    public record DiscouragementConfig(double baseHazard, double durationEffectPerYear,
                                       double referenceVacanciesPerSearcher, double baseReturnHazard,
                                       double returnTightnessElasticity) { }
}

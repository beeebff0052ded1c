package uk.lpip.sim.config;

import java.util.List;

/**
 * The structure of the synthetic population and the demographic rates that keep it there.
 *
 * @param householdTypes        household compositions and their shares (sum to 1)
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
        adultSkillShares = adultSkillShares.clone();
        schoolLeaverSkillShares = schoolLeaverSkillShares.clone();
        graduateSkillShares = graduateSkillShares.clone();
    }

    /** A household composition. Adults' ages are drawn uniformly from [minAdultAge, maxAdultAge]. */
    public record HouseholdTypeConfig(String name, double share, int workingAgeAdults, int minAdultAge,
                                      int maxAdultAge, int minChildren, int maxChildren, int pensioners) { }

    /** Shares of working-age adults by labour status at the start (sum to 1). */
    public record StatusShares(double employed, double unemployed, double student, double caring,
                               double longTermSick, double retired, double discouraged) {
        public double[] asArray() {
            return new double[] {employed, unemployed, student, caring, longTermSick, retired, discouraged};
        }
    }
}

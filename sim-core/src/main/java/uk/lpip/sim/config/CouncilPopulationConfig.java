package uk.lpip.sim.config;

import java.util.List;
import uk.lpip.sim.config.PopulationConfig.AgeBandConfig;
import uk.lpip.sim.config.PopulationConfig.HouseholdTypeConfig;
import uk.lpip.sim.config.PopulationConfig.StatusShares;

/**
 * One council's own population characteristics, each overriding the region's value for the people
 * built in that council's zones; a {@code null} component means "as the region".
 *
 * @param statusShares     labour status mix of working-age adults at the start
 * @param adultSkillShares skill mix of working-age adults: none, low, medium, high
 * @param householdTypes   household compositions and their shares
 * @param workingAgeBands  age structure of working-age adults
 */
public record CouncilPopulationConfig(StatusShares statusShares, double[] adultSkillShares,
                                      List<HouseholdTypeConfig> householdTypes, List<AgeBandConfig> workingAgeBands) {
    /** No overrides: the council's people are drawn as the region's. */
    public static final CouncilPopulationConfig NONE = new CouncilPopulationConfig(null, null, null, null);

    public CouncilPopulationConfig {
        adultSkillShares = adultSkillShares == null ? null : adultSkillShares.clone();
        householdTypes = householdTypes == null ? null : List.copyOf(householdTypes);
        workingAgeBands = workingAgeBands == null ? null : List.copyOf(workingAgeBands);
    }

    /** The region's population configuration with this council's overrides applied. */
    public PopulationConfig applyTo(PopulationConfig region) {
        PopulationConfig.Builder b = region.toBuilder();
        if (statusShares != null) {
            b.statusShares(statusShares);
        }
        if (adultSkillShares != null) {
            b.adultSkillShares(adultSkillShares);
        }
        if (householdTypes != null) {
            b.householdTypes(householdTypes);
        }
        if (workingAgeBands != null) {
            b.workingAgeBands(workingAgeBands);
        }
        return b.build();
    }
}

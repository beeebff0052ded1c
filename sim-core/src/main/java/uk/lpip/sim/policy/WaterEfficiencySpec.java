package uk.lpip.sim.policy;

import java.util.List;

/**
 * Water-efficiency grants: from the start month to the end month, every firm of the chosen
 * sectors in the target area that draws on the catchment and has not had one gets a grant (while
 * the budget lasts), and from then on needs less water per unit of output.
 *
 * @param sectors            the sectors whose firms are eligible
 * @param intensityReduction share by which a grantee's water need per unit of output falls
 * @param grantPerFirm       the grant, £
 */
@Levers(title = "water efficiency", description = "grants that cut firms' water need per unit of output for good")
public record WaterEfficiencySpec(
        CommonSpec common,
        @Lever(key = "sectors", minItems = 1, doc = "water-using sectors whose firms are eligible", example = "[agriculture]")
        List<String> sectors,
        @Lever(key = "intensity_reduction", min = 0, max = 0.95, doc = "share by which a grantee's water per unit of output falls",
                unit = "share", example = "0.3") double intensityReduction,
        @Lever(key = "grant_per_firm", min = 0, max = 1e9, doc = "grant to each eligible firm, paid once", unit = "£",
                example = "15000") double grantPerFirm) implements InterventionSpec {
    public WaterEfficiencySpec {
        sectors = List.copyOf(sectors);
    }
}

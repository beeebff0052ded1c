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
public record WaterEfficiencySpec(CommonSpec common, List<String> sectors, double intensityReduction,
                                  double grantPerFirm) implements InterventionSpec {
    public WaterEfficiencySpec {
        sectors = List.copyOf(sectors);
    }

    @Override
    public String type() {
        return "water_efficiency";
    }
}

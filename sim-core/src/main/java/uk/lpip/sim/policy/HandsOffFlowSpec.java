package uk.lpip.sim.policy;

import java.util.List;

/**
 * Changed hands-off flows: from the start month to the end month the named licences must leave
 * this much water in the river (higher to protect the river, lower to free water for abstraction).
 *
 * @param licences             the licences whose condition changes
 * @param handsOffFlowMlPerDay the new hands-off flow, Ml/d
 */
public record HandsOffFlowSpec(CommonSpec common, List<String> licences, double handsOffFlowMlPerDay)
        implements InterventionSpec {
    public HandsOffFlowSpec {
        licences = List.copyOf(licences);
    }

    @Override
    public String type() {
        return "hands_off_flow";
    }
}

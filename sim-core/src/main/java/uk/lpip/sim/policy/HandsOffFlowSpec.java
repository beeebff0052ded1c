package uk.lpip.sim.policy;

import java.util.List;

/**
 * Changed hands-off flows: from the start month to the end month the named licences must leave
 * this much water in the river (higher to protect the river, lower to free water for abstraction).
 *
 * @param licences             the licences whose condition changes
 * @param handsOffFlowMlPerDay the new hands-off flow, Ml/d
 */
@Levers(title = "hands-off flow change", description = "a different hands-off flow on named licences for a while")
public record HandsOffFlowSpec(
        CommonSpec common,
        @Lever(key = "licences", minItems = 1, doc = "the licences whose condition changes", example = "[irrigation-carse]")
        List<String> licences,
        @Lever(key = "hands_off_flow_ml_per_day", min = 0, max = 1_000_000, doc = "the new hands-off flow", unit = "Ml/d",
                example = "600") double handsOffFlowMlPerDay) implements InterventionSpec {
    public HandsOffFlowSpec {
        licences = List.copyOf(licences);
    }
}

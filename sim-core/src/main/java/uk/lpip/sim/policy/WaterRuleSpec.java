package uk.lpip.sim.policy;

/**
 * A change of the catchment's allocation rule from the start month to the end month — e.g. from
 * historic priority to equal shares, or enabling trading ({@code market}).
 *
 * @param rule               priority, equal_share or market
 * @param runningCostMonthly administering the rule (a trading platform, say), £ per month at scale 1.0
 */
public record WaterRuleSpec(CommonSpec common, String rule, double runningCostMonthly) implements InterventionSpec {
    @Override
    public String type() {
        return "water_rule";
    }
}

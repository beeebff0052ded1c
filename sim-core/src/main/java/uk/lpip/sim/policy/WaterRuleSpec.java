package uk.lpip.sim.policy;

import uk.lpip.sim.config.WaterConfig;

/**
 * A change of the catchment's allocation rule from the start month to the end month — e.g. from
 * historic priority to equal shares, or enabling trading ({@code market}).
 *
 * @param rule               priority, equal_share or market
 * @param runningCostMonthly administering the rule (a trading platform, say), £ per month at scale 1.0
 */
@Levers(title = "water rule",
        description = "another way of sharing the catchment's water for a while (market: enable trading)")
public record WaterRuleSpec(
        CommonSpec common,
        @Lever(key = "rule", keysOf = WaterConfig.AllocationRule.class, doc = "the allocation rule while it applies",
                example = "market") String rule,
        @Lever(key = "running_cost_monthly", min = 0, max = 1e10,
                doc = "administering it (a trading platform, say), at scale 1.0", unit = "£ per month", example = "20000",
                fallback = "0") double runningCostMonthly) implements InterventionSpec {
}

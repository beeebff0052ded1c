package uk.lpip.sim.policy;

/**
 * A broadband rollout: superfast coverage of the target zones rises to a target share, evenly from
 * the start month to the end month, at a capital cost per premise newly covered. Covered firms
 * adopt over time and gain productivity; covered residents can take remote-able jobs anywhere in
 * the region; entry of firms rises with coverage (through the model's entry rule).
 *
 * @param targetShare          coverage reached by the end month, 0–1
 * @param costPerPremise       capital cost per premise newly covered, £
 * @param adoptionRateMonthly  chance a covered firm adopts in a month
 * @param productivityGain     proportional productivity gain of an adopting firm
 */
@Levers(title = "broadband rollout",
        description = "raising superfast coverage of zones, with adoption and remote work following")
public record BroadbandRolloutSpec(
        CommonSpec common,
        @Lever(key = "target_share", min = 0, max = 1, doc = "coverage reached in the target zones by the end month",
                unit = "share", example = "0.97") double targetShare,
        @Lever(key = "cost_per_premise", min = 0, max = 100_000, doc = "capital cost per premise newly covered", unit = "£",
                example = "600") double costPerPremise,
        @Lever(key = "adoption_rate_monthly", min = 0, max = 1, doc = "chance a covered firm adopts in a month",
                unit = "per month", example = "0.03", fallback = "0.03") double adoptionRateMonthly,
        @Lever(key = "productivity_gain", min = 0, max = 1, doc = "productivity gain of an adopting firm", unit = "share",
                example = "0.03", fallback = "0.03") double productivityGain) implements InterventionSpec {
}

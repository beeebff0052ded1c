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
public record BroadbandRolloutSpec(CommonSpec common, double targetShare, double costPerPremise,
                                   double adoptionRateMonthly, double productivityGain) implements InterventionSpec {
    @Override
    public String type() {
        return "broadband_rollout";
    }
}

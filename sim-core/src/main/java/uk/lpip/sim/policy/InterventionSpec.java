package uk.lpip.sim.policy;

/** A configured intervention, as read from a scenario; {@link Interventions#build} makes it act. */
public sealed interface InterventionSpec
        permits SkillsProgrammeSpec, OutreachSpec, BroadbandRolloutSpec, TransportUpgradeSpec,
        WaterRuleSpec, WaterStorageSpec, WaterEfficiencySpec, HandsOffFlowSpec {
    /** The scenario's {@code type} key for this kind. */
    String type();

    CommonSpec common();
}

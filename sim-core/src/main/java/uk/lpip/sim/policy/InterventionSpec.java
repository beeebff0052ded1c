package uk.lpip.sim.policy;

/**
 * A configured intervention, as read from a scenario: a levers record declared by its
 * {@link InterventionType}; {@link Interventions#build} makes it act.
 */
public interface InterventionSpec {
    /** The scenario's {@code type} key for this kind. */
    default String type() {
        return InterventionTypes.of(this).key();
    }

    CommonSpec common();
}

package uk.lpip.scenarios;

/**
 * A configured intervention from a scenario's {@code interventions} list. Each kind of
 * intervention adds a record implementing this and its entry in {@code InterventionFormat}.
 */
public interface InterventionConfig {
    /** The {@code type} key that selected this kind. */
    String type();
}

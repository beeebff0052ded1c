package uk.lpip.sim.state;

/**
 * SEPA's water scarcity levels, in rising order. At moderate scarcity non-exempt abstractors
 * reduce by a set share; at significant scarcity non-exempt licences are suspended.
 */
public enum ScarcityLevel {
    NORMAL("normal"),
    EARLY_WARNING("early_warning"),
    ALERT("alert"),
    MODERATE("moderate_scarcity"),
    SIGNIFICANT("significant_scarcity");

    private final String key;

    ScarcityLevel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static ScarcityLevel worse(ScarcityLevel a, ScarcityLevel b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

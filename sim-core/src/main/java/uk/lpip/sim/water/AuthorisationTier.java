package uk.lpip.sim.water;

/**
 * Scotland's abstraction authorisation tiers by volume (docs/data-sources.md): under 10 m³/d general binding
 * rules; 10–50 m³/d registration; 50–2,000 m³/d simple licence; over 2,000 m³/d complex licence.
 */
public enum AuthorisationTier {
    GENERAL_BINDING_RULES("general_binding_rules"),
    REGISTRATION("registration"),
    SIMPLE_LICENCE("simple_licence"),
    COMPLEX_LICENCE("complex_licence");

    private final String key;

    AuthorisationTier(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The tier for a daily cap in m³/d. */
    public static AuthorisationTier of(double m3PerDay) {
        if (m3PerDay < 10) {
            return GENERAL_BINDING_RULES;
        }
        if (m3PerDay <= 50) {
            return REGISTRATION;
        }
        if (m3PerDay <= 2000) {
            return SIMPLE_LICENCE;
        }
        return COMPLEX_LICENCE;
    }
}

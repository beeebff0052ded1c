package uk.lpip.sim.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kind of intervention, in the order the scenario reference lists them. Adding a kind is
 * its class (with its {@link InterventionType} and levers record) and one line here.
 */
public final class InterventionTypes {
    private static final List<InterventionType<?>> ALL = List.of(
            SkillsProgramme.TYPE, Outreach.TYPE, BroadbandRollout.TYPE, TransportUpgrade.TYPE,
            WaterInterventions.RULE, WaterInterventions.STORAGE, WaterInterventions.EFFICIENCY,
            WaterInterventions.HANDS_OFF_FLOW, WageSubsidy.TYPE);

    private static final Map<String, InterventionType<?>> BY_KEY = new LinkedHashMap<>();
    private static final Map<Class<?>, InterventionType<?>> BY_SPEC = new LinkedHashMap<>();

    static {
        for (InterventionType<?> t : ALL) {
            if (BY_KEY.put(t.key(), t) != null || BY_SPEC.put(t.spec(), t) != null) {
                throw new IllegalStateException("intervention type declared twice: " + t.key());
            }
        }
    }

    private InterventionTypes() {
    }

    public static List<InterventionType<?>> all() {
        return ALL;
    }

    /** The type with this scenario key, or null. */
    public static InterventionType<?> byKey(String key) {
        return BY_KEY.get(key);
    }

    /** The type of a configured intervention. */
    public static InterventionType<?> of(InterventionSpec spec) {
        InterventionType<?> t = BY_SPEC.get(spec.getClass());
        if (t == null) {
            throw new IllegalArgumentException(spec.getClass().getSimpleName() + " is not registered in InterventionTypes");
        }
        return t;
    }
}

package uk.lpip.scenarios.format;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.lpip.scenarios.InterventionConfig;

/**
 * The {@code interventions} list: each entry names its {@code type}. Kinds register here with
 * their keys; this version has none yet (skills programmes, broadband and transport come with
 * the interventions issue), so any entry is reported as an unknown type.
 */
final class InterventionFormat {
    private InterventionFormat() {
    }

    static final TypedListSpec<InterventionConfig> INTERVENTIONS = new TypedListSpec<>(types());

    private static Map<String, ObjectSpec<? extends InterventionConfig>> types() {
        return new LinkedHashMap<>();
    }
}

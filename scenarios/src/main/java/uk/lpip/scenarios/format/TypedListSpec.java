package uk.lpip.scenarios.format;

import java.util.List;
import java.util.Map;

/**
 * A list of entries that each say what they are with a {@code type} key (interventions), each type
 * with its own keys. The set of types grows as kinds are added; an entry of an unknown type is an
 * error that lists the known ones.
 */
public record TypedListSpec<E>(Map<String, ObjectSpec<? extends E>> types) implements Spec<List<E>> {
    @Override
    public String expected() {
        return types.isEmpty() ? "an empty list (no types are available in this version)"
                : "a list of entries with type one of " + String.join(", ", types.keySet());
    }

    public List<String> typeNames() {
        return List.copyOf(types.keySet());
    }
}

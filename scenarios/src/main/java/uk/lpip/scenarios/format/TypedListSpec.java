package uk.lpip.scenarios.format;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list of entries that each say what they are with a {@code type} key (interventions), each type
 * with its own keys; {@code typeOf} gives an entry's type back (for writing). The set of types grows as kinds are added; an entry of an unknown type is an
 * error that lists the known ones.
 */
public record TypedListSpec<E>(Map<String, ObjectSpec<? extends E>> types, Function<E, String> typeOf)
        implements Spec<List<E>> {
    @Override
    public String expected() {
        return types.isEmpty() ? "an empty list (no types are available in this version)"
                : "a list of entries with type one of " + String.join(", ", types.keySet());
    }

    public List<String> typeNames() {
        return List.copyOf(types.keySet());
    }
}

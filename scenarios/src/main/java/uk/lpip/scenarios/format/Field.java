package uk.lpip.scenarios.format;

import java.util.function.Function;

/**
 * A key of a mapping: its value's spec, how to get the value from the Java record (for
 * defaults, writing and docs), and its documentation.
 *
 * @param fallback value used when the key is absent and there is no default object (list
 *                 entries); {@code null} makes the key required there
 * @param optional whether the key may be left out with no value at all (it then reads as null)
 */
public record Field<T, V>(String key, Spec<V> spec, Function<T, V> getter, String description, String unit,
                          V fallback, boolean optional, String example) {

    public static <T, V> Field<T, V> of(String key, Spec<V> spec, Function<T, V> getter, String description,
                                        String unit, String example) {
        return new Field<>(key, spec, getter, description, unit, null, false, example);
    }

    public Field<T, V> withFallback(V value) {
        return new Field<>(key, spec, getter, description, unit, value, optional, example);
    }

    public Field<T, V> asOptional() {
        return new Field<>(key, spec, getter, description, unit, fallback, true, example);
    }
}

package uk.lpip.scenarios.format;

import java.util.List;
import java.util.function.Function;

/** A mapping with a fixed set of keys, read into a record {@code T}. */
public final class ObjectSpec<T> implements Spec<T> {
    private final String title;
    private final String description;
    private final List<Field<T, ?>> fields;
    private final Function<Values, T> build;

    @SafeVarargs
    public ObjectSpec(String title, String description, Function<Values, T> build, Field<T, ?>... fields) {
        this(title, description, build, List.of(fields));
    }

    public ObjectSpec(String title, String description, Function<Values, T> build, List<Field<T, ?>> fields) {
        this.title = title;
        this.description = description;
        this.fields = List.copyOf(fields);
        this.build = build;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Field<T, ?>> fields() {
        return fields;
    }

    public Field<T, ?> field(String key) {
        for (Field<T, ?> f : fields) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    public List<String> keys() {
        return fields.stream().map(Field::key).toList();
    }

    T build(Values values) {
        return build.apply(values);
    }

    @Override
    public String expected() {
        return "a mapping (" + title + ")";
    }
}

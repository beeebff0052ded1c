package uk.lpip.scenarios.format;

import java.util.ArrayList;
import java.util.List;
import uk.lpip.scenarios.load.Problems;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.ListNode;
import uk.lpip.scenarios.yaml.Node.MapNode;
import uk.lpip.scenarios.yaml.Node.ScalarNode;

/**
 * Reads a located YAML tree against a {@link Spec}, filling absent keys from a default object,
 * and records every problem rather than stopping at the first. A value with a problem reads as
 * {@code null}, and so does every object that contains one.
 */
public final class SpecReader {
    private final Problems problems;
    private final boolean lenient;

    public SpecReader(Problems problems) {
        this(problems, false);
    }

    /**
     * @param lenient read a bad scalar as a placeholder (the bottom of its range, or its text) instead of
     *                null, so the rest of its section can still be checked for references
     */
    public SpecReader(Problems problems, boolean lenient) {
        this.problems = problems;
        this.lenient = lenient;
    }

    @SuppressWarnings("unchecked")
    public <V> V read(Spec<V> spec, Node node, V defaults, String path) {
        if (spec instanceof ValueSpec<V> value) {
            return readValue(value, node, path);
        }
        if (spec instanceof ObjectSpec<V> object) {
            return readObject(object, node, defaults, path);
        }
        if (spec instanceof ListSpec<?> list) {
            return (V) readList(list, node, path);
        }
        return (V) readTyped((TypedListSpec<?>) spec, node, path);
    }

    @SuppressWarnings("unchecked")
    private <V> V readValue(ValueSpec<V> spec, Node node, String path) {
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(node.location(), path, "expected " + spec.expected() + ", found " + node.describe());
            return null;
        }
        String[] error = new String[1];
        Object v = spec.read(scalar, error);
        if (v == null) {
            problems.add(node.location(), path, error[0]);
            if (lenient) {
                return (V) spec.placeholder(scalar);
            }
        }
        return (V) v;
    }

    private <T> T readObject(ObjectSpec<T> spec, Node node, T defaults, String path) {
        if (!(node instanceof MapNode map)) {
            problems.add(node.location(), path, "expected " + spec.expected() + ", found " + node.describe());
            return null;
        }
        for (String key : map.entries().keySet()) {
            if (spec.field(key) == null) {
                String near = Suggestions.nearest(key, spec.keys());
                String hint = near != null ? "; did you mean '" + near + "'?"
                        : looksLikeText(key) ? "; it looks like part of a value: put text that contains commas in quotes "
                                + "(inside { } a comma starts a new key)"
                        : "; expected one of " + String.join(", ", spec.keys());
                problems.add(map.keyLocation(key), path, "unknown key '" + key + "'" + hint);
            }
        }
        Values values = new Values();
        boolean complete = true;
        List<Field<T, ?>> missing = new ArrayList<>();
        for (Field<T, ?> field : spec.fields()) {
            complete &= readField(field, map, defaults, path, values, missing);
        }
        if (missing.size() == 1) {
            Field<T, ?> f = missing.get(0);
            problems.add(map.location(), path, "missing required key '" + f.key() + "' (" + f.description() + ")");
        } else if (missing.size() > 1) {
            problems.add(map.location(), path, "missing required keys " + String.join(", ",
                    missing.stream().map(f -> "'" + f.key() + "'").toList())
                    + " (see the " + spec.title() + " table in docs/scenario-format.md)");
        }
        if (!complete) {
            return null;
        }
        try {
            return spec.build(values);
        } catch (IllegalArgumentException e) {
            problems.add(map.location(), path, e.getMessage());
            return null;
        }
    }

    private static boolean looksLikeText(String key) {
        return key.contains(" ") || key.contains(")") || !key.equals(key.toLowerCase(java.util.Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private <T, V> boolean readField(Field<T, V> field, MapNode map, T defaults, String path, Values values,
                                     List<Field<T, ?>> missing) {
        String childPath = path.isEmpty() ? field.key() : path + "." + field.key();
        V fallback = defaults != null ? field.getter().apply(defaults) : field.fallback();
        Node child = map.get(field.key());
        if (child == null) {
            if (fallback == null && !field.optional()) {
                missing.add(field);
                // Stand in for a missing number or boolean so references around it can still be checked;
                // never for missing text, which would itself be checked as a reference.
                if (lenient && field.spec() instanceof ValueSpec<V> v && v.type() != ValueSpec.Type.TEXT
                        && v.type() != ValueSpec.Type.ID && v.type() != ValueSpec.Type.ENUM
                        && v.type() != ValueSpec.Type.GSS_CODE) {
                    values.put(field.key(), v.placeholder(new ScalarNode(map.location(), field.key(), ScalarNode.Kind.STRING)));
                    return true;
                }
                return false;
            }
            values.put(field.key(), fallback);
            return true;
        }
        V v = read(field.spec(), child, fallback, childPath);
        values.put(field.key(), v);
        return v != null;
    }

    private <E> List<E> readList(ListSpec<E> spec, Node node, String path) {
        if (!(node instanceof ListNode list)) {
            problems.add(node.location(), path, "expected " + spec.expected() + ", found " + node.describe());
            return null;
        }
        if (list.items().size() < spec.minItems()) {
            problems.add(node.location(), path, "expected " + spec.expected() + ", found " + list.items().size());
            return null;
        }
        List<E> out = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.items().size(); i++) {
            E e = read(spec.element(), list.items().get(i), null, path + "[" + i + "]");
            complete &= e != null;
            out.add(e);
        }
        return complete ? List.copyOf(out) : null;
    }

    private <E> List<E> readTyped(TypedListSpec<E> spec, Node node, String path) {
        if (!(node instanceof ListNode list)) {
            problems.add(node.location(), path, "expected " + spec.expected() + ", found " + node.describe());
            return null;
        }
        List<E> out = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String itemPath = path + "[" + i + "]";
            Node type = item instanceof MapNode m ? m.get("type") : null;
            if (!(type instanceof ScalarNode t)) {
                problems.add(item.location(), itemPath, "each entry needs a 'type'; " + known(spec));
                complete = false;
                continue;
            }
            ObjectSpec<? extends E> entry = spec.types().get(t.text());
            if (entry == null) {
                String near = Suggestions.nearest(t.text(), spec.typeNames());
                problems.add(t.location(), itemPath + ".type", "unknown type '" + t.text() + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : "; " + known(spec)));
                complete = false;
                continue;
            }
            E e = read(entry, item, null, itemPath);
            complete &= e != null;
            out.add(e);
        }
        return complete ? List.copyOf(out) : null;
    }

    private static String known(TypedListSpec<?> spec) {
        return spec.types().isEmpty() ? "no types are available in this version of lpip"
                : "expected one of " + String.join(", ", spec.typeNames());
    }
}

package uk.lpip.scenarios.format;

import java.util.List;

/** Writes a value back as YAML following its {@link Spec} (resolved scenarios, defaults in the docs). */
public final class SpecWriter {
    private SpecWriter() {
    }

    public static <T> String write(ObjectSpec<T> spec, T value) {
        StringBuilder sb = new StringBuilder();
        writeObject(spec, value, sb, 0);
        return sb.toString();
    }

    /** A scalar's YAML text, or a one-line summary of a structured value (for docs tables). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String inline(Spec<?> spec, Object value) {
        if (value == null) {
            return "—";
        }
        if (spec instanceof ValueSpec v) {
            return v.format(value);
        }
        if (spec instanceof ObjectSpec o) {
            StringBuilder sb = new StringBuilder("{");
            for (Object f : o.fields()) {
                Field field = (Field) f;
                Object v = field.getter().apply(value);
                if (v != null && field.spec() instanceof ValueSpec) {
                    sb.append(sb.length() > 1 ? ", " : "").append(field.key()).append(": ").append(inline(field.spec(), v));
                }
            }
            return sb.append("}").toString();
        }
        if (value instanceof List<?> list) {
            if (spec instanceof ListSpec ls && ls.element() instanceof ValueSpec vs) {
                StringBuilder sb = new StringBuilder("[");
                for (int i = 0; i < list.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(vs.format(list.get(i)));
                }
                return sb.append("]").toString();
            }
            return list.isEmpty() ? "[]" : "(" + list.size() + " entries)";
        }
        return String.valueOf(value);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> void writeObject(ObjectSpec<T> spec, T value, StringBuilder sb, int indent) {
        String pad = " ".repeat(indent);
        for (Field<T, ?> f : spec.fields()) {
            Object v = ((Field) f).getter().apply(value);
            if (v == null) {
                continue;
            }
            Spec<?> s = f.spec();
            if (s instanceof ValueSpec vs) {
                sb.append(pad).append(f.key()).append(": ").append(vs.format(v)).append('\n');
            } else if (s instanceof ObjectSpec os) {
                sb.append(pad).append(f.key()).append(":\n");
                writeObject(os, v, sb, indent + 2);
            } else {
                List<?> items = (List<?>) v;
                if (items.isEmpty()) {
                    sb.append(pad).append(f.key()).append(": []\n");
                    continue;
                }
                if (s instanceof ListSpec ls && ls.element() instanceof ValueSpec vs) {
                    sb.append(pad).append(f.key()).append(": [");
                    for (int i = 0; i < items.size(); i++) {
                        sb.append(i == 0 ? "" : ", ").append(vs.format(items.get(i)));
                    }
                    sb.append("]\n");
                    continue;
                }
                sb.append(pad).append(f.key()).append(":\n");
                for (Object item : items) {
                    ObjectSpec element = s instanceof ListSpec ls ? (ObjectSpec) ls.element()
                            : (ObjectSpec) ((TypedListSpec) s).types().get(((TypedListSpec) s).typeOf().apply(item));
                    StringBuilder entry = new StringBuilder();
                    writeObject(element, item, entry, indent + 4);
                    sb.append(pad).append("  - ").append(entry.substring(indent + 4));
                }
            }
        }
    }
}

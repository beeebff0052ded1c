package uk.lpip.scenarios.format;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lpip.sim.policy.CommonSpec;
import uk.lpip.sim.policy.Lever;
import uk.lpip.sim.policy.Levers;

/**
 * Reads a levers record's {@link Lever} annotations into the format's fields: a component's Java
 * type and annotation give its value spec (int: an integer in bounds; double: a number in bounds;
 * String: one of the allowed words, an id or free text; List: a list of those or of a nested
 * levers record), its fallback and its documentation. The record is built back through its
 * canonical constructor; a {@link CommonSpec} component is filled with the common keys. A component
 * without {@code @Lever} whose type is itself a {@link Levers} record (the shared eligibility keys,
 * {@code WhoSpec}) is flattened: its keys sit in the same mapping as the outer record's.
 */
final class LeverFormat {
    private LeverFormat() {
    }

    /** The fields of every annotated component of {@code type}, in declaration order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <R> List<Field<R, ?>> fields(Class<R> type) {
        List<Field<R, ?>> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Lever lever = c.getAnnotation(Lever.class);
            if (c.getType() == CommonSpec.class) {
                continue;
            }
            if (lever == null && flattened(c)) {
                for (Field<?, ?> inner : fields(c.getType())) {
                    out.add(outer(c, inner));
                }
                continue;
            }
            if (lever == null) {
                throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no @Lever");
            }
            Spec spec = spec(c, lever);
            Field f = Field.of(lever.key(), spec, r -> get(c, r), lever.doc(), lever.unit(), lever.example());
            if (!Lever.REQUIRED.equals(lever.fallback())) {
                f = f.withFallback(fallback(c, lever));
            }
            out.add(f);
        }
        return out;
    }

    private static boolean flattened(RecordComponent c) {
        return c.getType().isRecord() && c.getType().getAnnotation(Levers.class) != null;
    }

    /** A flattened record's field, read through the outer record's component. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <R> Field<R, ?> outer(RecordComponent c, Field inner) {
        java.util.function.Function g = inner.getter();
        return new Field<R, Object>(inner.key(), inner.spec(), r -> g.apply(get(c, r)), inner.description(), inner.unit(),
                inner.fallback(), inner.optional(), inner.example());
    }

    /** A nested levers record (list entries). */
    static <R> ObjectSpec<R> object(Class<R> type) {
        Levers levers = type.getAnnotation(Levers.class);
        if (levers == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no @Levers");
        }
        return new ObjectSpec<>(levers.title(), levers.description(), v -> construct(type, v, null), fields(type));
    }

    static <R> R construct(Class<R> type, Values v, CommonSpec common) {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            if (types[i] == CommonSpec.class) {
                args[i] = common;
            } else if (cs[i].getAnnotation(Lever.class) == null && flattened(cs[i])) {
                args[i] = construct(types[i], v, null);
            } else {
                args[i] = v.get(cs[i].getAnnotation(Lever.class).key());
            }
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Spec<?> spec(RecordComponent c, Lever lever) {
        Class<?> t = c.getType();
        if (t == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            Spec<?> e = element == String.class ? text(lever) : object(element);
            return new ListSpec<>(e, lever.minItems());
        }
        if (t == int.class) {
            return ValueSpec.integer((int) lever.min(), (int) lever.max());
        }
        if (t == double.class) {
            return ValueSpec.number(lever.min(), lever.max());
        }
        if (t == String.class) {
            return text(lever);
        }
        throw new IllegalStateException("a lever cannot be a " + t.getSimpleName() + ": " + c.getName());
    }

    private static ValueSpec<String> text(Lever lever) {
        String[] words = words(lever);
        if (words.length > 0) {
            return ValueSpec.oneOf(words);
        }
        return lever.text() == Lever.Text.ID ? ValueSpec.id() : ValueSpec.text();
    }

    private static String[] words(Lever lever) {
        if (lever.keysOf() == void.class) {
            return lever.oneOf();
        }
        try {
            return (String[]) lever.keysOf().getMethod("keys").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(lever.keysOf().getSimpleName() + " has no static keys()", e);
        }
    }

    private static Object fallback(RecordComponent c, Lever lever) {
        String s = lever.fallback();
        Class<?> t = c.getType();
        if (t == int.class) {
            return Integer.parseInt(s);
        }
        if (t == double.class) {
            return Double.parseDouble(s);
        }
        if (t == List.class) {
            String inner = s.strip();
            if (!inner.startsWith("[") || !inner.endsWith("]")) {
                throw new IllegalStateException("a list fallback is written [a, b]: " + c.getName());
            }
            inner = inner.substring(1, inner.length() - 1).strip();
            return inner.isEmpty() ? List.of() : Arrays.stream(inner.split(",")).map(String::strip).toList();
        }
        return s;
    }
}

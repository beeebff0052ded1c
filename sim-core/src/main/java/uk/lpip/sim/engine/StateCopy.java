package uk.lpip.sim.engine;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the state of one model into another built from the same configuration, so that an arm can
 * start from the state another simulation reached (a shared past) instead of simulating it again.
 *
 * <p>The copy walks both object graphs together from their roots, field by field: primitives and
 * the contents of arrays are copied into the receiving objects where they have the same shape
 * (an array of the same length is overwritten in place, so whoever holds it, say an intervention,
 * sees the copied values), and replaced by copies where they do not (arrays that grew with births
 * or new firms). Objects reached along several paths stay shared in the copy as in the original.
 * Values that cannot change are shared rather than copied: strings, boxed numbers, enums, records
 * (the configuration, recorded months) and classes. What is {@link BranchLocal} is left as the
 * receiving model has it. Being generic, it copies fields added later without being told; a kind
 * of object it does not know (a JDK class other than the common lists and maps) is an error rather
 * than a silent share.
 */
public final class StateCopy {
    private final Map<Object, Object> copied = new IdentityHashMap<>();
    private final Map<Class<?>, List<Field>> fields = new HashMap<>();

    private StateCopy() {
    }

    /**
     * Makes {@code to}'s state that of {@code from}: both of the same class, {@code to} built from
     * the same configuration. Fields of {@code to}'s {@link BranchLocal} kinds are left alone.
     */
    public static void into(Object from, Object to) {
        if (from.getClass() != to.getClass()) {
            throw new IllegalArgumentException("cannot copy a " + from.getClass().getName() + " into a " + to.getClass().getName());
        }
        StateCopy copy = new StateCopy();
        copy.copied.put(from, to);
        copy.copyFields(from, to);
    }

    private void copyFields(Object from, Object to) {
        try {
            for (Field f : fieldsOf(from.getClass())) {
                Class<?> type = f.getType();
                if (type.isPrimitive()) {
                    copyPrimitive(f, from, to);
                } else {
                    Object s = f.get(from);
                    Object d = f.get(to);
                    Object v;
                    try {
                        v = value(s, d);
                    } catch (IllegalStateException e) {
                        throw new IllegalStateException(e.getMessage() + ", in " + f.getDeclaringClass().getSimpleName()
                                + "." + f.getName(), e.getCause());
                    }
                    if (v != d) {
                        f.set(to, v);
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy the state of a " + from.getClass().getName(), e);
        }
    }

    private static void copyPrimitive(Field f, Object from, Object to) throws IllegalAccessException {
        Class<?> t = f.getType();
        if (t == int.class) {
            f.setInt(to, f.getInt(from));
        } else if (t == long.class) {
            f.setLong(to, f.getLong(from));
        } else if (t == double.class) {
            f.setDouble(to, f.getDouble(from));
        } else if (t == boolean.class) {
            f.setBoolean(to, f.getBoolean(from));
        } else if (t == float.class) {
            f.setFloat(to, f.getFloat(from));
        } else if (t == short.class) {
            f.setShort(to, f.getShort(from));
        } else if (t == byte.class) {
            f.setByte(to, f.getByte(from));
        } else {
            f.setChar(to, f.getChar(from));
        }
    }

    /** What the receiving graph should hold where the original holds {@code s} and it holds {@code d}. */
    private Object value(Object s, Object d) throws IllegalAccessException {
        if (s == null) {
            return null;
        }
        Object done = copied.get(s);
        if (done != null) {
            return done;
        }
        Class<?> c = s.getClass();
        if (immutable(c)) {
            return s;
        }
        if (c.isAnnotationPresent(BranchLocal.class)) {
            if (d == null || d.getClass() != c) {
                throw new IllegalStateException("the receiving model has no " + c.getName() + " of its own");
            }
            copied.put(s, d);
            return d;
        }
        if (c.isArray()) {
            return array(s, d);
        }
        if (s instanceof ArrayList<?> list) {
            return arrayList(list, d);
        }
        if (s instanceof LinkedHashMap<?, ?> || s instanceof HashMap<?, ?>) {
            return map((Map<?, ?>) s, d);
        }
        if (c.getName().startsWith("java.util.ImmutableCollections$List")) {
            return immutableList((List<?>) s, d);
        }
        if (c.isHidden() || c.isSynthetic()) {
            // a lambda: the receiving model's own, bound to its own objects
            if (d != null && d.getClass() == c) {
                copied.put(s, d);
                return d;
            }
            throw new IllegalStateException("cannot copy a lambda (" + c.getName() + ") the receiving model does not have");
        }
        if (c.getName().startsWith("java.") || c.getName().startsWith("javax.") || c.getName().startsWith("jdk.")) {
            throw new IllegalStateException("cannot copy a " + c.getName() + " (state copy knows lists, maps and arrays)");
        }
        Object target = d != null && d.getClass() == c ? d : allocate(c);
        copied.put(s, target);
        copyFields(s, target);
        return target;
    }

    private Object array(Object s, Object d) throws IllegalAccessException {
        Class<?> component = s.getClass().getComponentType();
        int n = Array.getLength(s);
        boolean reuse = d != null && d.getClass() == s.getClass() && Array.getLength(d) == n;
        if (component.isPrimitive()) {
            Object target = reuse ? d : Array.newInstance(component, n);
            System.arraycopy(s, 0, target, 0, n);
            copied.put(s, target);
            return target;
        }
        Object[] from = (Object[]) s;
        Object[] target = reuse ? (Object[]) d : (Object[]) Array.newInstance(component, n);
        copied.put(s, target);
        for (int i = 0; i < n; i++) {
            target[i] = value(from[i], reuse ? target[i] : null);
        }
        return target;
    }

    @SuppressWarnings("unchecked")
    private Object arrayList(ArrayList<?> s, Object d) throws IllegalAccessException {
        ArrayList<Object> target = d instanceof ArrayList<?> ? (ArrayList<Object>) d : new ArrayList<>();
        copied.put(s, target);
        List<Object> values = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            values.add(value(s.get(i), i < target.size() ? target.get(i) : null));
        }
        target.clear();
        target.addAll(values);
        return target;
    }

    /** An unmodifiable list ({@code List.of}, {@code List.copyOf}): the receiving one if its elements are the copies, else a new one. */
    private Object immutableList(List<?> s, Object d) throws IllegalAccessException {
        List<?> old = d instanceof List<?> l && l.size() == s.size() ? l : null;
        Object[] values = new Object[s.size()];
        boolean same = old != null;
        for (int i = 0; i < values.length; i++) {
            values[i] = value(s.get(i), old == null ? null : old.get(i));
            same &= old != null && values[i] == old.get(i);
        }
        Object target = same ? d : List.of(values);
        copied.put(s, target);
        return target;
    }

    @SuppressWarnings("unchecked")
    private Object map(Map<?, ?> s, Object d) throws IllegalAccessException {
        Map<Object, Object> target = d != null && d.getClass() == s.getClass() ? (Map<Object, Object>) d
                : s instanceof LinkedHashMap<?, ?> ? new LinkedHashMap<>() : new HashMap<>();
        copied.put(s, target);
        Map<Object, Object> old = new HashMap<>(target);
        target.clear();
        for (Map.Entry<?, ?> e : s.entrySet()) {
            Object key = e.getKey();
            if (key != null && !immutable(key.getClass())) {
                throw new IllegalStateException("cannot copy a map keyed by " + key.getClass().getName());
            }
            target.put(key, value(e.getValue(), old.get(key)));
        }
        return target;
    }

    private static boolean immutable(Class<?> c) {
        return c == String.class || c == Class.class || c.isEnum() || c.isRecord()
                || (c.getSuperclass() != null && c.getSuperclass().isEnum())
                || Number.class.isAssignableFrom(c) && c.getName().startsWith("java.lang.")
                || c == Boolean.class || c == Character.class;
    }

    private List<Field> fieldsOf(Class<?> c) {
        return fields.computeIfAbsent(c, k -> {
            List<Field> out = new ArrayList<>();
            for (Class<?> t = k; t != null && !library(t); t = t.getSuperclass()) {
                for (Field f : t.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(BranchLocal.class)) {
                        continue;
                    }
                    f.setAccessible(true);
                    out.add(f);
                }
            }
            return out;
        });
    }

    /**
     * Classes whose fields are not the model's state: the JDK's, and MASON's engine (its schedule is
     * set up again when a branched model starts). MASON's bags ({@code sim.util}) are copied as any class.
     */
    private static boolean library(Class<?> c) {
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("sim.engine.");
    }

    private static Object allocate(Class<?> c) {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            Method allocate = unsafeClass.getMethod("allocateInstance", Class.class);
            return allocate.invoke(theUnsafe.get(null), c);
        } catch (ClassNotFoundException | NoSuchFieldException | NoSuchMethodException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a " + c.getName() + " to copy into", e);
        }
    }
}

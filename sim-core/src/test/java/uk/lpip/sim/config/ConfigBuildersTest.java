package uk.lpip.sim.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every configuration record that {@link UkDefaults} builds has a builder with one method per
 * component, named after it; building with a distinct value for each component gives those
 * values back, and leaving any one out fails with its name. Found reflectively, so a component
 * added to a record without its builder method, or a builder that drops a value, fails here.
 */
class ConfigBuildersTest {

    /** The records reachable from UkDefaults' methods, through record components and list elements. */
    private static Set<Class<?>> recordsFromUkDefaults() {
        Set<Class<?>> found = new LinkedHashSet<>();
        for (Method m : UkDefaults.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                collect(m.getGenericReturnType(), found);
            }
        }
        return found;
    }

    private static void collect(Type type, Set<Class<?>> found) {
        if (type instanceof ParameterizedType p) {
            for (Type t : p.getActualTypeArguments()) {
                collect(t, found);
            }
        } else if (type instanceof Class<?> c && c.isRecord() && found.add(c)) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), found);
            }
        }
    }

    private static Class<?> builderOf(Class<?> record) {
        for (Class<?> nested : record.getDeclaredClasses()) {
            if (nested.getSimpleName().equals("Builder")) {
                return nested;
            }
        }
        return null;
    }

    @Test
    void everyRecordWithMoreThanOneValueHasABuilder() {
        Set<Class<?>> records = recordsFromUkDefaults();
        assertTrue(records.size() >= 15, "records found: " + records);
        List<String> missing = new ArrayList<>();
        for (Class<?> r : records) {
            if (r.getRecordComponents().length > 1 && builderOf(r) == null) {
                missing.add(r.getName());
            }
        }
        assertEquals(List.of(), missing, "records built positionally");
    }

    @Test
    void eachBuilderSetsEveryComponentFromTheMethodOfItsName() throws Exception {
        int checked = 0;
        for (Class<?> r : recordsFromUkDefaults()) {
            if (builderOf(r) == null) {
                continue;
            }
            int[] next = {1};
            Object built = buildDistinct(r, next, null);
            RecordComponent[] components = r.getRecordComponents();
            int[] expected = {1};
            for (RecordComponent rc : components) {
                Object want = distinctValue(rc, expected);
                Object got = rc.getAccessor().invoke(built);
                assertSame(r, rc, want, got);
                checked++;
            }
        }
        assertTrue(checked > 100, "components checked: " + checked);
    }

    @Test
    void aBuilderWithAValueLeftOutFailsNamingIt() throws Exception {
        for (Class<?> r : recordsFromUkDefaults()) {
            if (builderOf(r) == null) {
                continue;
            }
            for (RecordComponent skipped : r.getRecordComponents()) {
                InvocationTargetException e = assertThrows(InvocationTargetException.class,
                        () -> buildDistinct(r, new int[] {1}, skipped.getName()), r.getSimpleName() + "." + skipped.getName());
                assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
                assertEquals(r.getSimpleName() + ": " + skipped.getName() + " was not set", e.getCause().getMessage());
            }
        }
    }

    @Test
    void toBuilderKeepsEveryValueOfTheDefaults() throws Exception {
        Object[] defaults = {UkDefaults.taxBenefit(), UkDefaults.labour(), UkDefaults.population(), UkDefaults.firmDynamics(),
            UkDefaults.households(), UkDefaults.councilFinance(), UkDefaults.commuting(), UkDefaults.hydrology(),
            UkDefaults.regulator(), UkDefaults.publicSupply(), UkDefaults.sectors().get(0)};
        for (Object d : defaults) {
            Object builder = d.getClass().getMethod("toBuilder").invoke(d);
            Object copy = builder.getClass().getMethod("build").invoke(builder);
            for (RecordComponent rc : d.getClass().getRecordComponents()) {
                assertSame(d.getClass(), rc, rc.getAccessor().invoke(d), rc.getAccessor().invoke(copy));
            }
        }
        LabourConfig changed = UkDefaults.labour().toBuilder().screeningSpellCapMonths(12).build();
        assertEquals(12, changed.screeningSpellCapMonths());
        assertEquals(UkDefaults.labour().screeningPenaltyPerMonth(), changed.screeningPenaltyPerMonth());
    }

    private static void assertSame(Class<?> r, RecordComponent rc, Object want, Object got) {
        String where = r.getSimpleName() + "." + rc.getName();
        if (want instanceof double[] w) {
            assertArrayEquals(w, (double[]) got, where);
        } else {
            assertEquals(want, got, where);
        }
    }

    /** Builds {@code r} with a distinct value in every component (all but {@code skip}, if given). */
    private static Object buildDistinct(Class<?> r, int[] next, String skip) throws Exception {
        Class<?> b = builderOf(r);
        Object builder = r.getMethod("builder").invoke(null);
        for (RecordComponent rc : r.getRecordComponents()) {
            Object value = distinctValue(rc, next);
            if (rc.getName().equals(skip)) {
                continue;
            }
            Method set = b.getMethod(rc.getName(), rc.getType());
            assertFalse(Modifier.isStatic(set.getModifiers()), where(r, rc));
            assertEquals(b, set.getReturnType(), where(r, rc));
            set.invoke(builder, value);
        }
        return b.getMethod("build").invoke(builder);
    }

    private static String where(Class<?> r, RecordComponent rc) {
        return r.getSimpleName() + ".Builder." + rc.getName();
    }

    /** The next distinct value for a component of this type; the same sequence of calls gives the same values. */
    private static Object distinctValue(RecordComponent rc, int[] next) throws Exception {
        int n = next[0]++;
        Class<?> t = rc.getType();
        if (t == int.class) {
            return n;
        }
        if (t == double.class) {
            return n + 0.25;
        }
        if (t == long.class) {
            return (long) n;
        }
        if (t == String.class) {
            return "v" + n;
        }
        if (t == double[].class) {
            return new double[] {n, n + 0.5};
        }
        if (t.isEnum()) {
            Object[] constants = t.getEnumConstants();
            return constants[n % constants.length];
        }
        if (t == List.class) {
            return List.of("element " + n);
        }
        if (t.isRecord()) {
            // a nested record: the reference built with the same counter as the expected value
            String key = t.getName() + "#" + n;
            if (!NESTED.containsKey(key)) {
                NESTED.put(key, buildDistinct(t, new int[] {n * 100}, null));
            }
            return NESTED.get(key);
        }
        throw new IllegalStateException("no distinct value for " + t + " (" + rc.getName() + ")");
    }

    private static final java.util.Map<String, Object> NESTED = new java.util.HashMap<>();
}

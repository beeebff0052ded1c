package uk.lpip.runs;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Deep equality of results for tests: records by their components, arrays and lists element by element, doubles bit for bit. */
final class SameValue {
    private SameValue() {
    }

    static boolean of(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass() && !(a instanceof List<?> && b instanceof List<?>)
                && !(a instanceof Map<?, ?> && b instanceof Map<?, ?>)) {
            return false;
        }
        if (a.getClass().isArray()) {
            int n = Array.getLength(a);
            if (n != Array.getLength(b)) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (!of(Array.get(a, i), Array.get(b, i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!of(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!List.copyOf(x.keySet()).equals(List.copyOf(y.keySet()))) {
                return false;
            }
            for (Object k : x.keySet()) {
                if (!of(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Double x) {
            return Double.doubleToLongBits(x) == Double.doubleToLongBits((Double) b);
        }
        if (a instanceof Float x) {
            return Float.floatToIntBits(x) == Float.floatToIntBits((Float) b);
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    if (!of(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                        return false;
                    }
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new AssertionError("cannot read " + c.getName(), e);
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}

package uk.lpip.sim.state;

import java.util.Arrays;

/**
 * A per-person float that is the same default for nearly everyone and that only interventions change:
 * no array until a value other than the default is first set, then one of the persons' capacity.
 */
final class DefaultedFloats {
    private final float fallback;
    private float[] values;

    DefaultedFloats(float fallback) {
        this.fallback = fallback;
    }

    float get(int p) {
        float[] a = values;
        return a == null ? fallback : a[p];
    }

    /** Sets person {@code p}'s value; the array, of {@code capacity} slots, is made at the first non-default value. */
    void set(int p, float value, int capacity) {
        if (values == null) {
            if (value == fallback) {
                return;
            }
            values = new float[capacity];
            Arrays.fill(values, fallback);
        }
        values[p] = value;
    }

    /** Back to the default for a slot reused by a new person. */
    void reset(int p) {
        if (values != null) {
            values[p] = fallback;
        }
    }

    /** Fits the array (if there is one) to {@code capacity} slots, new slots at the default. */
    void resize(int capacity) {
        if (values == null) {
            return;
        }
        int old = values.length;
        values = Arrays.copyOf(values, capacity);
        if (capacity > old) {
            Arrays.fill(values, old, capacity, fallback);
        }
    }
}

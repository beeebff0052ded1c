package uk.lpip.sim.engine;

import java.util.Arrays;

/** A growable list of primitive longs, reused between months so hot loops do not allocate. */
public final class LongList {
    private long[] values = new long[64];
    private int size;

    public void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    public long get(int i) {
        return values[i];
    }

    /** Appends all of {@code other}. */
    public void addAll(LongList other) {
        int n = other.size;
        if (size + n > values.length) {
            values = Arrays.copyOf(values, Math.max(size + n, values.length * 2));
        }
        System.arraycopy(other.values, 0, values, size, n);
        size += n;
    }

    /** Sorts ascending in place. */
    public void sort() {
        Arrays.sort(values, 0, size);
    }
}

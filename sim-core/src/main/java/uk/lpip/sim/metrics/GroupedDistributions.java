package uk.lpip.sim.metrics;

import java.util.Arrays;
import uk.lpip.sim.engine.RadixSort;
import uk.lpip.sim.places.Places;

/**
 * One value per person or household with an integer weight, grouped by zone, and each area's values
 * (region, councils, zones, in {@link Areas} order) sorted, with the statistics of
 * {@link Distributions} over them. Fill it with {@link #clear}, {@link #add} and {@link #group}.
 *
 * <p>One sort for all areas: each value's key carries its zone below its weight, so one radix sort
 * orders the region by (value, weight, zone); a stable pass then deals the sorted values out to
 * their council's and zone's ranges, each of which is therefore sorted too. Sorting an area's packed
 * values ({@link Distributions#pack}) directly gives the same array (values with the same value and
 * weight are the same long whatever their zone), so the medians, means, shares and Gini
 * coefficients are exactly those of sorting each area. The arrays are kept and reused month to
 * month: nothing is allocated unless the population outgrows them.
 */
final class GroupedDistributions {
    /** Bits of a key below the value's 32 order bits while adding: weight × zones + zone. */
    private static final int ADD_LOW_BITS = 31;

    /** The council of each zone (the places' fixed layout). */
    private final int[] councilOf;
    private final int zones;
    private final int councils;
    private final long maxWeight;
    /** Start and length of each area's range; the region's is all of {@link #keys}, the others in {@link #values}. */
    private final int[] start;
    private final int[] length;
    private final int[] fill;
    private final RadixSort sort = new RadixSort();
    private long[] keys = new long[0];
    private long[] values = new long[0];
    private int n;
    private long maxLow;

    GroupedDistributions(Places places) {
        this.zones = places.zoneCount();
        this.councilOf = new int[zones];
        for (int z = 0; z < zones; z++) {
            councilOf[z] = places.councilOf(z);
        }
        this.councils = places.councilCount();
        this.maxWeight = Integer.MAX_VALUE / Math.max(1, zones) - 1;
        int areas = 1 + councils + zones;
        this.start = new int[areas];
        this.length = new int[areas];
        this.fill = new int[areas];
    }

    /** Starts a new grouping. */
    void clear() {
        Arrays.fill(length, 0);
        n = 0;
        maxLow = 0;
    }

    /** Adds a value with its weight (non-negative; below 2<sup>31</sup> / zones) in zone {@code zone}. */
    void add(float value, int weight, int zone) {
        if (weight < 0 || weight > maxWeight) {
            throw new IllegalArgumentException("weight " + weight + " out of range 0.." + maxWeight);
        }
        long orderBits = (Distributions.pack(value, 0) >> 32) - Integer.MIN_VALUE;   // 0 .. 2^32 - 1
        long low = (long) weight * zones + zone;
        if (n == keys.length) {
            keys = Arrays.copyOf(keys, n + (n >> 3) + 1024);   // grows in the first months, then stays
        }
        keys[n++] = (orderBits << ADD_LOW_BITS) | low;
        maxLow = Math.max(maxLow, low);
        length[1 + councils + zone]++;
    }

    /** Sorts and groups the values added since {@link #clear}. */
    void group() {
        if (values.length < 2 * n) {
            values = new long[2 * keys.length];   // councils' and zones' ranges; also the sort's scratch
        }
        // The low part in as few bits as it needs, so that the sort skips the unused ones.
        int lowBits = Math.max(1, 64 - Long.numberOfLeadingZeros(maxLow));
        long lowMask = (1L << lowBits) - 1;
        if (lowBits < ADD_LOW_BITS) {
            for (int i = 0; i < n; i++) {
                long key = keys[i];
                keys[i] = ((key >>> ADD_LOW_BITS) << lowBits) | (key & lowMask);
            }
        }
        length[0] = n;
        for (int c = 0; c < councils; c++) {
            length[1 + c] = 0;
        }
        for (int z = 0; z < zones; z++) {
            length[1 + councilOf[z]] += length[1 + councils + z];
        }
        int cursor = 0;
        for (int a = 1; a < start.length; a++) {
            start[a] = cursor;
            cursor += length[a];
        }
        sort.sort(keys, n, values);
        System.arraycopy(start, 0, fill, 0, start.length);
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            int low = (int) (key & lowMask);
            int z = low % zones;
            long value = (((key >>> lowBits) + Integer.MIN_VALUE) << 32) | (low / zones);
            keys[i] = value;
            values[fill[1 + councilOf[z]]++] = value;
            values[fill[1 + councils + z]++] = value;
        }
    }

    /** The number of values in an area. */
    int size(int area) {
        return length[area];
    }

    /** The area's values, packed and sorted (a copy). */
    long[] sorted(int area) {
        return Arrays.copyOfRange(array(area), start[area], start[area] + length[area]);
    }

    double median(int area) {
        return Distributions.median(array(area), start[area], start[area] + length[area]);
    }

    double mean(int area) {
        return Distributions.mean(array(area), start[area], start[area] + length[area]);
    }

    double shareBelow(int area, double threshold) {
        return Distributions.shareBelow(array(area), start[area], start[area] + length[area], threshold);
    }

    double gini(int area) {
        return Distributions.gini(array(area), start[area], start[area] + length[area]);
    }

    private long[] array(int area) {
        return area == 0 ? keys : values;
    }
}

package uk.lpip.sim.metrics;

import java.util.Arrays;
import uk.lpip.sim.engine.RadixSort;
import uk.lpip.sim.places.Places;

/**
 * One packed value per person or household (see {@link Distributions}), grouped by zone and laid
 * out area by area in {@link Areas} order (region, councils, zones), each area's range sorted: the
 * region's range holds all values, a council's the values of its zones. The statistics of an area
 * are those of {@link Distributions} over its range.
 *
 * <p>One sort for all areas: each value's key carries its zone below its weight, so one radix sort
 * orders the region by (value, weight, zone); a stable pass then deals the sorted values out to
 * their council's and zone's ranges, each of which is therefore sorted too. Sorting a range of
 * packed values directly gives the same array (values with the same value and weight are the same
 * long whatever their zone), so the medians, means, shares and Gini coefficients are exactly those
 * of sorting each area. The arrays are kept and reused month to month: {@link #group} allocates
 * only when the population outgrows them.
 */
final class GroupedDistributions {
    /** The council of each zone (the places' fixed layout). */
    private final int[] councilOf;
    private final int zones;
    private final int councils;
    private final int[] start;
    private final int[] length;
    private final int[] fill;
    private final RadixSort sort = new RadixSort();
    private long[] keys = new long[0];
    private long[] values = new long[0];

    GroupedDistributions(Places places) {
        this.zones = places.zoneCount();
        this.councilOf = new int[zones];
        for (int z = 0; z < zones; z++) {
            councilOf[z] = places.councilOf(z);
        }
        this.councils = places.councilCount();
        int areas = 1 + councils + zones;
        this.start = new int[areas];
        this.length = new int[areas];
        this.fill = new int[areas];
    }

    /**
     * Groups the first {@code n} packed values, the {@code i}-th belonging to zone {@code zoneOf[i]},
     * replacing what was grouped before. Weights must be non-negative and below 2<sup>31</sup> / zones.
     */
    void group(long[] packed, int[] zoneOf, int n) {
        if (keys.length < n) {
            keys = new long[n + (n >> 3)];
            values = new long[3 * keys.length];
        }
        Arrays.fill(length, 0);
        long maxWeight = Integer.MAX_VALUE / Math.max(1, zones) - 1;
        int heaviest = 0;
        for (int i = 0; i < n; i++) {
            int w = Distributions.weight(packed[i]);
            if (w < 0 || w > maxWeight) {
                throw new IllegalArgumentException("weight " + w + " out of range 0.." + maxWeight);
            }
            heaviest = Math.max(heaviest, w);
            length[1 + councils + zoneOf[i]]++;
        }
        // Key: the value's 32 order bits (offset to unsigned), then weight × zones + zone in as few
        // bits as they need, so that the sort's passes over unused high bits are skipped.
        int lowBits = Math.max(1, 64 - Long.numberOfLeadingZeros((long) heaviest * zones + zones - 1));
        long lowMask = (1L << lowBits) - 1;
        for (int i = 0; i < n; i++) {
            long orderBits = (packed[i] >> 32) - Integer.MIN_VALUE;
            keys[i] = (orderBits << lowBits) | ((long) Distributions.weight(packed[i]) * zones + zoneOf[i]);
        }
        length[0] = n;
        for (int z = 0; z < zones; z++) {
            length[1 + councilOf[z]] += length[1 + councils + z];
        }
        int cursor = 0;
        for (int a = 0; a < start.length; a++) {
            start[a] = cursor;
            cursor += length[a];
        }
        sort.sort(keys, n);
        System.arraycopy(start, 0, fill, 0, start.length);
        for (int i = 0; i < n; i++) {
            long key = keys[i];
            int low = (int) (key & lowMask);
            int z = low % zones;
            long value = (((key >>> lowBits) + Integer.MIN_VALUE) << 32) | (low / zones);
            values[i] = value;
            values[fill[1 + councilOf[z]]++] = value;
            values[fill[1 + councils + z]++] = value;
        }
    }

    /** The number of values in an area. */
    int size(int area) {
        return length[area];
    }

    /** The area's values, sorted (a copy). */
    long[] sorted(int area) {
        return Arrays.copyOfRange(values, start[area], start[area] + length[area]);
    }

    double median(int area) {
        return Distributions.median(values, start[area], start[area] + length[area]);
    }

    double mean(int area) {
        return Distributions.mean(values, start[area], start[area] + length[area]);
    }

    double shareBelow(int area, double threshold) {
        return Distributions.shareBelow(values, start[area], start[area] + length[area], threshold);
    }

    double gini(int area) {
        return Distributions.gini(values, start[area], start[area] + length[area]);
    }
}

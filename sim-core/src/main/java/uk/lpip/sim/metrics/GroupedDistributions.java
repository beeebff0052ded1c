package uk.lpip.sim.metrics;

import java.util.Arrays;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.Places;

/**
 * One packed value per person or household (see {@link Distributions}), grouped by zone and laid
 * out area by area in {@link Areas} order (region, councils, zones), each area's range sorted: the
 * region's range holds all values, a council's the values of its zones. Only the zones are sorted;
 * a council's range is its zones' sorted ranges merged, and the region's the councils' merged —
 * O(n log k) merges instead of two more O(n log n) sorts (the same arrays as sorting each range).
 * The statistics of an area are those of {@link Distributions} over its range.
 */
final class GroupedDistributions {
    private final long[] values;
    private final int[] start;
    private final int[] length;

    private GroupedDistributions(long[] values, int[] start, int[] length) {
        this.values = values;
        this.start = start;
        this.length = length;
    }

    /**
     * Groups the first {@code n} packed values, the {@code i}-th belonging to zone {@code zoneOf[i]};
     * the zones' ranges are sorted in parallel.
     */
    static GroupedDistributions byZone(long[] packed, int[] zoneOf, int n, Places places, ParallelChunks parallel) {
        int zones = places.zoneCount();
        int councils = places.councilCount();
        int areas = 1 + councils + zones;
        int[] perZone = new int[zones];
        int[] perCouncil = new int[councils];
        for (int i = 0; i < n; i++) {
            perZone[zoneOf[i]]++;
        }
        for (int z = 0; z < zones; z++) {
            perCouncil[places.councilOf(z)] += perZone[z];
        }
        int[] start = new int[areas];
        int[] length = new int[areas];
        length[0] = n;
        int cursor = n;
        for (int c = 0; c < councils; c++) {
            start[1 + c] = cursor;
            length[1 + c] = perCouncil[c];
            cursor += perCouncil[c];
        }
        for (int z = 0; z < zones; z++) {
            start[1 + councils + z] = cursor;
            length[1 + councils + z] = perZone[z];
            cursor += perZone[z];
        }
        long[] values = new long[cursor];
        int[] fill = start.clone();
        for (int i = 0; i < n; i++) {
            values[fill[1 + councils + zoneOf[i]]++] = packed[i];
        }
        parallel.forEachChunk(zones, 1, (chunk, z, end) -> {   // zones are independent: sorted in parallel
            int from = start[1 + councils + z];
            Arrays.sort(values, from, from + perZone[z]);
        });
        long[] buffer = new long[n];
        // Each council: its zones' sorted ranges side by side, then merged.
        int[][] runs = new int[councils][];
        int[] runCount = new int[councils];
        for (int c = 0; c < councils; c++) {
            runs[c] = new int[zones + 1];
            runs[c][0] = start[1 + c];
        }
        for (int z = 0; z < zones; z++) {
            int c = places.councilOf(z);
            int at = runs[c][runCount[c]];
            System.arraycopy(values, start[1 + councils + z], values, at, perZone[z]);
            runs[c][++runCount[c]] = at + perZone[z];
        }
        for (int c = 0; c < councils; c++) {
            mergeRuns(values, runs[c], runCount[c], buffer);
        }
        // The region: the councils' sorted ranges side by side, then merged.
        int[] regionRuns = new int[councils + 1];
        int at = 0;
        for (int c = 0; c < councils; c++) {
            System.arraycopy(values, start[1 + c], values, at, perCouncil[c]);
            at += perCouncil[c];
            regionRuns[c + 1] = at;
        }
        mergeRuns(values, regionRuns, councils, buffer);
        return new GroupedDistributions(values, start, length);
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

    /** Merges {@code count} adjacent sorted runs ({@code bounds[i]..bounds[i+1]}) into one, pairwise. */
    private static void mergeRuns(long[] a, int[] bounds, int count, long[] buffer) {
        int[] b = Arrays.copyOf(bounds, count + 1);
        int k = count;
        while (k > 1) {
            int merged = 0;
            for (int i = 0; i < k; i += 2) {
                if (i + 1 < k) {
                    merge(a, b[i], b[i + 1], b[i + 2], buffer);
                }
                b[merged++] = b[i];
            }
            b[merged] = b[k];
            k = merged;
        }
    }

    private static void merge(long[] a, int from, int mid, int to, long[] buffer) {
        if (from == mid || mid == to || a[mid - 1] <= a[mid]) {
            return;
        }
        int left = mid - from;
        System.arraycopy(a, from, buffer, 0, left);
        int i = 0;
        int j = mid;
        int out = from;
        while (i < left && j < to) {
            a[out++] = buffer[i] <= a[j] ? buffer[i++] : a[j++];
        }
        while (i < left) {
            a[out++] = buffer[i++];
        }
    }
}

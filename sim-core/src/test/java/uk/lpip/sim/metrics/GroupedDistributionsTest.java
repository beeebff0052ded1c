package uk.lpip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PlaceConfig.CouncilConfig;
import uk.lpip.sim.config.PlaceConfig.ZoneConfig;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.places.Places;

/**
 * Grouping sorts the region once and deals the sorted values out to councils and zones; each area's
 * range must be exactly what sorting that area's values directly gives, and so must its statistics
 * (the median the exact median of the sort), with ties, weights, empty zones and an empty council,
 * and when the same arrays are reused for another month's values.
 */
class GroupedDistributionsTest {
    /** Council of each zone: interleaved, with council 3 holding no zone at all. */
    private static final int[] COUNCIL_OF_ZONE = {2, 0, 1, 0, 2, 2, 1, 0, 4, 2, 0};
    private static final int COUNCILS = 5;

    private static Places places() {
        List<CouncilConfig> councils = new ArrayList<>();
        for (int c = 0; c < COUNCILS; c++) {
            councils.add(new CouncilConfig("c" + c, "Council " + c));
        }
        List<ZoneConfig> zones = new ArrayList<>();
        for (int z = 0; z < COUNCIL_OF_ZONE.length; z++) {
            zones.add(new ZoneConfig("z" + z, "Zone " + z, "c" + COUNCIL_OF_ZONE[z], 100, true, 1, 1, 1));
        }
        return new Places(new PlaceConfig("r", "Region", councils, zones, List.of(), UkDefaults.commuting()));
    }

    /** The values whose zone is in the area, sorted directly. */
    private static long[] direct(long[] packed, int[] zoneOf, int n, Places places, Areas areas, int area) {
        long[] in = new long[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            int z = zoneOf[i];
            if (area == areas.region() || area == areas.council(places.councilOf(z)) || area == areas.zone(z)) {
                in[k++] = packed[i];
            }
        }
        long[] out = Arrays.copyOf(in, k);
        Arrays.sort(out);
        return out;
    }

    private static void assertSameAsDirect(long seed, GroupedDistributions g, int n) {
        Places places = places();
        Areas areas = new Areas(places);
        Random random = new Random(seed);
        long[] packed = new long[n + 7];    // longer than n: the tail must be ignored
        int[] zoneOf = new int[n + 7];
        for (int i = 0; i < packed.length; i++) {
            int z = random.nextInt(COUNCIL_OF_ZONE.length);
            if (z == 5) {
                z = 4;                      // zone 5 stays empty
            }
            zoneOf[i] = z;
            // Incomes with a tail, some negative, many ties (whole pounds), household-size weights.
            float value = (float) Math.floor(Math.exp(7 + random.nextGaussian()) - 150);
            packed[i] = Distributions.pack(value, 1 + random.nextInt(5));
        }
        g.clear();
        for (int i = 0; i < n; i++) {
            g.add(Distributions.value(packed[i]), Distributions.weight(packed[i]), zoneOf[i]);
        }
        g.group();
        assertEquals(n, g.size(areas.region()));
        for (int a = 0; a < areas.count(); a++) {
            long[] expected = direct(packed, zoneOf, n, places, areas, a);
            String where = areas.label(a);
            assertArrayEquals(expected, g.sorted(a), where);
            assertEquals(expected.length, g.size(a), where);
            int len = expected.length;
            assertEquals(Distributions.median(expected, 0, len), g.median(a), where);
            assertEquals(Distributions.mean(expected, 0, len), g.mean(a), where);
            assertEquals(Distributions.gini(expected, 0, len), g.gini(a), where);
            assertEquals(Distributions.shareBelow(expected, 0, len, 900), g.shareBelow(a, 900), where);
        }
        // The empty areas give no statistic rather than a number.
        assertEquals(0, g.size(areas.zone(5)));
        assertEquals(0, g.size(areas.council(3)));
        assertTrue(Double.isNaN(g.median(areas.council(3))) && Double.isNaN(g.gini(areas.zone(5))));
        // A real spread: the region's Gini is neither 0 nor degenerate.
        double gini = g.gini(areas.region());
        assertTrue(gini > 0.2 && gini < 0.9, "gini " + gini);
    }

    @Test
    void eachAreaEqualsSortingItsValuesDirectly() {
        for (long seed = 1; seed <= 5; seed++) {
            assertSameAsDirect(seed, new GroupedDistributions(places()), 5_000);
        }
    }

    @Test
    void reusedArraysGiveEachMonthItsOwnRanges() {
        GroupedDistributions g = new GroupedDistributions(places());
        assertSameAsDirect(7, g, 5_000);
        assertSameAsDirect(8, g, 3_000);      // fewer values than before: nothing of the first left over
        assertSameAsDirect(9, g, 20_000);     // more: the arrays grow
    }

    @Test
    void aWeightTooLargeForTheKeyIsRefused() {
        GroupedDistributions g = new GroupedDistributions(places());
        g.clear();
        g.add(1f, 1, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.add(2f, Integer.MAX_VALUE / 2, 1));
        assertTrue(e.getMessage().startsWith("weight " + Integer.MAX_VALUE / 2 + " out of range"), e.getMessage());
    }
}

package uk.lpip.sim.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Dijkstra from each zone gives Floyd–Warshall's travel times to the bit, in a fraction of the time. */
class TravelTimesTest {
    /** The previous implementation, kept as the reference. */
    static double[] floydWarshall(int zones, int[] from, int[] to, double[] linkMinutes, double withinZoneMinutes) {
        double[] d = new double[zones * zones];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int z = 0; z < zones; z++) {
            d[z * zones + z] = withinZoneMinutes;
        }
        for (int l = 0; l < linkMinutes.length; l++) {
            int a = from[l];
            int b = to[l];
            if (linkMinutes[l] < d[a * zones + b]) {
                d[a * zones + b] = linkMinutes[l];
                d[b * zones + a] = linkMinutes[l];
            }
        }
        for (int k = 0; k < zones; k++) {
            for (int i = 0; i < zones; i++) {
                double ik = d[i * zones + k];
                if (ik == Double.POSITIVE_INFINITY || i == k) {
                    continue;
                }
                for (int j = 0; j < zones; j++) {
                    if (i != j && ik + d[k * zones + j] < d[i * zones + j]) {
                        d[i * zones + j] = ik + d[k * zones + j];
                    }
                }
            }
        }
        return d;
    }

    private static double[] all(TravelTimes t) {
        double[] out = new double[t.zones() * t.zones()];
        for (int a = 0; a < t.zones(); a++) {
            for (int b = 0; b < t.zones(); b++) {
                out[a * t.zones() + b] = t.minutes(a, b);
            }
        }
        return out;
    }

    /**
     * Random road graphs from a seeded generator: sparse and dense, some disconnected, with
     * duplicate links, roads from a zone to itself and minutes in quarters (binary-exact, as the
     * bundled scenarios' whole minutes are).
     */
    @Test
    void equalsFloydWarshallBitForBitOnRandomGraphs() {
        Random rng = new Random(20261201L);
        int compared = 0;
        for (int g = 0; g < 300; g++) {
            int zones = 1 + rng.nextInt(g < 250 ? 25 : 120);
            int links = rng.nextInt(zones * (rng.nextBoolean() ? 2 : 6) + 1);
            int[] from = new int[links];
            int[] to = new int[links];
            double[] minutes = new double[links];
            for (int l = 0; l < links; l++) {
                from[l] = rng.nextInt(zones);
                to[l] = rng.nextInt(10) == 0 ? from[l] : rng.nextInt(zones);
                minutes[l] = 0.25 * (1 + rng.nextInt(240));
            }
            double within = rng.nextInt(4) == 0 ? 0.5 : 5 + rng.nextInt(10);
            double[] expected = floydWarshall(zones, from, to, minutes, within);
            double[] actual = all(TravelTimes.shortestPaths(zones, from, to, minutes, within));
            for (int i = 0; i < expected.length; i++) {
                assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(actual[i]),
                        "graph " + g + ", pair " + i / zones + "–" + i % zones);
            }
            compared += expected.length;
        }
        assertTrue(compared > 100_000, "pairs compared: " + compared);
    }

    @Test
    void twoThousandZonesAreSolvedWithDijkstrasWorkBoundNotAllPairsTripleLoops() {
        Random rng = new Random(7);
        int zones = 2_000;
        int links = 6_000;
        int[] from = new int[links];
        int[] to = new int[links];
        double[] minutes = new double[links];
        for (int l = 0; l < links; l++) {
            from[l] = l < zones - 1 ? l : rng.nextInt(zones);      // a chain keeps every zone connected
            to[l] = l < zones - 1 ? l + 1 : rng.nextInt(zones);
            minutes[l] = 1 + rng.nextInt(40);
        }
        TravelTimes t = TravelTimes.shortestPaths(zones, from, to, minutes, 5);
        // the work bound of Dijkstra from every zone with a lazy heap (speed itself is measured by
        // benchmarks, not asserted here): ≤ zones × (2·links + 1) heap entries, 2.4·10⁷, against
        // the 8·10⁹ steps of an all-pairs triple loop
        long bound = (long) zones * (2L * links + 1);
        assertTrue(t.heapPushes() <= bound, "heap entries: " + t.heapPushes() + " > " + bound);
        assertTrue(t.heapPushes() >= zones, "at least one entry per source: " + t.heapPushes());
        for (int a = 0; a < zones; a += 97) {
            assertTrue(Double.isFinite(t.minutes(a, zones - 1 - a)));
        }
    }
}

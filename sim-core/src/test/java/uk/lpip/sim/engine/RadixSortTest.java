package uk.lpip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The radix sort must give exactly {@link Arrays#sort(long[])}'s order: negatives, ties, narrow and full-width keys. */
class RadixSortTest {
    private static long[] keys(long seed, int n) {
        Random random = new Random(seed);
        long[] a = new long[n];
        for (int i = 0; i < n; i++) {
            a[i] = switch (i % 4) {
                case 0 -> random.nextLong();                               // every bit in use, half negative
                case 1 -> random.nextInt(50) - 25;                         // small, with many ties
                case 2 -> ((long) random.nextInt(1000) << 32) | random.nextInt(8);   // packed: value and weight
                default -> i % 3 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;    // the extremes
            };
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sortsAsArraysSortDoes(long seed) {
        RadixSort sort = new RadixSort();
        for (int n : new int[] {0, 1, 2, 17, 1_000, 40_000}) {
            long[] a = keys(seed, n + 5);
            long[] expected = Arrays.copyOf(a, n);
            Arrays.sort(expected);
            sort.sort(a, n, new long[n]);
            assertArrayEquals(expected, Arrays.copyOf(a, n), "n = " + n);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12})
    void keysAgreeingOnHighDigitsSortByTheLowOnes(long seed) {
        Random random = new Random(seed);
        long[] a = new long[10_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = (7L << 40) | random.nextInt(1 << 20);     // the upper digits all alike: those passes skipped
        }
        long[] expected = a.clone();
        Arrays.sort(expected);
        new RadixSort().sort(a, a.length, new long[a.length]);
        assertArrayEquals(expected, a);
    }
}

package uk.lpip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DistributionsTest {
    private static long[] sorted(float[] values, int[] weights) {
        long[] packed = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            packed[i] = Distributions.pack(values[i], weights[i]);
        }
        Arrays.sort(packed);
        return packed;
    }

    @Test
    void packingSortsByValueIncludingNegatives() {
        long[] s = sorted(new float[] {3f, -2f, 0f, 10f, -0.5f}, new int[] {1, 2, 3, 4, 5});
        float[] expected = {-2f, -0.5f, 0f, 3f, 10f};
        for (int i = 0; i < s.length; i++) {
            assertEquals(expected[i], Distributions.value(s[i]));
        }
        assertEquals(2, Distributions.weight(s[0]));
    }

    @Test
    void weightedMedianMeanShareAndGini() {
        long[] even = sorted(new float[] {1, 2, 3, 4}, new int[] {1, 1, 1, 1});
        assertEquals(2.0, Distributions.median(even, 0, 4));
        assertEquals(2.5, Distributions.mean(even, 0, 4), 1e-12);
        assertEquals(0.5, Distributions.shareBelow(even, 0, 4, 2.5), 1e-12);
        // Gini of 1,2,3,4: Σ|xi − xj| / (2 n² μ) = 20 / 80
        assertEquals(0.25, Distributions.gini(even, 0, 4), 1e-12);
        // Weights act as repeated observations: {1 ×2, 3} has Gini 8 / 30
        long[] weighted = sorted(new float[] {1, 3}, new int[] {2, 1});
        assertEquals(8.0 / 30.0, Distributions.gini(weighted, 0, 2), 1e-12);
        assertEquals(1.0, Distributions.median(weighted, 0, 2));
        long[] equal = sorted(new float[] {5, 5, 5}, new int[] {1, 2, 3});
        assertEquals(0.0, Distributions.gini(equal, 0, 3), 1e-12);
    }
}

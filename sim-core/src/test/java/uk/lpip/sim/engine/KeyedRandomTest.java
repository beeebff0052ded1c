package uk.lpip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KeyedRandomTest {
    @Test
    void aDrawIsAPureFunctionOfItsKey() {
        KeyedRandom a = new KeyedRandom(5);
        KeyedRandom b = new KeyedRandom(5);
        assertEquals(a.uniform(Purpose.LAYOFF, 3, 1234), b.uniform(Purpose.LAYOFF, 3, 1234));
        assertNotEquals(a.uniform(Purpose.LAYOFF, 3, 1234), a.uniform(Purpose.LAYOFF, 3, 1235));
        assertNotEquals(a.uniform(Purpose.LAYOFF, 3, 1234), a.uniform(Purpose.LAYOFF, 4, 1234));
        assertNotEquals(a.uniform(Purpose.LAYOFF, 3, 1234), a.uniform(Purpose.DEATH, 3, 1234));
        assertNotEquals(a.uniform(Purpose.LAYOFF, 3, 1234), new KeyedRandom(6).uniform(Purpose.LAYOFF, 3, 1234));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20_260_101})
    void uniformsAndGaussiansHaveTheRightMoments(long seed) {
        KeyedRandom r = new KeyedRandom(seed);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        double gSum = 0;
        double gSq = 0;
        for (int i = 0; i < n; i++) {
            double u = r.uniform(Purpose.APPLICATION, 7, i);
            assertTrue(u >= 0 && u < 1);
            sum += u;
            sumSq += u * u;
            double g = r.gaussian(Purpose.DEMAND_SHOCK, 7, i, 0);
            gSum += g;
            gSq += g * g;
        }
        double mean = sum / n;
        assertEquals(0.5, mean, 0.005);
        assertEquals(1.0 / 12, sumSq / n - mean * mean, 0.002);
        assertEquals(0.0, gSum / n, 0.01);
        assertEquals(1.0, gSq / n, 0.02);
    }

    @Test
    void neighbouringAgentsAreUncorrelated() {
        KeyedRandom r = new KeyedRandom(99);
        int n = 100_000;
        double cov = 0;
        for (int i = 0; i < n; i++) {
            cov += (r.uniform(Purpose.SCREENING, 0, i) - 0.5) * (r.uniform(Purpose.SCREENING, 0, i + 1) - 0.5);
        }
        assertEquals(0.0, cov / n / (1.0 / 12), 0.02, "lag-1 correlation");
    }
}

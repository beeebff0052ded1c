package uk.lpip.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/** Same scenario and seed ⇒ identical results at any thread count; a different seed ⇒ different results. */
class DeterminismTest {
    // Large enough for several chunks of persons (4,096), households (2,048) and firms (512).
    private static final ModelConfig CONFIG = TestPlaces.place(14_000, 18, 12, 42);

    private static MetricsTable run(ModelConfig config, int threads) {
        try (EconomyModel model = new EconomyModel(config, threads)) {
            return model.run();
        }
    }

    @Test
    void identicalMetricsAtOneTwoAndFourThreads() {
        MetricsTable one = run(CONFIG, 1);
        MetricsTable two = run(CONFIG, 2);
        MetricsTable four = run(CONFIG, 4);
        int compared = 0;
        for (int m = 0; m < one.monthCount(); m++) {
            for (int a = 0; a < one.areas().count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    long expected = Double.doubleToLongBits(one.value(m, a, metric));
                    assertEquals(expected, Double.doubleToLongBits(two.value(m, a, metric)),
                            () -> "2 threads differ: " + metric.id());
                    assertEquals(expected, Double.doubleToLongBits(four.value(m, a, metric)),
                            () -> "4 threads differ: " + metric.id());
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared + " values");
    }

    @Test
    void aDifferentSeedGivesADifferentRun() {
        MetricsTable a = run(CONFIG, 2);
        MetricsTable b = run(CONFIG.withRun(CONFIG.run().withSeed(43)), 2);
        int last = a.monthCount() - 1;
        assertNotEquals(a.value(last, 0, Metric.MEAN_MONTHLY_WAGE), b.value(last, 0, Metric.MEAN_MONTHLY_WAGE));
    }
}

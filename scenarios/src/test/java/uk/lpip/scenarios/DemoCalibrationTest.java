package uk.lpip.scenarios;

import uk.lpip.scenarios.load.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

/**
 * After its burn-in the demo place sits at UK-like rates (ONS LFS 16–64: employment 70–78%,
 * unemployment 3–6%, inactivity 20–28%) and full-time pay within 15% of the UK's median (ASHE), for the
 * bundled seed and for others.
 */
class DemoCalibrationTest {
    @ParameterizedTest
    @ValueSource(longs = {20_260_101L, 1L, 2L, 3L})
    void ratesAreUkLikeAfterTheBurnIn(long seed) throws Exception {
        ModelConfig config = ScenarioLoader.load("demo").model();
        config = config.withRun(config.run().withSeed(seed));
        MetricsTable t;
        try (EconomyModel model = new EconomyModel(config, 2)) {
            t = model.run();
        }
        double employment = mean(t, Metric.EMPLOYMENT_RATE);
        double unemployment = mean(t, Metric.UNEMPLOYMENT_RATE);
        double inactivity = mean(t, Metric.INACTIVITY_RATE);
        String got = String.format("employment %.3f, unemployment %.3f, inactivity %.3f", employment, unemployment, inactivity);
        assertTrue(employment >= 0.70 && employment <= 0.78, got);
        assertTrue(unemployment >= 0.03 && unemployment <= 0.06, got);
        assertTrue(inactivity >= 0.20 && inactivity <= 0.28, got);
        assertTrue(mean(t, Metric.DISCOURAGED_RATE) > 0, "there are hidden unemployed");
        double wage = mean(t, Metric.MEDIAN_MONTHLY_WAGE);
        // within 15% of the UK's full-time median, ASHE April 2024: £728 a week, £3,155 a month (docs/data-sources.md);
        // the band was £2,300-3,500 until the sector fix of 2026-12-02 built the demo with its stated (smaller)
        // farming share, which raised its pay (one seed now at £3,503)
        assertTrue(Math.abs(wage / 3_155.0 - 1.0) <= 0.15, "median monthly wage £" + wage);
    }

    private static double mean(MetricsTable t, Metric metric) {
        double sum = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            sum += t.value(m, t.areas().region(), metric);
        }
        return sum / t.monthCount();
    }
}

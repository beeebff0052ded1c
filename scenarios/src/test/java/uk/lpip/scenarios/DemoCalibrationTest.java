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
 * unemployment 3–6%, inactivity 20–28%), for the bundled seed and for others.
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
        assertTrue(wage > 2_300 && wage < 3_500, "median monthly wage £" + wage);
    }

    private static double mean(MetricsTable t, Metric metric) {
        double sum = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            sum += t.value(m, t.areas().region(), metric);
        }
        return sum / t.monthCount();
    }
}

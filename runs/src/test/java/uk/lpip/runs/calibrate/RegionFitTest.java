package uk.lpip.runs.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

/**
 * Each bundled region, as shipped (its file's own scale and run length, seed 20260101), stays within
 * stated tolerances of the published rates in its targets file: a change that breaks a place's fit
 * fails here. Tolerances, in percentage points: employment and inactivity 1.2, unemployment 0.6 for
 * the three GB regions (their fitted values' largest misses at the default scale are 0.8 and 0.3);
 * Northern Ireland, whose fit misses most (docs/calibration.md), 2.0 and 1.0.
 */
class RegionFitTest {
    private static final double RATE_TOLERANCE = 0.012;
    private static final double UNEMPLOYMENT_TOLERANCE = 0.006;
    private static final double NI_RATE_TOLERANCE = 0.020;
    private static final double NI_UNEMPLOYMENT_TOLERANCE = 0.010;

    @ParameterizedTest
    @ValueSource(strings = {"northern-ireland", "rural-wales", "forth-valley", "yorkshire-humber"})
    void headlineRatesStayNearTheirTargets(String region) throws Exception {
        Targets targets = TargetsLoader.load(Path.of("..", "calibration", region + ".yaml")).targets();
        var config = ScenarioLoader.load(region).baseline().model();
        MetricsTable table;
        try (EconomyModel model = new EconomyModel(config, 2)) {
            table = model.run();
        }
        List<String> misses = new ArrayList<>();
        for (Targets.Target t : targets.targets()) {
            Metric m = TargetsLoader.metric(t.metric());
            if (m != Metric.EMPLOYMENT_RATE && m != Metric.UNEMPLOYMENT_RATE && m != Metric.INACTIVITY_RATE) {
                continue;
            }
            double sum = 0;
            for (int month = 0; month < table.monthCount(); month++) {
                sum += table.value(month, table.areas().region(), m);
            }
            double mean = sum / table.monthCount();
            boolean ni = region.equals("northern-ireland");
            double tolerance = m == Metric.UNEMPLOYMENT_RATE ? (ni ? NI_UNEMPLOYMENT_TOLERANCE : UNEMPLOYMENT_TOLERANCE)
                    : (ni ? NI_RATE_TOLERANCE : RATE_TOLERANCE);
            if (Math.abs(mean - t.value()) > tolerance) {
                misses.add(String.format(Locale.ROOT, "%s %.1f%% against %.1f%% (%s)", t.metric(), 100 * mean, 100 * t.value(),
                        t.source()));
            }
        }
        assertTrue(misses.isEmpty(), region + " is off its targets: " + misses);
    }
}

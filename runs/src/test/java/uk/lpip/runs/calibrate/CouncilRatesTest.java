package uk.lpip.runs.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

/**
 * Places differ as published: in each bundled region as shipped, run as its calibration runs it (the
 * targets file's overrides, seed and replicates), councils with higher published inactivity have higher
 * simulated inactivity — Spearman's rank correlation between published and simulated (means over the
 * replicates) at least 0.8, and the council with the highest published inactivity above the one with the
 * lowest — and every council's inactivity and employment are each within 2.5 points of its published
 * 2023 rates (issue 18's "done when"; no council is exempt: since the flows refit of 2026-12-02 the council
 * fit sets each council's employment as well as its inactivity, docs/calibration.md).
 */
class CouncilRatesTest {
    private static final double MIN_SPEARMAN = 0.8;
    private static final double TOLERANCE = 0.025;
    @ParameterizedTest
    @ValueSource(strings = {"northern-ireland", "rural-wales", "forth-valley", "yorkshire-humber"})
    void councilsKeepTheirPublishedOrderAndRates(String region) throws Exception {
        Targets t = TargetsLoader.load(Path.of("..", "calibration", region + ".yaml")).targets();
        List<String> sets = new ArrayList<>(t.set());
        ModelConfig config = ScenarioLoader.load(region, sets).baseline().model();
        int n = t.councils().size();
        double[] simulated = new double[n];
        double[] employment = new double[n];
        for (int r = 0; r < t.replicates(); r++) {
            ModelConfig replicate = config.withRun(config.run().withSeed(SingleRun.replicateSeed(t.seed(), r)));
            MetricsTable table;
            try (EconomyModel model = new EconomyModel(replicate, 2)) {
                table = model.run();
            }
            for (int c = 0; c < n; c++) {
                int area = table.areas().indexOf("council:" + t.councils().get(c).council());
                simulated[c] += mean(table, area, Metric.INACTIVITY_RATE) / t.replicates();
                employment[c] += mean(table, area, Metric.EMPLOYMENT_RATE) / t.replicates();
            }
        }
        double[] published = t.councils().stream().mapToDouble(Targets.CouncilTarget::inactivityRate).toArray();
        double[] publishedEmployment = t.councils().stream().mapToDouble(Targets.CouncilTarget::employmentRate).toArray();
        double rho = spearman(published, simulated);
        assertTrue(rho >= MIN_SPEARMAN, String.format(Locale.ROOT, "%s: Spearman %.2f", region, rho));
        int highest = argBy(published, Comparator.reverseOrder());
        int lowest = argBy(published, Comparator.naturalOrder());
        assertTrue(simulated[highest] > simulated[lowest], region + ": the extremes are out of order");
        List<String> misses = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String council = t.councils().get(c).council();
            if (Math.abs(simulated[c] - published[c]) > TOLERANCE) {
                misses.add(String.format(Locale.ROOT, "%s inactivity %.1f%% against %.1f%%", council,
                        100 * simulated[c], 100 * published[c]));
            }
            if (Math.abs(employment[c] - publishedEmployment[c]) > TOLERANCE) {
                misses.add(String.format(Locale.ROOT, "%s employment %.1f%% against %.1f%%", council,
                        100 * employment[c], 100 * publishedEmployment[c]));
            }
        }
        assertTrue(misses.isEmpty(), region + ": councils off their published rates: " + misses);
    }

    /** A metric's mean over the recorded months in one area. */
    private static double mean(MetricsTable table, int area, Metric metric) {
        double sum = 0;
        for (int month = 0; month < table.monthCount(); month++) {
            sum += table.value(month, area, metric);
        }
        return sum / table.monthCount();
    }

    private static int argBy(double[] v, Comparator<Double> order) {
        return IntStream.range(0, v.length).boxed().min((a, b) -> order.compare(v[a], v[b])).orElseThrow();
    }

    /** Spearman's rank correlation (average ranks for ties). */
    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += ra[i] / a.length;
            mb += rb[i] / a.length;
        }
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (ra[i] - ma) * (rb[i] - mb);
            va += (ra[i] - ma) * (ra[i] - ma);
            vb += (rb[i] - mb) * (rb[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    private static double[] ranks(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            int below = 0;
            int equal = 0;
            for (double x : v) {
                below += x < v[i] ? 1 : 0;
                equal += x == v[i] ? 1 : 0;
            }
            out[i] = below + (equal + 1) / 2.0;
        }
        return out;
    }
}

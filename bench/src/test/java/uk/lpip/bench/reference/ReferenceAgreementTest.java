package uk.lpip.bench.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

/**
 * The reference (one object per agent, MASON Steppables) and the fast core are the same model:
 * on the same scenario, across seeds, their region-level aggregates agree within sampling error.
 * And the comparison has power: a reference with one hazard changed is told apart.
 */
class ReferenceAgreementTest {
    private static final int SEEDS = 4;
    private static final Metric[] COMPARED = {Metric.EMPLOYMENT_RATE, Metric.UNEMPLOYMENT_RATE, Metric.INACTIVITY_RATE,
            Metric.INACTIVE_LONG_TERM_SICK_RATE, Metric.DISCOURAGED_RATE, Metric.MEDIAN_MONTHLY_WAGE,
            Metric.MEDIAN_EQUIVALISED_INCOME, Metric.HIRES, Metric.JOB_TO_JOB_MOVES, Metric.FIRMS, Metric.GVA,
            Metric.VACANCIES_PER_SEARCHER};

    private static final String RECRUITING = "labour.recruiting_chance=0.5";
    private static ModelConfig base;
    private static double[][] fast;
    private static double[][] reference;

    @BeforeAll
    static void runBoth() throws Exception {
        // Half of the posts recruiting each month (labour.recruiting_chance, 1 in the unfitted place): the fitted
        // regions' time to fill, so that the reference's is compared too.
        ModelConfig c = ScenarioLoader.load("yorkshire-humber-unfitted", List.of(RECRUITING)).baseline().model();
        base = c.withRun(c.run().withScale(0.003).withBurnIn(36).withMonths(24));
        fast = new double[SEEDS][];
        reference = new double[SEEDS][];
        for (int s = 0; s < SEEDS; s++) {
            ModelConfig config = base.withRun(base.run().withSeed(1000 + s));
            fast[s] = fastMeans(config, 2);
            reference[s] = referenceMeans(config, 2);
        }
    }

    @Test
    void aggregatesAgreeWithinSamplingError() {
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < COMPARED.length; k++) {
            String verdict = compare(k, fast, reference);
            System.out.println(verdict);
            if (verdict.startsWith("DIFFERENT")) {
                failures.add(verdict);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aDifferentModelIsToldApart() throws Exception {
        // A long-term-sickness hazard from work about four times the scenario's: another model.
        ModelConfig c = ScenarioLoader.load("yorkshire-humber-unfitted",
                List.of(RECRUITING, "labour.inactivity[2].hazard_from_employed=0.0035")).baseline().model();
        ModelConfig sicker = c.withRun(base.run());
        double[][] other = new double[SEEDS][];
        for (int s = 0; s < SEEDS; s++) {
            other[s] = referenceMeans(sicker.withRun(sicker.run().withSeed(1000 + s)), 2);
        }
        int k = indexOf(Metric.INACTIVE_LONG_TERM_SICK_RATE);
        String verdict = compare(k, fast, other);
        System.out.println("sicker reference: " + verdict);
        assertTrue(verdict.startsWith("DIFFERENT"), verdict);
    }

    /** Same if the means differ by less than 4 standard errors of the difference plus 1% of the level. */
    private static String compare(int k, double[][] a, double[][] b) {
        double ma = mean(a, k);
        double mb = mean(b, k);
        double se = Math.sqrt(variance(a, k, ma) / SEEDS + variance(b, k, mb) / SEEDS);
        double allowed = 4 * se + 0.01 * Math.abs(ma);
        boolean same = Math.abs(ma - mb) <= allowed;
        return String.format(Locale.ROOT, "%s %-30s fast %.5g  reference %.5g  difference %+.3g  allowed ±%.3g",
                same ? "same     " : "DIFFERENT", COMPARED[k].id(), ma, mb, mb - ma, allowed);
    }

    private static int indexOf(Metric m) {
        for (int k = 0; k < COMPARED.length; k++) {
            if (COMPARED[k] == m) {
                return k;
            }
        }
        throw new IllegalArgumentException(m.id());
    }

    private static double mean(double[][] x, int k) {
        double sum = 0;
        for (double[] row : x) {
            sum += row[k];
        }
        return sum / x.length;
    }

    private static double variance(double[][] x, int k, double mean) {
        double sum = 0;
        for (double[] row : x) {
            sum += (row[k] - mean) * (row[k] - mean);
        }
        return sum / (x.length - 1);
    }

    private static double[] fastMeans(ModelConfig config, int threads) {
        try (EconomyModel model = new EconomyModel(config, threads)) {
            MetricsTable table = model.run();
            int region = table.areas().region();
            double[] out = new double[COMPARED.length];
            for (int k = 0; k < COMPARED.length; k++) {
                for (int m = 0; m < config.run().months(); m++) {
                    out[k] += table.value(m, region, COMPARED[k]) / config.run().months();
                }
            }
            return out;
        }
    }

    private static double[] referenceMeans(ModelConfig config, int threads) {
        try (ReferenceModel model = new ReferenceModel(config, threads)) {
            RefMetrics metrics = model.run();
            double[] out = new double[COMPARED.length];
            for (int k = 0; k < COMPARED.length; k++) {
                for (int m = 0; m < metrics.months(); m++) {
                    out[k] += metrics.value(m, COMPARED[k]) / metrics.months();
                }
            }
            return out;
        }
    }
}

package uk.lpip.runs;

import uk.lpip.scenarios.load.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

class EffectsTest {
    /** Tables from short demo runs, one per seed: real tables whose values the test reads back. */
    private static List<MetricsTable> tables(int n) throws Exception {
        ModelConfig demo = ScenarioLoader.load("demo").model();
        List<MetricsTable> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            ModelConfig c = demo.withRun(demo.run().withMonths(2).withBurnIn(1).withSeed(100 + r));
            try (EconomyModel model = new EconomyModel(c, 1)) {
                out.add(model.run());
            }
        }
        return out;
    }

    @Test
    void meanPairedDifferenceWithAStudentTInterval() throws Exception {
        List<MetricsTable> t = tables(6);
        // Pair tables (0,1), (2,3), (4,5) as baseline and intervention of three replicates.
        List<ArmResult> arms = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            arms.add(new ArmResult("baseline", r, r, t.get(2 * r), null, List.of(), java.util.Map.of()));
            arms.add(new ArmResult("intervention", r, r, t.get(2 * r + 1), null, List.of(), java.util.Map.of()));
        }
        Effects effects = new Effects(arms);
        Metric m = Metric.EMPLOYMENT_RATE;
        double[] d = new double[3];
        double mean = 0;
        for (int r = 0; r < 3; r++) {
            d[r] = t.get(2 * r + 1).value(1, 0, m) - t.get(2 * r).value(1, 0, m);
            mean += d[r] / 3;
        }
        double ss = 0;
        for (double x : d) {
            ss += (x - mean) * (x - mean);
        }
        double halfWidth = 4.302652729911275 * Math.sqrt(ss / 2 / 3); // t(0.975, 2 df)
        Effects.Effect e = effects.effect(1, 0, m);
        assertEquals(3, e.replicates());
        assertEquals(mean, e.mean(), 1e-12);
        assertEquals(mean - halfWidth, e.low(), 1e-9);
        assertEquals(mean + halfWidth, e.high(), 1e-9);
        assertTrue(e.baselineSd() > 0);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {3, 5, 10})
    void theIntervalCoversAKnownEffectAtTheNominalRate(int replicates) {
        // Paired outcomes: a shared replicate effect (common random numbers) plus noise, true effect 0.4.
        java.util.Random random = new java.util.Random(20_261_121L + replicates);
        int trials = 4_000;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] b = new double[replicates];
            double[] i = new double[replicates];
            for (int r = 0; r < replicates; r++) {
                double shared = 10 + 3 * random.nextGaussian();
                b[r] = shared + random.nextGaussian();
                i[r] = shared + 0.4 + random.nextGaussian();
            }
            Effects.Effect e = Effects.of(b, i);
            covered += e.low() <= 0.4 && 0.4 <= e.high() ? 1 : 0;
        }
        // 95% nominal; with 4,000 trials the standard error of the rate is about 0.35 points.
        assertEquals(0.95, (double) covered / trials, 0.012);
    }

    @Test
    void identicalArmsHaveAZeroEffectAndOneReplicateHasNoInterval() throws Exception {
        List<MetricsTable> t = tables(2);
        List<ArmResult> same = List.of(new ArmResult("baseline", 0, 0, t.get(0), null, List.of(), java.util.Map.of()),
                new ArmResult("intervention", 0, 0, t.get(0), null, List.of(), java.util.Map.of()),
                new ArmResult("baseline", 1, 1, t.get(1), null, List.of(), java.util.Map.of()),
                new ArmResult("intervention", 1, 1, t.get(1), null, List.of(), java.util.Map.of()));
        Effects.Effect e = new Effects(same).effect(1, 0, Metric.EMPLOYED);
        assertEquals(0.0, e.mean());
        assertEquals(0.0, e.low());
        assertTrue(!e.excludesZero());
        Effects.Effect one = new Effects(same.subList(0, 2)).effect(1, 0, Metric.EMPLOYED);
        assertTrue(Double.isNaN(one.low()));
    }

    @Test
    void aBenefitCostRatioIsTheRatioOfMeanBenefitsToMeanCostsWithADeltaMethodInterval() {
        // three paired replicates: benefits 3, 6, 3 against costs 1, 2, 3. Their own ratios are 3, 3 and 1
        // (mean 2.33); mean benefits over mean costs is 12 / 6 = 2.
        double[] benefits = {3, 6, 3};
        double[] costs = {1, 2, 3};
        Effects.Effect bcr = Effects.ratioOfMeans(benefits, costs);
        assertEquals(2.0, bcr.mean(), 1e-12);
        // residuals b - 2c: 1, 2, -3; their sample variance (1 + 4 + 9) / 2 = 7; standard error
        // sqrt(7 / 3) / mean cost 2 = 0.763763; t(0.975, 2 df) = 4.302653 → half-width 3.286205
        assertEquals(2 - 3.286205, bcr.low(), 1e-5);
        assertEquals(2 + 3.286205, bcr.high(), 1e-5);
        assertEquals(3, bcr.replicates());
        assertEquals(7.0 / 3, Effects.ofValues(new double[] {3, 3, 1}).mean(), 1e-12, "what averaging the ratios gives");

        // one replicate whose costs are next to nothing: its ratio (−900) dominates the average of the ratios,
        // not the ratio of the means
        Effects.Effect outlier = Effects.ratioOfMeans(new double[] {20, -9, 50}, new double[] {1.4, 0.01, 1.6});
        assertEquals(61 / 3.01, outlier.mean(), 1e-9);
        assertTrue(Effects.ofValues(new double[] {20 / 1.4, -900, 50 / 1.6}).mean() < -250);

        assertTrue(Double.isNaN(Effects.ratioOfMeans(new double[] {1, 2}, new double[] {0, 0}).mean()), "no costs: no ratio");
        Effects.Effect one = Effects.ratioOfMeans(new double[] {4}, new double[] {2});
        assertEquals(2.0, one.mean(), 1e-12);
        assertTrue(Double.isNaN(one.low()), "no interval from one replicate");
    }
}

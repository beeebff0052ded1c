package uk.lpip.runs.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Known answers for the evaluator's estimators, on synthetic data with a planted effect: each
 * recovers it within its own standard error; the rejection rate of a design matches the analytic
 * power of the two-sample z-test; the cluster-level SE matches the design effect 1 + (m − 1)ρ.
 */
class EstimatorsTest {
    /** n units, half treated at random; outcome = base + effect·treated + N(0, 1). */
    private static double[][] individual(SplittableRandom r, int n, double effect, boolean[] treated) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            treated[i] = r.nextDouble() < 0.5;
            y[i] = 2 + (treated[i] ? effect : 0) + gaussian(r);
        }
        return new double[][] {y};
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void theDifferenceInMeansRecoversAPlantedEffectWithinItsStandardError() {
        SplittableRandom r = new SplittableRandom(11);
        boolean[] t = new boolean[20_000];
        double[] y = individual(r, t.length, 0.3, t)[0];
        Estimate e = Estimators.differenceInMeans(y, t);
        assertEquals(0.3, e.value(), 3 * e.se());
        // the SE of a difference of two means of unit variance, 10,000 each: √(2/10,000)
        assertEquals(Math.sqrt(2.0 / 10_000), e.se(), 0.0005);
        assertTrue(e.rejects());
    }

    @ParameterizedTest
    @CsvSource({"200, 0.2", "400, 0.2", "400, 0.35", "1000, 0.1"})
    void theRejectionRateOfAPlantedEffectIsTheAnalyticPowerOfTheZTest(int n, double effect) {
        SplittableRandom r = new SplittableRandom(n * 31L + (long) (effect * 100));
        int trials = 2000;
        int rejected = 0;
        for (int k = 0; k < trials; k++) {
            boolean[] t = new boolean[n];
            double[] y = individual(r, n, effect, t)[0];
            rejected += Estimators.differenceInMeans(y, t).rejects() ? 1 : 0;
        }
        double analytic = Estimate.power(effect, Math.sqrt(4.0 / n)); // SE with n/2 per arm and unit variance
        double simulated = rejected / (double) trials;
        double se = Math.sqrt(analytic * (1 - analytic) / trials);
        assertEquals(analytic, simulated, 4 * se + 0.01, "n " + n + ", effect " + effect);
    }

    @Test
    void theMinimumDetectableEffectIsDetectedWithEightyPercentPower() {
        assertEquals(0.8, Estimate.power(Estimate.mde(0.05), 0.05), 0.001);
        assertEquals(2.8016, Estimate.mde(1), 0.0001);
    }

    /** G clusters of m, half treated; outcome = cluster effect N(0, ρ) + individual N(0, 1 − ρ) + effect·treated. */
    private static Estimate clustered(SplittableRandom r, int g, int m, double rho, double effect, boolean naive) {
        double[] y = new double[g * m];
        int[] cluster = new int[g * m];
        boolean[] treatedCluster = DesignPlan.choose(g, g / 2, r.nextLong());
        boolean[] treated = new boolean[g * m];
        for (int c = 0; c < g; c++) {
            double u = Math.sqrt(rho) * gaussian(r);
            for (int i = 0; i < m; i++) {
                int k = c * m + i;
                cluster[k] = c;
                treated[k] = treatedCluster[c];
                y[k] = u + Math.sqrt(1 - rho) * gaussian(r) + (treated[k] ? effect : 0);
            }
        }
        return naive ? Estimators.differenceInMeans(y, treated) : Estimators.clusterLevel(y, cluster, treatedCluster);
    }

    @ParameterizedTest
    @CsvSource({"40, 50, 0.05", "40, 20, 0.2", "60, 100, 0.02"})
    void theClusteredStandardErrorIsTheNaiveOneInflatedByTheDesignEffect(int g, int m, double rho) {
        SplittableRandom r = new SplittableRandom(g * 1000L + m);
        int trials = 300;
        double clusteredVar = 0;
        double naiveVar = 0;
        for (int k = 0; k < trials; k++) {
            SplittableRandom same = r.split();
            clusteredVar += Math.pow(clustered(same.split(), g, m, rho, 0, false).se(), 2);
            naiveVar += Math.pow(clustered(same.split(), g, m, rho, 0, true).se(), 2);
        }
        double ratio = clusteredVar / naiveVar;
        double deff = 1 + (m - 1) * rho;
        assertEquals(deff, ratio, 0.1 * deff, "G " + g + ", m " + m + ", ρ " + rho);
    }

    @Test
    void theClusterLevelAnalysisRecoversAPlantedEffectAndKeepsItsSizeWithFewClusters() {
        SplittableRandom r = new SplittableRandom(5);
        double sum = 0;
        int rejectedNull = 0;
        int trials = 1000;
        for (int k = 0; k < trials; k++) {
            sum += clustered(r, 40, 30, 0.1, 0.25, false).value();
            rejectedNull += clustered(r, 10, 30, 0.1, 0, false).rejects() ? 1 : 0; // t with G − 2 df holds the size at 10 clusters
        }
        assertEquals(0.25, sum / trials, 0.01);
        assertEquals(0.05, rejectedNull / (double) trials, 4 * Math.sqrt(0.05 * 0.95 / trials));
    }

    @Test
    void theFullScaleClusterSeKeepsTheBetweenClusterVarianceAndShrinksTheAgentsWithinIt() {
        // 11 clusters of 250 agents standing for 50 people each (scale 0.02); between-cluster variance 0.0004 (2 pp SD),
        // within 0.2: at the agents' scale the within part (0.2/250 = 0.0008) dominates; at full scale 0.2/12,500.
        SplittableRandom r = new SplittableRandom(17);
        int g = 11;
        int m = 250;
        double scale = 0.02;
        double sumFull = 0;
        int trials = 400;
        boolean[] treated = DesignPlan.choose(g, 6, 3);
        for (int k = 0; k < trials; k++) {
            double[] y = new double[g * m];
            int[] cluster = new int[g * m];
            for (int c = 0; c < g; c++) {
                double u = 0.02 * gaussian(r);
                for (int i = 0; i < m; i++) {
                    cluster[c * m + i] = c;
                    y[c * m + i] = u + Math.sqrt(0.2) * gaussian(r);
                }
            }
            Estimate e = Estimators.clusterLevel(y, cluster, treated);
            sumFull += Math.pow(Evaluation.fullScale(e.se(), y, cluster, treated, scale), 2);
        }
        double groups = 1.0 / 6 + 1.0 / 5;
        double expected = (0.0004 + 0.2 * scale / m) * groups;
        assertEquals(expected, sumFull / trials, 0.25 * expected);
        assertTrue(sumFull / trials < 0.5 * (0.0004 + 0.2 / m) * groups, "well below the agents' SE²");
    }

    @Test
    void matchingOnTheConfounderRecoversThePlantedEffectWhereTheRawComparisonIsBiased() {
        // Participation rises with age, the outcome falls with age: the raw comparison is biased, matching on age is not.
        SplittableRandom r = new SplittableRandom(3);
        int n = 6000;
        double[] age = new double[n];
        double[] y = new double[n];
        boolean[] treated = new boolean[n];
        int[] category = new int[n];
        for (int i = 0; i < n; i++) {
            age[i] = 18 + 46 * r.nextDouble();
            treated[i] = r.nextDouble() < (age[i] - 18) / 46 * 0.5;
            category[i] = i % 2;
            y[i] = 1 - 0.02 * age[i] + (treated[i] ? 0.1 : 0) + 0.1 * category[i] + 0.05 * gaussian(r);
        }
        int[] t = java.util.stream.IntStream.range(0, n).filter(i -> treated[i]).toArray();
        int[] c = java.util.stream.IntStream.range(0, n).filter(i -> !treated[i]).toArray();
        Estimate raw = Estimators.differenceInMeans(y, treated);
        int[] match = Estimators.nearest(t, c, category, new double[][] {age});
        for (int k = 0; k < t.length; k++) {
            assertEquals(category[t[k]], category[match[k]], "matched exactly on the category");
        }
        Estimate matched = Estimators.matched(y, t, match);
        assertTrue(raw.value() < 0, "the raw comparison is biased down by age: " + raw.value());
        assertEquals(0.1, matched.value(), 4 * matched.se() + 0.005);
    }
}

package uk.lpip.runs.trial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluator's estimators, applied to what an evaluator observes (outcomes, treatment and
 * cluster of each unit, and the covariates), never to the model's counterfactual:
 * <ul>
 *   <li>{@link #differenceInMeans}: treated minus control mean with the heteroskedasticity-robust
 *       (Welch, HC) standard error, normal reference (individual randomisation);</li>
 *   <li>{@link #clusterLevel}: a cluster-level analysis — the unweighted mean of the treated clusters'
 *       means minus the control clusters', pooled-variance standard error, t with G − 2 degrees of
 *       freedom (the small-sample analysis for few clusters; Hayes and Moulton 2017, ch. 9);</li>
 *   <li>difference-in-differences: {@link #clusterLevel} on each cluster's change from before to after;</li>
 *   <li>{@link #matched}: each treated unit's nearest control (exact on a category, nearest on
 *       standardised covariates, with replacement), the mean paired difference and its standard error.</li>
 * </ul>
 */
public final class Estimators {
    private Estimators() {
    }

    /** Treated minus control mean, robust SE (s₁²/n₁ + s₀²/n₀)^½, normal reference. */
    public static Estimate differenceInMeans(double[] y, boolean[] treated) {
        double[] s = new double[2];
        double[] ss = new double[2];
        int[] n = new int[2];
        for (int i = 0; i < y.length; i++) {
            int g = treated[i] ? 1 : 0;
            n[g]++;
            s[g] += y[i];
        }
        if (n[0] < 2 || n[1] < 2) {
            return new Estimate(Double.NaN, Double.NaN, Double.POSITIVE_INFINITY);
        }
        double m1 = s[1] / n[1];
        double m0 = s[0] / n[0];
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - (treated[i] ? m1 : m0);
            ss[treated[i] ? 1 : 0] += d * d;
        }
        double v = ss[1] / (n[1] - 1) / n[1] + ss[0] / (n[0] - 1) / n[0];
        return new Estimate(m1 - m0, Math.sqrt(v), Double.POSITIVE_INFINITY);
    }

    /**
     * Cluster-level analysis of individual outcomes: each cluster's mean, then treated minus
     * control clusters' unweighted means with the pooled between-cluster variance, t on G − 2.
     */
    public static Estimate clusterLevel(double[] y, int[] cluster, boolean[] clusterTreated) {
        return clusterMeans(means(y, cluster, clusterTreated.length), clusterTreated);
    }

    /** Two-sample pooled t on cluster-level values ({@code NaN} values, empty clusters, are left out). */
    public static Estimate clusterMeans(double[] value, boolean[] treated) {
        double[] s = new double[2];
        int[] g = new int[2];
        for (int c = 0; c < value.length; c++) {
            if (!Double.isNaN(value[c])) {
                s[treated[c] ? 1 : 0] += value[c];
                g[treated[c] ? 1 : 0]++;
            }
        }
        if (g[0] < 1 || g[1] < 1 || g[0] + g[1] < 3) {
            return new Estimate(Double.NaN, Double.NaN, 1);
        }
        double m1 = s[1] / g[1];
        double m0 = s[0] / g[0];
        double ss = 0;
        for (int c = 0; c < value.length; c++) {
            if (!Double.isNaN(value[c])) {
                double d = value[c] - (treated[c] ? m1 : m0);
                ss += d * d;
            }
        }
        int df = g[0] + g[1] - 2;
        double pooled = ss / df;
        return new Estimate(m1 - m0, Math.sqrt(pooled * (1.0 / g[1] + 1.0 / g[0])), df);
    }

    /** Each cluster's mean of {@code y} ({@code NaN} for a cluster without units). */
    public static double[] means(double[] y, int[] cluster, int clusters) {
        double[] s = new double[clusters];
        int[] n = new int[clusters];
        for (int i = 0; i < y.length; i++) {
            s[cluster[i]] += y[i];
            n[cluster[i]]++;
        }
        for (int c = 0; c < clusters; c++) {
            s[c] = n[c] == 0 ? Double.NaN : s[c] / n[c];
        }
        return s;
    }

    /**
     * Nearest-neighbour matching: for each treated unit the control of the same {@code category}
     * nearest on the covariates (each standardised by its standard deviation over the controls),
     * with replacement; ties go to the lower index. Returns the matched control of each treated
     * unit (−1 where its category has no control).
     */
    public static int[] nearest(int[] treated, int[] controls, int[] category, double[][] covariates) {
        int k = covariates.length;
        double[] scale = new double[k];
        for (int j = 0; j < k; j++) {
            double[] x = covariates[j];
            double m = Arrays.stream(controls).mapToDouble(i -> x[i]).average().orElse(0);
            double v = Arrays.stream(controls).mapToDouble(i -> (x[i] - m) * (x[i] - m)).sum() / Math.max(1, controls.length - 1);
            scale[j] = v > 0 ? Math.sqrt(v) : 1;
        }
        Map<Integer, List<Integer>> byCategory = new HashMap<>();
        for (int c : controls) {
            byCategory.computeIfAbsent(category[c], x -> new ArrayList<>()).add(c);
        }
        int[] match = new int[treated.length];
        for (int t = 0; t < treated.length; t++) {
            int i = treated[t];
            List<Integer> pool = byCategory.getOrDefault(category[i], List.of());
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c : pool) {
                double d = 0;
                for (int j = 0; j < k; j++) {
                    double z = (covariates[j][i] - covariates[j][c]) / scale[j];
                    d += z * z;
                }
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            match[t] = best;
        }
        return match;
    }

    /** The mean of the paired differences y[treated] − y[match] and its SE sd/√n (the matches taken as given), normal reference. */
    public static Estimate matched(double[] y, int[] treated, int[] match) {
        double s = 0;
        int n = 0;
        for (int t = 0; t < treated.length; t++) {
            if (match[t] >= 0) {
                s += y[treated[t]] - y[match[t]];
                n++;
            }
        }
        if (n < 2) {
            return new Estimate(Double.NaN, Double.NaN, Double.POSITIVE_INFINITY);
        }
        double m = s / n;
        double ss = 0;
        for (int t = 0; t < treated.length; t++) {
            if (match[t] >= 0) {
                double d = y[treated[t]] - y[match[t]] - m;
                ss += d * d;
            }
        }
        return new Estimate(m, Math.sqrt(ss / (n - 1) / n), Double.POSITIVE_INFINITY);
    }
}

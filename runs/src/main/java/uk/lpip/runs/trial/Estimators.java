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
 *       standardised covariates, with replacement), the mean paired difference and its standard error;</li>
 *   <li>{@link #clusterPeriod}: the analysis of a stepped-wedge rollout — a fixed-effects regression of
 *       cluster-period means on treatment with cluster and period dummies, cluster-robust standard
 *       error, t with G − 1 degrees of freedom.</li>
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
    /**
     * The cluster-period analysis of a stepped-wedge rollout: the least-squares regression of each
     * cluster-period mean on a treatment indicator with cluster and period fixed effects,
     * y_ct = α_c + β_t + θ·x_ct + e_ct. It compares treated with not-yet-treated cluster-periods of
     * the same period (the period dummies take out a common trend, which a before/after comparison
     * would credit to the treatment since later periods are more often treated) and each cluster with
     * itself (the cluster dummies take out its level). This is the fixed-effects counterpart of the
     * Hussey and Hughes model (Hussey and Hughes, "Design and analysis of stepped wedge cluster
     * randomized trials", Contemporary Clinical Trials 28(2), 2007), with the cluster effect fixed
     * rather than random. On a balanced panel θ is, by Frisch–Waugh–Lovell, the slope of the
     * two-way demeaned outcome on the two-way demeaned treatment. Its standard error is
     * cluster-robust (CR1: the sandwich summed over clusters, times G/(G − 1)), so errors may be
     * correlated within a cluster across periods; the reference is t with G − 1 degrees of freedom
     * (with few clusters CR1 is still somewhat optimistic: Cameron and Miller, "A practitioner's guide
     * to cluster-robust inference", Journal of Human Resources 50(2), 2015).
     *
     * @param y       each cluster's mean outcome in each period, {@code y[cluster][period]}; every cell present
     * @param treated whether each cluster is treated in each period
     * @return θ, its SE and G − 1 degrees of freedom; {@code NaN} if a cell is missing, fewer than 3
     *         clusters or 2 periods, or the treatment does not vary within periods and clusters
     */
    public static Estimate clusterPeriod(double[][] y, boolean[][] treated) {
        int g = y.length;
        int periods = g == 0 ? 0 : y[0].length;
        Estimate none = new Estimate(Double.NaN, Double.NaN, Math.max(1, g - 1));
        if (g < 3 || periods < 2) {
            return none;
        }
        double[][] x = new double[g][periods];
        for (int c = 0; c < g; c++) {
            if (y[c].length != periods || treated[c].length != periods) {
                return none;
            }
            for (int t = 0; t < periods; t++) {
                if (Double.isNaN(y[c][t])) {
                    return none;
                }
                x[c][t] = treated[c][t] ? 1 : 0;
            }
        }
        double[][] xd = demeanTwoWay(x);
        double[][] yd = demeanTwoWay(y);
        double sxx = 0;
        double sxy = 0;
        for (int c = 0; c < g; c++) {
            for (int t = 0; t < periods; t++) {
                sxx += xd[c][t] * xd[c][t];
                sxy += xd[c][t] * yd[c][t];
            }
        }
        if (sxx < 1e-12) {
            return none;
        }
        double theta = sxy / sxx;
        double meat = 0;
        for (int c = 0; c < g; c++) {
            double score = 0;
            for (int t = 0; t < periods; t++) {
                score += xd[c][t] * (yd[c][t] - theta * xd[c][t]);
            }
            meat += score * score;
        }
        double v = meat / (sxx * sxx) * g / (g - 1.0);
        return new Estimate(theta, Math.sqrt(v), g - 1);
    }

    /**
     * The weights of {@link #clusterPeriod}: θ = Σ_ct w_ct·y_ct with w = x̃/Σx̃² (x̃ the two-way
     * demeaned treatment). The treated cells' weights sum to 1 and the untreated cells' to −1, so
     * θ of an effect δ_ct is the treated cells' w-weighted effect minus the untreated cells'
     * (−w)-weighted effect; in a stepped wedge the early steps' last periods get negative weights.
     * All zero where the treatment does not vary within periods and clusters.
     */
    public static double[][] clusterPeriodWeights(boolean[][] treated) {
        int g = treated.length;
        int periods = treated[0].length;
        double[][] x = new double[g][periods];
        for (int c = 0; c < g; c++) {
            for (int t = 0; t < periods; t++) {
                x[c][t] = treated[c][t] ? 1 : 0;
            }
        }
        double[][] xd = demeanTwoWay(x);
        double sxx = 0;
        for (double[] row : xd) {
            for (double v : row) {
                sxx += v * v;
            }
        }
        for (double[] row : xd) {
            for (int t = 0; t < periods; t++) {
                row[t] = sxx < 1e-12 ? 0 : row[t] / sxx;
            }
        }
        return xd;
    }

    /** z_ct − z̄_c − z̄_t + z̄ (a balanced panel). */
    private static double[][] demeanTwoWay(double[][] z) {
        int g = z.length;
        int periods = z[0].length;
        double[] row = new double[g];
        double[] col = new double[periods];
        double all = 0;
        for (int c = 0; c < g; c++) {
            for (int t = 0; t < periods; t++) {
                row[c] += z[c][t] / periods;
                col[t] += z[c][t] / g;
                all += z[c][t] / ((double) g * periods);
            }
        }
        double[][] out = new double[g][periods];
        for (int c = 0; c < g; c++) {
            for (int t = 0; t < periods; t++) {
                out[c][t] = z[c][t] - row[c] - col[t] + all;
            }
        }
        return out;
    }
}

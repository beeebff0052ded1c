package uk.lpip.runs.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * First- and total-order Sobol indices from model outputs at a Saltelli sample (blocks of k + 2 per
 * base point j: f(A_j), f(B_j), f(A_B^(1)_j) … f(A_B^(k)_j); see
 * {@code uk.lpip.scenarios.experiment.SensitivitySample}).
 *
 * <ul>
 *   <li>first order, Saltelli et al. (2010), table 2 (b): S_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j) / V;</li>
 *   <li>total order, Jansen (1999): S_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V;</li>
 * </ul>
 * with V the variance of the 2N outputs at A and B. Intervals are bootstrap percentile intervals:
 * the base points (whole blocks) resampled with replacement, {@code resamples} times, from a
 * seeded generator. Estimates are reported as they come: a first-order estimate below zero (an
 * input with no first-order effect, estimated with error) is not clipped. Base points whose block
 * holds an output that is not a number are left out.
 */
public final class SobolIndices {
    /** One index of one input: {@code type} is "first" or "total". */
    public record Index(int input, String type, double estimate, double low, double high) { }

    /** The indices of every input (first, then total, for each input in order) and the base points used. */
    public record Result(List<Index> indices, int basePoints) {
        public Index of(int input, String type) {
            return indices.stream().filter(i -> i.input() == input && i.type().equals(type)).findFirst().orElseThrow();
        }
    }

    private SobolIndices() {
    }

    public static Result estimate(double[] y, int k, int resamples, long seed) {
        int block = k + 2;
        if (y.length % block != 0) {
            throw new IllegalArgumentException(y.length + " outputs are not blocks of k + 2 = " + block);
        }
        List<Integer> usable = new ArrayList<>();
        for (int j = 0; j < y.length / block; j++) {
            boolean ok = true;
            for (int m = 0; m < block; m++) {
                ok &= Double.isFinite(y[j * block + m]);
            }
            if (ok) {
                usable.add(j);
            }
        }
        int n = usable.size();
        int[] base = usable.stream().mapToInt(Integer::intValue).toArray();
        double[][] point = indices(y, k, base);
        double[][][] boot = new double[resamples][][];
        Random rng = new Random(seed);
        for (int b = 0; b < resamples; b++) {
            int[] pick = new int[n];
            for (int i = 0; i < n; i++) {
                pick[i] = base[rng.nextInt(n)];
            }
            boot[b] = indices(y, k, pick);
        }
        List<Index> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            for (int t = 0; t < 2; t++) {
                double[] draws = new double[resamples];
                for (int b = 0; b < resamples; b++) {
                    draws[b] = boot[b][t][i];
                }
                double[] ci = percentiles(draws);
                out.add(new Index(i, t == 0 ? "first" : "total", point[t][i], ci[0], ci[1]));
            }
        }
        return new Result(out, n);
    }

    /** [first order per input, total order per input] over the given base points (with repeats). */
    private static double[][] indices(double[] y, int k, int[] base) {
        int block = k + 2;
        int n = base.length;
        double[][] out = new double[2][k];
        if (n < 2) {
            Arrays.fill(out[0], Double.NaN);
            Arrays.fill(out[1], Double.NaN);
            return out;
        }
        double sum = 0;
        double sq = 0;
        for (int j : base) {
            double a = y[j * block];
            double b = y[j * block + 1];
            sum += a + b;
            sq += a * a + b * b;
        }
        double mean = sum / (2 * n);
        double v = sq / (2 * n) - mean * mean;
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : base) {
                double a = y[j * block];
                double b = y[j * block + 1];
                double ab = y[j * block + 2 + i];
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[0][i] = v > 0 ? first / n / v : Double.NaN;
            out[1][i] = v > 0 ? total / (2.0 * n) / v : Double.NaN;
        }
        return out;
    }

    /** The 2.5th and 97.5th percentiles (linear between order statistics), NaN if none is a number. */
    static double[] percentiles(double[] draws) {
        double[] v = Arrays.stream(draws).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {quantile(v, 0.025), quantile(v, 0.975)};
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}

package uk.lpip.scenarios.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of a sensitivity design in the unit cube, before the factors' distributions are
 * applied. Both layouts are fixed, so the estimators can find each point's part from its index.
 *
 * <ul>
 *   <li><b>Saltelli</b> (Saltelli et al. 2010): matrices A and B of N base points each, the first and
 *   last k coordinates of the first N points of a 2k-dimensional Sobol sequence (commons-math3)
 *   with a random digital shift drawn from the seed (each coordinate's bits XORed with the same
 *   random bits, which keeps the sequence's stratification and moves its all-zero first point); then for each input i the
 *   matrix A_B^(i), A with its column i taken from B. Points are in blocks of k + 2 per base point
 *   j: A_j, B_j, A_B^(1)_j … A_B^(k)_j — N(k + 2) in all.</li>
 *   <li><b>Morris</b> (Morris 1991): r trajectories of k + 1 points on a grid of p levels
 *   {0, 1/(p−1), …, 1}; each starts at a random grid point and moves one input at a time, in a
 *   random order, by Δ = p / (2(p − 1)) up or down — r(k + 1) points in all.</li>
 * </ul>
 */
public final class SensitivitySample {
    private static final int BITS = 52;
    private static final double SCALE = Math.pow(2, BITS);

    private SensitivitySample() {
    }

    /** The Saltelli sample: N(k + 2) points in blocks of k + 2 (A_j, B_j, A_B^(1)_j … A_B^(k)_j). */
    public static List<double[]> saltelli(int k, int n, long seed) {
        SobolSequenceGenerator gen = new SobolSequenceGenerator(2 * k);
        Random rng = new Random(seed);
        long[] shift = new long[2 * k];
        for (int d = 0; d < 2 * k; d++) {
            shift[d] = rng.nextLong() & ((1L << BITS) - 1);
        }
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] u = gen.nextVector();
            double[] a = new double[k];
            double[] b = new double[k];
            for (int d = 0; d < 2 * k; d++) {
                double v = ((long) (u[d] * SCALE) ^ shift[d]) / SCALE;
                if (d < k) {
                    a[d] = v;
                } else {
                    b[d - k] = v;
                }
            }
            out.add(a);
            out.add(b);
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(ab);
            }
        }
        return out;
    }

    /** Morris's step: Δ = p / (2(p − 1)) for p levels. */
    public static double delta(int levels) {
        return levels / (2.0 * (levels - 1));
    }

    /** The Morris sample: r trajectories of k + 1 points each, in order. */
    public static List<double[]> morris(int k, int r, int levels, long seed) {
        Random rng = new Random(seed);
        double delta = delta(levels);
        int lowLevels = levels / 2;   // grid levels from which a step of Δ up stays in [0, 1]
        List<double[]> out = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int x = order[i];
                order[i] = order[j];
                order[j] = x;
            }
            double[] x = new double[k];
            boolean[] up = new boolean[k];
            for (int f = 0; f < k; f++) {
                double low = rng.nextInt(lowLevels) / (double) (levels - 1);
                up[f] = rng.nextBoolean();
                x[f] = up[f] ? low : low + delta;
            }
            out.add(x.clone());
            for (int i = 0; i < k; i++) {
                int f = order[i];
                x[f] += up[f] ? delta : -delta;
                out.add(x.clone());
            }
        }
        return out;
    }
}

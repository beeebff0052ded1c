package uk.lpip.scenarios.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The design points of an experiment: every combination of the factors' values (grid), a Latin
 * hypercube over their ranges (each range cut into as many equal strata as there are points, each
 * stratum used once per factor, shuffled with the experiment seed), or the first points of a
 * Sobol sequence (commons-math3; the all-zero first point skipped). A point is the list of
 * {@code path=value} overrides it applies, in factor order.
 */
public final class Design {
    /** Most design points of any design (grid, latin_hypercube, sobol). */
    public static final int MAX_POINTS = 100_000;
    /** Most runs (points × arms with the baseline × replicates) in one sweep. */
    public static final long MAX_RUNS = 1_000_000;

    private Design() {
    }

    /** One design point: its index, the factor values and the overrides they make. */
    public record Point(int index, List<Double> values, List<String> overrides) { }

    public static List<Point> points(Experiment e) {
        List<Experiment.Factor> factors = e.factors();
        List<double[]> raw = switch (e.design()) {
            case "latin_hypercube" -> latinHypercube(factors, e.points(), e.seed());
            case "sobol" -> sobol(factors, e.points());
            default -> grid(factors);
        };
        List<Point> out = new ArrayList<>();
        for (int p = 0; p < raw.size(); p++) {
            List<Double> values = new ArrayList<>();
            List<String> overrides = new ArrayList<>();
            for (int f = 0; f < factors.size(); f++) {
                double v = raw.get(p)[f];
                if (factors.get(f).integer()) {
                    v = Math.rint(v);
                }
                values.add(v);
                overrides.add(factors.get(f).path() + "=" + text(v));
            }
            out.add(new Point(p, List.copyOf(values), List.copyOf(overrides)));
        }
        return out;
    }

    /** A value as an override: whole numbers without a decimal point, so integer keys accept them. */
    public static String text(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static List<double[]> grid(List<Experiment.Factor> factors) {
        List<double[]> out = new ArrayList<>();
        out.add(new double[factors.size()]);
        for (int f = 0; f < factors.size(); f++) {
            List<double[]> next = new ArrayList<>();
            for (double[] partial : out) {
                for (double v : factors.get(f).values()) {
                    double[] p = partial.clone();
                    p[f] = v;
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<double[]> latinHypercube(List<Experiment.Factor> factors, int n, long seed) {
        Random rng = new Random(seed);
        double[][] columns = new double[factors.size()][n];
        for (int f = 0; f < factors.size(); f++) {
            int[] strata = new int[n];
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = strata[i];
                strata[i] = strata[j];
                strata[j] = t;
            }
            Experiment.Factor fac = factors.get(f);
            for (int i = 0; i < n; i++) {
                double u = (strata[i] + rng.nextDouble()) / n;
                columns[f][i] = fac.min() + u * (fac.max() - fac.min());
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = new double[factors.size()];
            for (int f = 0; f < factors.size(); f++) {
                p[f] = columns[f][i];
            }
            out.add(p);
        }
        return out;
    }

    private static List<double[]> sobol(List<Experiment.Factor> factors, int n) {
        List<double[]> out = new ArrayList<>();
        if (factors.isEmpty()) {
            out.add(new double[0]);
            return out;
        }
        SobolSequenceGenerator gen = new SobolSequenceGenerator(factors.size());
        gen.nextVector();   // the all-zero first point
        for (int i = 0; i < n; i++) {
            double[] u = gen.nextVector();
            double[] p = new double[factors.size()];
            for (int f = 0; f < factors.size(); f++) {
                Experiment.Factor fac = factors.get(f);
                p[f] = fac.min() + u[f] * (fac.max() - fac.min());
            }
            out.add(p);
        }
        return out;
    }
}

package uk.lpip.scenarios.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The design points of an experiment: every combination of the factors' values (grid), a Latin
 * hypercube over their ranges (each range cut into as many equal strata as there are points, each
 * stratum used once per factor, shuffled with the experiment seed), or the first points of a
 * Sobol sequence (commons-math3; the all-zero first point skipped), or the points of a
 * sensitivity design — Saltelli's or Morris's ({@link SensitivitySample}). Sampled values are
 * spread by each factor's distribution (uniform unless it says otherwise). A point is the list of
 * {@code path=value} overrides it applies, in factor order.
 */
public final class Design {
    /** Most design points of any design. */
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
            case "saltelli" -> scaled(factors, SensitivitySample.saltelli(factors.size(), e.points(), e.seed()));
            case "morris" -> scaled(factors, SensitivitySample.morris(factors.size(), e.trajectories(), e.levels(), e.seed()));
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

    /** The number of design points, without making them (Long.MAX_VALUE if a grid's overflows). */
    public static long count(Experiment e) {
        int k = e.factors().size();
        return switch (e.design()) {
            case "grid" -> {
                long n = 1;
                for (Experiment.Factor f : e.factors()) {
                    int v = f.values().size();
                    if (v != 0 && n > Long.MAX_VALUE / v) {
                        yield Long.MAX_VALUE;
                    }
                    n *= v;
                }
                yield n;
            }
            case "saltelli" -> (long) e.points() * (k + 2);
            case "morris" -> (long) e.trajectories() * (k + 1);
            default -> e.points();
        };
    }

    /** The unit-cube points of a sensitivity design, for its estimators (see {@link SensitivitySample}). */
    public static List<double[]> unitPoints(Experiment e) {
        int k = e.factors().size();
        return switch (e.design()) {
            case "saltelli" -> SensitivitySample.saltelli(k, e.points(), e.seed());
            case "morris" -> SensitivitySample.morris(k, e.trajectories(), e.levels(), e.seed());
            default -> throw new IllegalArgumentException("a " + e.design() + " design is not a sensitivity design");
        };
    }

    private static List<double[]> scaled(List<Experiment.Factor> factors, List<double[]> unit) {
        List<double[]> out = new ArrayList<>();
        for (double[] u : unit) {
            double[] p = new double[u.length];
            for (int f = 0; f < u.length; f++) {
                p[f] = factors.get(f).quantile(Math.min(1, Math.max(0, u[f])));
            }
            out.add(p);
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
                columns[f][i] = fac.quantile(u);
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
                p[f] = fac.quantile(u[f]);
            }
            out.add(p);
        }
        return out;
    }
}

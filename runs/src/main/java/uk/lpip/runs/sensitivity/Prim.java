package uk.lpip.runs.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The patient rule induction method (Friedman and Fisher 1999) as scenario discovery uses it
 * (Bryant and Lempert 2010): a box over the inputs, narrowed one side at a time, that holds many
 * of the cases (the points where a condition holds) and few others.
 *
 * <ul>
 *   <li><b>Peeling</b>: from the box of all points, each step tries cutting off the share alpha of
 *   the box's points at the low or the high end of every input (a whole block of tied values if
 *   the cut falls inside one) and keeps the cut that leaves the highest density; it stops before
 *   the box would hold less than {@code minSupport} of all points. Every box is kept: the
 *   <b>peeling trajectory</b>, coverage against density.</li>
 *   <li><b>Choice</b>: the densest box on the trajectory that still covers at least half the cases
 *   (ties: the one covering more) — a box that explains most of the cases.</li>
 *   <li><b>Pasting</b>: the chosen box is widened again, a share alpha of its points at a time on the
 *   side that raises its density most, while the density rises.</li>
 *   <li><b>Simplification</b>: each limit the box sets (a low or a high end of one input) is tested
 *   with Bryant and Lempert's (2010) quasi-p-value — the binomial chance of at least the box's
 *   cases among its points if the box had the density it has without that limit — and the limit
 *   least significant is dropped while its quasi-p-value is above {@link #P_VALUE}, so the box
 *   keeps only the few limits the data support.</li>
 * </ul>
 * Coverage is the share of all cases inside the box, density the share of the box's points that
 * are cases, support the share of all points inside the box.
 */
public final class Prim {
    /** The smallest coverage of the chosen box. */
    public static final double MIN_COVERAGE = 0.5;
    /** A limit with a quasi-p-value above this is dropped. */
    public static final double P_VALUE = 0.05;

    /** A box: inclusive limits on every input, and what it holds. */
    public record Box(double[] low, double[] high, double coverage, double density, double support, int points) {
        /** Whether input {@code d}'s range is narrower than all the points'. */
        public boolean restricts(int d, double[] min, double[] max) {
            return low[d] > min[d] || high[d] < max[d];
        }
    }

    /** The peeling trajectory, the index of the chosen box on it, and the chosen box after pasting. */
    public record Result(List<Box> trajectory, int chosen, Box box, double[] min, double[] max, int cases) {
        /** The inputs the box restricts. */
        public List<Integer> restricted() {
            List<Integer> out = new ArrayList<>();
            for (int d = 0; d < min.length; d++) {
                if (box.restricts(d, min, max)) {
                    out.add(d);
                }
            }
            return out;
        }
    }

    private Prim() {
    }

    /**
     * Runs PRIM over points {@code x} (n × k) with cases {@code y}.
     *
     * @throws IllegalArgumentException when there are no points or no cases
     */
    public static Result run(double[][] x, boolean[] y, double alpha, double minSupport) {
        int n = x.length;
        int cases = 0;
        for (boolean b : y) {
            cases += b ? 1 : 0;
        }
        if (n == 0 || cases == 0) {
            throw new IllegalArgumentException(n == 0 ? "no points" : "no point meets the condition");
        }
        int k = x[0].length;
        double[] min = new double[k];
        double[] max = new double[k];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] p : x) {
            for (int d = 0; d < k; d++) {
                min[d] = Math.min(min[d], p[d]);
                max[d] = Math.max(max[d], p[d]);
            }
        }
        List<Box> trajectory = new ArrayList<>();
        Box box = box(x, y, min.clone(), max.clone(), cases);
        trajectory.add(box);
        while (true) {
            Box best = null;
            for (int d = 0; d < k; d++) {
                for (boolean lowSide : new boolean[] {true, false}) {
                    Box c = peel(x, y, box, d, lowSide, alpha, cases);
                    if (c != null && c.support() >= minSupport
                            && (best == null || c.density() > best.density() + 1e-12
                            || (Math.abs(c.density() - best.density()) <= 1e-12 && c.points() > best.points()))) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                break;
            }
            box = best;
            trajectory.add(box);
        }
        int chosen = 0;
        for (int i = 1; i < trajectory.size(); i++) {
            Box b = trajectory.get(i);
            Box c = trajectory.get(chosen);
            if (b.coverage() >= MIN_COVERAGE && (b.density() > c.density() + 1e-12)) {
                chosen = i;
            }
        }
        Box pasted = paste(x, y, trajectory.get(chosen), alpha, cases);
        return new Result(trajectory, chosen, simplify(x, y, pasted, min, max, cases), min, max, cases);
    }

    /** Drops, one at a time, the box's limit with the largest quasi-p-value while that is above {@link #P_VALUE}. */
    private static Box simplify(double[][] x, boolean[] y, Box start, double[] min, double[] max, int cases) {
        Box box = start;
        while (true) {
            double worst = P_VALUE;
            Box without = null;
            for (int d = 0; d < min.length; d++) {
                for (boolean lowSide : new boolean[] {true, false}) {
                    if (lowSide ? box.low()[d] <= min[d] : box.high()[d] >= max[d]) {
                        continue;
                    }
                    double[] l = box.low().clone();
                    double[] h = box.high().clone();
                    if (lowSide) {
                        l[d] = min[d];
                    } else {
                        h[d] = max[d];
                    }
                    Box wider = box(x, y, l, h, cases);
                    int hits = (int) Math.round(box.density() * box.points());
                    double p = wider.density() >= 1 ? 1
                            : 1 - new BinomialDistribution(null, box.points(), wider.density()).cumulativeProbability(hits - 1);
                    if (p > worst) {
                        worst = p;
                        without = wider;
                    }
                }
            }
            if (without == null) {
                return box;
            }
            box = without;
        }
    }

    private static boolean inside(double[] p, double[] low, double[] high) {
        for (int d = 0; d < p.length; d++) {
            if (p[d] < low[d] || p[d] > high[d]) {
                return false;
            }
        }
        return true;
    }

    private static Box box(double[][] x, boolean[] y, double[] low, double[] high, int cases) {
        int in = 0;
        int hits = 0;
        for (int i = 0; i < x.length; i++) {
            if (inside(x[i], low, high)) {
                in++;
                hits += y[i] ? 1 : 0;
            }
        }
        return new Box(low, high, (double) hits / cases, in == 0 ? 0 : (double) hits / in, (double) in / x.length, in);
    }

    /** The box with the share alpha of its points cut off at one end of input d, or null if no cut leaves any. */
    private static Box peel(double[][] x, boolean[] y, Box box, int d, boolean lowSide, double alpha, int cases) {
        double[] v = Arrays.stream(x).filter(p -> inside(p, box.low(), box.high())).mapToDouble(p -> p[d]).sorted().toArray();
        if (v.length < 2) {
            return null;
        }
        int m = Math.max(1, (int) Math.floor(alpha * v.length));
        double[] low = box.low().clone();
        double[] high = box.high().clone();
        if (lowSide) {
            double cut = v[m - 1];    // remove every point at or below the cut
            double next = Arrays.stream(v).filter(a -> a > cut).min().orElse(Double.NaN);
            if (Double.isNaN(next)) {
                return null;
            }
            low[d] = next;
        } else {
            double cut = v[v.length - m];
            double next = Arrays.stream(v).filter(a -> a < cut).max().orElse(Double.NaN);
            if (Double.isNaN(next)) {
                return null;
            }
            high[d] = next;
        }
        return box(x, y, low, high, cases);
    }

    /** Widens the box while a paste of alpha of its points on one side raises its density. */
    private static Box paste(double[][] x, boolean[] y, Box start, double alpha, int cases) {
        Box box = start;
        int k = box.low().length;
        while (true) {
            Box best = null;
            for (int d = 0; d < k; d++) {
                for (boolean lowSide : new boolean[] {true, false}) {
                    Box c = widen(x, y, box, d, lowSide, alpha, cases);
                    if (c != null && c.density() > box.density() + 1e-12 && (best == null || c.density() > best.density())) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                return box;
            }
            box = best;
        }
    }

    private static Box widen(double[][] x, boolean[] y, Box box, int d, boolean lowSide, double alpha, int cases) {
        double[] low = box.low().clone();
        double[] high = box.high().clone();
        if (lowSide) {
            low[d] = Double.NEGATIVE_INFINITY;
        } else {
            high[d] = Double.POSITIVE_INFINITY;
        }
        double[] out = Arrays.stream(x).filter(p -> inside(p, low, high) && (lowSide ? p[d] < box.low()[d] : p[d] > box.high()[d]))
                .mapToDouble(p -> p[d]).sorted().toArray();
        if (out.length == 0) {
            return null;
        }
        int m = Math.min(out.length, Math.max(1, (int) Math.floor(alpha * box.points())));
        double[] l = box.low().clone();
        double[] h = box.high().clone();
        if (lowSide) {
            l[d] = out[out.length - m];
        } else {
            h[d] = out[m - 1];
        }
        return box(x, y, l, h, cases);
    }
}

package uk.lpip.runs;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.output.FullScale;
import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TableIds;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * Paired effects across replicates: for every metric, area and month, the mean over replicates of
 * (intervention − baseline), each pair sharing a seed, with a 95% confidence interval from Student's
 * t on the paired differences, and the spread (standard deviation) of the baseline across replicates.
 */
public final class Effects {
    /** One metric, area and month. */
    public record Effect(double mean, double low, double high, double baselineSd, int replicates) {
        public boolean excludesZero() {
            return replicates > 1 && (low > 0 || high < 0);
        }
    }

    private final List<MetricsTable> baseline;
    private final List<MetricsTable> intervention;
    private final double tQuantile;

    public Effects(List<ArmResult> arms) {
        this(arms, "intervention");
    }

    /** Effects of the arm named {@code arm} against the baseline. */
    public Effects(List<ArmResult> arms, String arm) {
        this.baseline = arms.stream().filter(a -> a.name().equals("baseline")).map(ArmResult::table).toList();
        this.intervention = arms.stream().filter(a -> a.name().equals(arm)).map(ArmResult::table).toList();
        if (baseline.size() != intervention.size() || baseline.isEmpty()) {
            throw new IllegalArgumentException("effects need a baseline and an intervention arm in every replicate");
        }
        int n = baseline.size();
        this.tQuantile = n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) : Double.NaN;
    }

    public int replicates() {
        return baseline.size();
    }

    public Effect effect(int month, int area, Metric metric) {
        int n = baseline.size();
        double[] b = new double[n];
        double[] t = new double[n];
        for (int r = 0; r < n; r++) {
            b[r] = baseline.get(r).value(month, area, metric);
            t[r] = intervention.get(r).value(month, area, metric);
        }
        return of(b, t, tQuantile);
    }

    /** The mean of values across replicates with its 95% Student-t interval (a difference from zero). */
    public static Effect ofValues(double[] values) {
        return of(new double[values.length], values);
    }

    /**
     * A ratio of means across replicates, such as a benefit–cost ratio: mean numerator over mean
     * denominator (not the mean of the replicates' ratios, which one replicate with a small
     * denominator can throw anywhere), with a 95% interval by the delta method — Student's t on the
     * residuals {@code num[r] − R·den[r]}, divided by the mean denominator. Not a number when the mean
     * denominator is not positive; no interval from one replicate.
     */
    public static Effect ratioOfMeans(double[] num, double[] den) {
        int n = num.length;
        if (den.length != n || n == 0) {
            throw new IllegalArgumentException("a ratio of means needs as many denominators as numerators, at least one");
        }
        double ratio = sum(num) / sum(den);
        if (!(sum(den) > 0) || !Double.isFinite(ratio)) {
            return new Effect(Double.NaN, Double.NaN, Double.NaN, Double.NaN, n);
        }
        if (n < 2) {
            return new Effect(ratio, Double.NaN, Double.NaN, Double.NaN, n);
        }
        double se = Math.sqrt(ratioOfMeansVariance(num, den));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return new Effect(ratio, ratio - t * se, ratio + t * se, Double.NaN, n);
    }

    /**
     * The delta-method variance of {@link #ratioOfMeans}'s ratio from replicate noise: the sample
     * variance of the residuals {@code num[r] − R·den[r]} over R, divided by the squared mean
     * denominator. Not a number with fewer than two replicates or a mean denominator that is not positive.
     */
    public static double ratioOfMeansVariance(double[] num, double[] den) {
        int n = num.length;
        if (den.length != n) {
            throw new IllegalArgumentException("a ratio of means needs as many denominators as numerators");
        }
        double sumDen = sum(den);
        double ratio = sum(num) / sumDen;
        if (n < 2 || !(sumDen > 0) || !Double.isFinite(ratio)) {
            return Double.NaN;
        }
        double ss = 0;
        for (int r = 0; r < n; r++) {
            double d = num[r] - ratio * den[r];
            ss += d * d;
        }
        double meanDen = sumDen / n;
        return ss / (n - 1) / n / (meanDen * meanDen);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** The effect of paired values (replicate r's baseline and intervention share a seed). */
    public static Effect of(double[] baseline, double[] intervention) {
        int n = baseline.length;
        return of(baseline, intervention, n > 1 ? new TDistribution(n - 1).inverseCumulativeProbability(0.975) : Double.NaN);
    }

    private static Effect of(double[] baseline, double[] intervention, double tQuantile) {
        int n = baseline.length;
        double sum = 0;
        double baseSum = 0;
        for (int r = 0; r < n; r++) {
            sum += intervention[r] - baseline[r];
            baseSum += baseline[r];
        }
        double mean = sum / n;
        double baseMean = baseSum / n;
        double ss = 0;
        double baseSs = 0;
        for (int r = 0; r < n; r++) {
            double d = intervention[r] - baseline[r] - mean;
            double b = baseline[r] - baseMean;
            ss += d * d;
            baseSs += b * b;
        }
        if (n < 2) {
            return new Effect(mean, Double.NaN, Double.NaN, Double.NaN, n);
        }
        double se = Math.sqrt(ss / (n - 1) / n);
        return new Effect(mean, mean - tQuantile * se, mean + tQuantile * se, Math.sqrt(baseSs / (n - 1)), n);
    }

    /** effects.csv's columns in a run with one intervention arm (lpip run). */
    public static final String HEADER = "area,metric,month,mean_difference,ci_low,ci_high,baseline_sd,replicates,scale,run,experiment";

    /**
     * Every metric, area and month as a tidy CSV, counts and money at full scale, each row ending with
     * the run's scale, id and experiment.
     */
    public void writeCsv(Writer w, TableIds ids) throws IOException {
        w.write(HEADER + "\n");
        rows(w, "", ids);
    }

    /**
     * effects.csv of a run with several intervention arms (a comparison's place: one arm per
     * package): the columns of {@link #HEADER} after {@code arm}, the arms' rows one after another.
     */
    public static void writeArmsCsv(Writer w, List<ArmResult> arms, List<String> names, TableIds ids) throws IOException {
        w.write("arm," + HEADER + "\n");
        for (String name : names) {
            new Effects(arms, name).rows(w, name + ",", ids);
        }
    }

    private void rows(Writer w, String prefix, TableIds ids) throws IOException {
        String suffix = ids.suffix() + "\n";
        MetricsTable first = baseline.get(0);
        Areas areas = first.areas();
        for (int m = 0; m < first.monthCount(); m++) {
            for (int a = 0; a < areas.count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    Effect e = effect(m, a, metric);
                    if (Double.isNaN(e.mean())) {
                        continue;
                    }
                    double k = FullScale.of(metric, 1, ids.scale());
                    w.write(prefix + areas.label(a) + "," + metric.id() + "," + m + "," + Numbers.plain(k * e.mean()) + ","
                            + Numbers.plain(k * e.low()) + "," + Numbers.plain(k * e.high()) + ","
                            + Numbers.plain(k * e.baselineSd()) + "," + e.replicates() + suffix);
                }
            }
        }
    }
}

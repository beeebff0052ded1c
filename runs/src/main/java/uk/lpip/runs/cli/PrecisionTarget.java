package uk.lpip.runs.cli;

import java.util.List;
import java.util.Locale;
import uk.lpip.runs.Effects;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * {@code --precision}: replicates are added until the headline effect — the change in the region's
 * employment rate at the horizon, in percentage points — has a 95% interval no wider than the
 * target either side of its mean, for every arm; at least {@link #MIN_REPLICATES} and at most the cap.
 */
final class PrecisionTarget {
    /** Replicates before the first check: a t-interval from two is too wide to stop on. */
    static final int MIN_REPLICATES = 3;

    private PrecisionTarget() {
    }

    /** Enough when every arm's half-width is at most {@code pp}. */
    static SingleRun.Enough of(double pp, List<String> arms) {
        return (results, n) -> n >= MIN_REPLICATES && widest(results, arms) <= pp;
    }

    /** The widest 95% half-width (percentage points) of the arms' employment-rate effects at the horizon. */
    static double widest(List<ArmResult> results, List<String> arms) {
        double widest = 0;
        for (String arm : arms) {
            Effects e = new Effects(results, arm);
            MetricsTable t = results.get(0).table();
            Effects.Effect x = e.effect(t.monthCount() - 1, t.areas().region(), Metric.EMPLOYMENT_RATE);
            double half = 100 * (x.high() - x.low()) / 2;
            widest = Math.max(widest, Double.isFinite(half) ? half : Double.POSITIVE_INFINITY);
        }
        return widest;
    }

    /** What the run says about the target: reached after n replicates, or not reached at the cap. */
    static String message(List<ArmResult> results, List<String> arms, double pp, int replicates, int cap) {
        double half = widest(results, arms);
        return half <= pp
                ? String.format(Locale.ROOT, "Precision reached: the employment-rate effect's 95%% interval is ±%.3f pp after %d "
                        + "replicates (target ±%s pp).", half, replicates, trim(pp))
                : String.format(Locale.ROOT, "Precision NOT reached: the employment-rate effect's 95%% interval is still ±%.3f pp "
                        + "after the cap of %d replicates (target ±%s pp). Raise --max-replicates or the scale (--scale), "
                        + "or accept the wider interval.", half, replicates, trim(pp));
    }

    /** A comparison place's line: whether every package's employment-rate effect reached ±{@code pp}, and after how many replicates. */
    static String placeLine(List<uk.lpip.runs.compare.PlaceComparison.Row> placeRows, double pp) {
        int n = placeRows.get(0).netJobs().replicates();
        double widest = uk.lpip.runs.compare.PlaceComparison.widestHalfWidth(placeRows, placeRows.get(0).place());
        return String.format(Locale.ROOT, "%s: %s", placeRows.get(0).placeName(), widest <= pp
                ? String.format(Locale.ROOT, "precision reached: every package's employment-rate effect within ±%.3f pp "
                        + "after %d replicates (target ±%s pp)", widest, n, trim(pp))
                : String.format(Locale.ROOT, "precision NOT reached: the widest interval is still ±%.3f pp after the cap "
                        + "of %d replicates (target ±%s pp); raise the cap (precision.max_replicates, --max-replicates) or the "
                        + "scale", widest, n, trim(pp)));
    }

    static String trim(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}

package uk.lpip.viz;

import org.jfree.chart.axis.NumberAxis;

/**
 * Value axes that do not magnify noise. Left to itself a chart stretches its axis over whatever
 * range the data span, so a wobble of a tenth of a point in an employment rate fills the chart and
 * looks like a collapse. Levels are therefore drawn on an axis at least a fixed span wide, centred
 * on the data and widened only when the data need more: rates (percentages) over at least
 * {@value #RATE_SPAN_POINTS} percentage points and never beyond 0–100%; other levels (a wage, water
 * volumes) over at least {@value #LEVEL_SPAN_SHARE} of their largest magnitude. Effects (differences
 * from a baseline) are drawn on axes that include zero, the "no effect" line (ForestPlot,
 * ResponseChart).
 */
final class Axes {
    /** The narrowest span of a rate's axis, percentage points. */
    static final double RATE_SPAN_POINTS = 10;
    /** The narrowest span of another level's axis, as a share of its largest magnitude. */
    static final double LEVEL_SPAN_SHARE = 0.2;

    private Axes() {
    }

    /** The range [low, high] to draw a level's values on; null when there is no finite value. */
    static double[] levelRange(Iterable<double[]> values, boolean percent) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return null;
        }
        double span = percent ? RATE_SPAN_POINTS : LEVEL_SPAN_SHARE * Math.max(Math.abs(lo), Math.abs(hi));
        if (hi - lo >= span || span == 0) {
            double pad = 0.05 * (hi - lo);
            return new double[] {percent ? Math.max(0, lo - pad) : lo - pad, percent ? Math.min(100, hi + pad) : hi + pad};
        }
        double mid = (lo + hi) / 2;
        double low = mid - span / 2;
        double high = mid + span / 2;
        if (percent || lo >= 0) {   // a rate or a non-negative level: never below zero, a rate never above 100%
            if (low < 0) {
                high -= low;
                low = 0;
            }
            if (percent && high > 100) {
                low -= high - 100;
                high = 100;
            }
        }
        return new double[] {low, high};
    }

    /** Fixes {@code axis} to {@link #levelRange}; leaves it alone when there is nothing to draw. */
    static void anchorLevel(NumberAxis axis, Iterable<double[]> values, boolean percent) {
        double[] r = levelRange(values, percent);
        if (r != null && r[1] > r[0]) {
            axis.setRange(r[0], r[1]);
        }
    }

    /** A month axis: whole months, not forced to include zero (the recorded months start after the burn-in). */
    static NumberAxis months(String label) {
        NumberAxis x = new NumberAxis(label);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        return x;
    }

    /** A level's axis anchored by {@link #anchorLevel} to what is drawn, so that noise is not magnified. */
    static NumberAxis level(String label, Iterable<double[]> drawn, boolean percent) {
        NumberAxis y = new NumberAxis(label);
        y.setAutoRangeIncludesZero(false);
        anchorLevel(y, drawn, percent);
        return y;
    }
}

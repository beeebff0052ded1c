package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A metric over time across replicates, one fan per arm: the median across replicates as a line
 * and the band from the 5th to the 95th percentile (90% of replicates) shaded around it. The
 * baseline is black; each other arm takes a palette colour.
 */
public final class FanChart {
    /** One arm: its name and one row of monthly values per replicate. */
    public record Fan(String name, double[][] replicates, boolean baseline) { }

    /** The median and the 5th and 95th percentiles of one month's values across replicates. */
    public record Band(double low, double median, double high) { }

    private FanChart() {
    }

    /** Percentile {@code q} (0–1) of sorted values, interpolated between neighbours. */
    static double percentile(double[] sorted, double q) {
        double rank = q * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The band of each month across replicates. */
    public static Band[] bands(double[][] replicates) {
        int months = replicates[0].length;
        Band[] out = new Band[months];
        for (int m = 0; m < months; m++) {
            double[] v = new double[replicates.length];
            for (int r = 0; r < replicates.length; r++) {
                v[r] = replicates[r][m];
            }
            Arrays.sort(v);
            out[m] = new Band(percentile(v, 0.05), percentile(v, 0.5), percentile(v, 0.95));
        }
        return out;
    }

    public static JFreeChart of(ChartText text, List<Fan> fans, boolean percent) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int colour = 0;
        for (int i = 0; i < fans.size(); i++) {
            Fan fan = fans.get(i);
            double k = percent ? 100 : 1;
            YIntervalSeries s = new YIntervalSeries(fan.name() + " (median; band: 90% of " + fan.replicates().length + " replicates)");
            Band[] bands = bands(fan.replicates());
            for (int m = 0; m < bands.length; m++) {
                s.add(m, k * bands[m].median(), k * bands[m].low(), k * bands[m].high());
            }
            data.addSeries(s);
            Color c = fan.baseline() ? Palette.BLACK : Palette.series(colour++);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(fan.baseline() ? 2.6f : 2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        renderer.setAlpha(0.18f);
        NumberAxis x = new NumberAxis(text.xLabel());
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(text.yLabel());
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

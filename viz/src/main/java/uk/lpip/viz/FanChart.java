package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A metric over time across replicates, one fan per arm: the median across replicates as a line
 * and the band from the 5th to the 95th percentile (90% of replicates) shaded around it. The
 * baseline is black; each other arm takes a palette colour. A band needs at least
 * {@value #MIN_BAND_REPLICATES} replicates: from fewer, the 5th and 95th percentiles are only the
 * lowest and highest replicate stretched, so each replicate is drawn as a thin line of its own
 * instead and no band is shaded ({@link #hasBands}). Levels are drawn on an anchored axis
 * ({@link Axes}).
 */
public final class FanChart {
    /** The fewest replicates a band is drawn from. */
    public static final int MIN_BAND_REPLICATES = 5;

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

    /** Whether the fans of {@code replicates} replicates are drawn with bands (else one line per replicate). */
    public static boolean hasBands(int replicates) {
        return replicates >= MIN_BAND_REPLICATES;
    }

    public static JFreeChart of(ChartText text, List<Fan> fans, boolean percent) {
        int fewest = fans.stream().mapToInt(f -> f.replicates().length).min().orElse(0);
        if (!hasBands(fewest)) {
            return lines(text, fans, percent);
        }
        List<double[]> drawn = new java.util.ArrayList<>();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        int colour = 0;
        for (int i = 0; i < fans.size(); i++) {
            Fan fan = fans.get(i);
            double k = percent ? 100 : 1;
            YIntervalSeries s = new YIntervalSeries(fan.name() + " (median; band: 90% of " + fan.replicates().length + " replicates)");
            Band[] bands = bands(fan.replicates());
            double[] lows = new double[bands.length];
            double[] highs = new double[bands.length];
            for (int m = 0; m < bands.length; m++) {
                s.add(m, k * bands[m].median(), k * bands[m].low(), k * bands[m].high());
                lows[m] = k * bands[m].low();
                highs[m] = k * bands[m].high();
            }
            drawn.add(lows);
            drawn.add(highs);
            data.addSeries(s);
            Color c = fan.baseline() ? Palette.BLACK : Palette.series(colour++);
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(fan.baseline() ? 2.6f : 2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        renderer.setAlpha(0.18f);
        NumberAxis x = Axes.months(text.xLabel());
        NumberAxis y = Axes.level(text.yLabel(), drawn, percent);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }

    /** Too few replicates for a band: every replicate as a thin line in its arm's colour, one legend entry per arm. */
    private static JFreeChart lines(ChartText text, List<Fan> fans, boolean percent) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        List<double[]> drawn = new java.util.ArrayList<>();
        double k = percent ? 100 : 1;
        int colour = 0;
        for (Fan fan : fans) {
            Color c = fan.baseline() ? Palette.BLACK : Palette.series(colour++);
            int n = fan.replicates().length;
            for (int r = 0; r < n; r++) {
                XYSeries s = new XYSeries(fan.name() + " (each of " + n + " replicate" + (n == 1 ? "" : "s")
                        + "; no band from fewer than " + MIN_BAND_REPLICATES + ")" + (r == 0 ? "" : " #" + r), false, true);
                double[] values = new double[fan.replicates()[r].length];
                for (int m = 0; m < values.length; m++) {
                    values[m] = k * fan.replicates()[r][m];
                    s.add(m, Double.isNaN(values[m]) ? null : values[m]);
                }
                drawn.add(values);
                int i = data.getSeriesCount();
                data.addSeries(s);
                renderer.setSeriesPaint(i, c);
                // an arm dashed over the solid baseline: where common random numbers make them coincide, both show
                renderer.setSeriesStroke(i, fan.baseline() ? new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                        : Palette.line(1, 1.6f));
                renderer.setSeriesVisibleInLegend(i, r == 0);
            }
        }
        NumberAxis x = Axes.months(text.xLabel());
        NumberAxis y = Axes.level(text.yLabel(), drawn, percent);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD);   // the arms over the baseline
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

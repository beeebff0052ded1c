package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * How an outcome responds to one swept factor: the mean paired effect at each value of the factor
 * with its 95% interval, one series per arm. Where the factor is the only one swept, the points are
 * joined and the interval drawn as a band; where other factors vary too, the points are not a
 * curve, so each is drawn as a dot with its own interval bar.
 */
public final class ResponseChart {
    /** One design point: the factor's value and the effect there. */
    public record Point(double x, double mean, double low, double high) { }

    private ResponseChart() {
    }

    /** @param arms each arm's points (in any order), in legend order */
    public static JFreeChart of(ChartText text, Map<String, List<Point>> arms, boolean onlyFactor) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, List<Point>> arm : arms.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(arm.getKey(), false, true);
            arm.getValue().stream().sorted(Comparator.comparingDouble(Point::x)).forEach(p -> s.add(p.x(), p.mean(),
                    Double.isNaN(p.low()) ? p.mean() : p.low(), Double.isNaN(p.high()) ? p.mean() : p.high()));
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis(text.xLabel());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis(text.yLabel());
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeMinimumSize(0.01); // no effect anywhere: a readable axis around zero, not ±1e-9
        XYPlot plot;
        Ellipse2D dot = new Ellipse2D.Double(-4, -4, 8, 8);
        if (onlyFactor) {
            DeviationRenderer r = new DeviationRenderer(true, true);
            r.setAlpha(0.25f);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                Color c = Palette.series(i);
                r.setSeriesPaint(i, c);
                r.setSeriesFillPaint(i, c);
                r.setSeriesShape(i, dot);
                r.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
            plot = new XYPlot(data, x, y, r);
        } else {
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDrawYError(true);
            r.setDefaultLinesVisible(false);
            r.setDefaultShapesVisible(true);
            r.setErrorStroke(new BasicStroke(1.6f));
            r.setErrorPaint(null);
            for (int i = 0; i < data.getSeriesCount(); i++) {
                r.setSeriesPaint(i, Palette.series(i));
                r.setSeriesShape(i, dot);
            }
            plot = new XYPlot(data, x, y, r);
        }
        plot.addRangeMarker(new ValueMarker(0, Palette.BLACK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)));
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

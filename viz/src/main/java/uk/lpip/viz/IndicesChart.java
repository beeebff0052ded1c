package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * Sobol indices as a tornado: one row per input, largest total effect at the top, its first-order
 * index (a dot) and total-order index (a square) each with its 95% interval, against a line at
 * zero; an estimate below zero is drawn where it is, not clipped.
 */
public final class IndicesChart {
    /** One input's indices: first and total order, each with an interval ({@code NaN} bounds draw the mark only). */
    public record Row(String label, double first, double firstLow, double firstHigh, double total, double totalLow,
                      double totalHigh) { }

    /** The rows' vertical offset of the two marks of one input. */
    static final double OFFSET = 0.17;

    private IndicesChart() {
    }

    /** Rows are drawn top to bottom in the order given. */
    public static JFreeChart of(ChartText text, List<Row> rows) {
        XIntervalSeries first = new XIntervalSeries("First order (the input alone)");
        XIntervalSeries total = new XIntervalSeries("Total order (with its interactions)");
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = rows.size() - 1 - i;
            labels[y] = r.label();
            first.add(r.first(), or(r.firstLow(), r.first()), or(r.firstHigh(), r.first()), y + OFFSET);
            total.add(r.total(), or(r.totalLow(), r.total()), or(r.totalHigh(), r.total()), y - OFFSET);
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(first);
        data.addSeries(total);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2.2f));
        renderer.setCapLength(6);
        renderer.setSeriesPaint(0, Palette.series(0));
        renderer.setSeriesPaint(1, Palette.series(1));
        renderer.setErrorPaint(null);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        NumberAxis x = new NumberAxis(text.xLabel());
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = new SymbolAxis(text.yLabel(), labels);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.addDomainMarker(new ValueMarker(0, Palette.BLACK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f)));
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }

    private static double or(double v, double fallback) {
        return Double.isNaN(v) ? fallback : v;
    }
}

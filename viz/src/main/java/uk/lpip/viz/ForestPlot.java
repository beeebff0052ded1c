package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
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
 * A forest plot: one row per estimate (an area, an intervention, a place), its mean as a dot and
 * its 95% interval as a horizontal bar, with a vertical line at zero — "no effect". Rows are drawn
 * top to bottom in the order given; an emphasised row (the whole region) is black.
 */
public final class ForestPlot {
    /** One estimate: a label, its mean and interval ({@code NaN} bounds draw the dot only). */
    public record Row(String label, double mean, double low, double high, boolean emphasised) { }

    private ForestPlot() {
    }

    public static JFreeChart of(ChartText text, List<Row> rows) {
        XIntervalSeries plain = new XIntervalSeries("Estimate with 95% interval");
        XIntervalSeries strong = new XIntervalSeries("Whole region");
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = rows.size() - 1 - i;
            labels[y] = r.label();
            double low = Double.isNaN(r.low()) ? r.mean() : r.low();
            double high = Double.isNaN(r.high()) ? r.mean() : r.high();
            (r.emphasised() ? strong : plain).add(r.mean(), low, high, y);
        }
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        data.addSeries(plain);
        data.addSeries(strong);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(2.2f));
        renderer.setCapLength(8);
        renderer.setSeriesPaint(0, Palette.series(0));
        renderer.setSeriesPaint(1, Palette.BLACK);
        renderer.setErrorPaint(null);
        Ellipse2D dot = new Ellipse2D.Double(-5, -5, 10, 10);
        renderer.setSeriesShape(0, dot);
        renderer.setSeriesShape(1, dot);
        NumberAxis x = new NumberAxis(text.xLabel());
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = new SymbolAxis(text.yLabel(), labels);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ValueMarker zero = new ValueMarker(0, Palette.BLACK, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 4f}, 0f));
        plot.addDomainMarker(zero);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

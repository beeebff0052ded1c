package uk.lpip.viz;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A metric over time, one line per area (councils in palette colours and dash patterns, the region
 * emphasised in black): the single-run view, on an anchored axis ({@link Axes}). {@link FanChart}
 * shows the spread across replicates.
 */
public final class TimePathChart {
    private TimePathChart() {
    }

    public static JFreeChart of(ChartText text, List<Series> series, boolean percent) {
        XYSeriesCollection data = new XYSeriesCollection();
        java.util.List<double[]> drawn = new java.util.ArrayList<>();
        for (Series s : series) {
            XYSeries xy = new XYSeries(s.name(), false, true);
            double[] values = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                double v = s.value(i);
                values[i] = percent ? 100 * v : v;
                xy.add(s.month(i), Double.isNaN(v) ? null : values[i]);
            }
            drawn.add(values);
            data.addSeries(xy);
        }
        NumberAxis x = Axes.months(text.xLabel());
        NumberAxis y = Axes.level(text.yLabel(), drawn, percent);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int colour = 0;
        for (int i = 0; i < series.size(); i++) {
            boolean emphasised = series.get(i).emphasised();
            if (emphasised) {
                renderer.setSeriesPaint(i, Palette.BLACK);
                renderer.setSeriesStroke(i, new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            } else {
                renderer.setSeriesPaint(i, Palette.series(colour));
                renderer.setSeriesStroke(i, Palette.line(colour++, 1.8f));
            }
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a simulated trial: power against the trial's size, each design's estimates over
 * the replicates against the truth, and each design's bias split by its sources.
 */
public final class TrialCharts {
    private TrialCharts() {
    }

    /** One design's power curve: sizes, power from the SE's scaling (a line) and simulated power where there is one (dots). */
    public record PowerCurve(String design, double[] sizes, double[] analytic, double[] simulated) { }

    /** One design's estimates (one per replicate) and its mean true effect. */
    public record Estimates(String design, double[] estimates, double truth) { }

    /** One design's bias, mean over replicates, and its two sources (they add up to it). */
    public record Bias(String design, String firstSource, double first, String secondSource, double second, double total) { }

    /** Power against size (log scale), one colour per design, with the 80% line. */
    public static JFreeChart power(ChartText text, List<PowerCurve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        int s = 0;
        for (int d = 0; d < curves.size(); d++) {
            PowerCurve c = curves.get(d);
            XYSeries line = new XYSeries(c.design() + " (from the SE)", true, true);
            XYSeries dots = new XYSeries(c.design() + " (simulated)", true, true);
            for (int k = 0; k < c.sizes().length; k++) {
                line.add(c.sizes()[k], c.analytic()[k]);
                if (!Double.isNaN(c.simulated()[k])) {
                    dots.add(c.sizes()[k], c.simulated()[k]);
                }
            }
            data.addSeries(line);
            r.setSeriesPaint(s, Palette.series(d));
            r.setSeriesLinesVisible(s, true);
            r.setSeriesShapesVisible(s, false);
            r.setSeriesStroke(s, new BasicStroke(2f));
            s++;
            if (dots.getItemCount() > 0) {
                data.addSeries(dots);
                r.setSeriesPaint(s, Palette.series(d));
                r.setSeriesLinesVisible(s, false);
                r.setSeriesShapesVisible(s, true);
                r.setSeriesShape(s, new Ellipse2D.Double(-5, -5, 10, 10));
                s++;
            }
        }
        LogAxis x = new LogAxis(text.xLabel());
        x.setSmallestValue(1);
        NumberAxis y = new NumberAxis(text.yLabel());
        y.setRange(0, 1.02);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.addRangeMarker(new ValueMarker(0.8, Palette.BLACK, dashed()));
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }

    /** Each design's estimates as a row of dots, its mean truth a black square, and zero dashed. */
    public static JFreeChart estimates(ChartText text, List<Estimates> rows) {
        XYSeries est = new XYSeries("Estimate (one per replicate)", false, true);
        XYSeries truth = new XYSeries("True effect on the treated (mean)", false, true);
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Estimates e = rows.get(i);
            int y = rows.size() - 1 - i;
            labels[y] = e.design();
            for (int k = 0; k < e.estimates().length; k++) {
                double jitter = ((k * 0.618034) % 1.0 - 0.5) * 0.3;   // spread the dots vertically, deterministically
                est.add(e.estimates()[k], y + jitter);
            }
            truth.add(e.truth(), y);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(est);
        data.addSeries(truth);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, new Color(Palette.series(0).getRed(), Palette.series(0).getGreen(), Palette.series(0).getBlue(), 150));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesPaint(1, Palette.BLACK);
        r.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        NumberAxis x = new NumberAxis(text.xLabel());
        x.setAutoRangeIncludesZero(true);
        SymbolAxis y = new SymbolAxis(text.yLabel(), labels);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.addDomainMarker(new ValueMarker(0, Palette.BLACK, dashed()));
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }

    /** Each design's bias and its two sources as grouped horizontal bars, one group per design. */
    public static JFreeChart bias(ChartText text, List<Bias> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bias b : rows) {
            data.addValue(b.total(), "Bias (estimate − truth)", b.design());
            data.addValue(b.first(), "Imbalance without the intervention (chance, selection, trends)", b.design());
            data.addValue(b.second(), "Minus its effect on the controls (displacement, spillover)", b.design());
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, i == 0 ? Palette.BLACK : Palette.series(i));
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(text.xLabel()), new NumberAxis(text.yLabel()), r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Palette.BLACK, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
    }
}

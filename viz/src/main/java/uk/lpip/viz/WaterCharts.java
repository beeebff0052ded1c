package uk.lpip.viz;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import uk.lpip.sim.api.WaterHistory;

/**
 * Charts of a run's catchment, drawn from its {@link WaterHistory}: water delivered by holder (stacked) under total demand, so the gap is the
 * shortfall; and the outlet's natural flow against the flows at which the regulator's scarcity
 * levels begin.
 */
public final class WaterCharts {
    private static final String[] LEVELS = {"Early warning", "Alert", "Moderate scarcity", "Significant scarcity"};

    private WaterCharts() {
    }

    public static JFreeChart deliveredByHolder(WaterHistory c, String place, String source) {
        List<WaterHistory.Month> months = c.months();
        List<String> holders = c.holders();
        DefaultTableXYDataset stacked = new DefaultTableXYDataset();
        List<XYSeries> series = new ArrayList<>();
        for (String h : holders) {
            XYSeries s = new XYSeries(h.replace('_', ' '), false, false);
            series.add(s);
        }
        XYSeries demand = new XYSeries("Demand, all holders", false, false);
        for (WaterHistory.Month m : months) {
            double[] delivered = m.deliveredByHolder();
            for (int h = 0; h < holders.size(); h++) {
                series.get(h).add(m.month(), delivered[h]);
            }
            demand.add(m.month(), m.totalDemand());
        }
        series.forEach(stacked::addSeries);
        StackedXYAreaRenderer2 area = new StackedXYAreaRenderer2();
        for (int h = 0; h < holders.size(); h++) {
            area.setSeriesPaint(h, Palette.series(h));
        }
        NumberAxis x = new NumberAxis("Month after burn-in");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis("Ml per day (monthly mean)");
        XYPlot plot = new XYPlot(stacked, x, y, area);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Palette.BLACK);
        line.setSeriesStroke(0, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 4f}, 0f));
        plot.setRenderer(1, line);   // before its dataset: the stacked renderer cannot range a plain collection
        plot.setDataset(1, new XYSeriesCollection(demand));
        ChartText text = new ChartText("Water delivered by holder, against demand", place
                + ", whole catchment; the gap under the dashed line is the shortfall", x.getLabel(), y.getLabel(), source);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }

    public static JFreeChart flowAndScarcity(WaterHistory c, String place, String source) {
        List<WaterHistory.Month> months = c.months();
        XYSeries natural = new XYSeries("Natural flow at " + c.outletName(), false, false);
        XYSeries actual = new XYSeries("Flow after abstraction", false, false);
        for (WaterHistory.Month m : months) {
            natural.add(m.month(), m.naturalAtOutlet());
            actual.add(m.month(), m.outflowAtOutlet());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(natural);
        data.addSeries(actual);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, Palette.BLACK);
        renderer.setSeriesPaint(1, Palette.series(0));
        renderer.setSeriesStroke(0, new BasicStroke(2.2f));
        renderer.setSeriesStroke(1, new BasicStroke(1.8f));
        double[] thresholds = c.scarcityThresholds();
        for (int k = 0; k < thresholds.length; k++) {
            XYSeries level = new XYSeries(String.format(java.util.Locale.ROOT, "%s below %,.0f", LEVELS[k], thresholds[k]), false, false);
            for (WaterHistory.Month m : months) {
                level.add(m.month(), thresholds[k]);
            }
            data.addSeries(level);
            renderer.setSeriesPaint(2 + k, Palette.series(1 + k));
            renderer.setSeriesStroke(2 + k, new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {5f, 4f}, 0f));
        }
        NumberAxis x = new NumberAxis("Month after burn-in");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        LogAxis y = new LogAxis("Ml per day (monthly mean, log scale)");
        y.setSmallestValue(1);
        y.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));   // plain numbers, not powers of ten
        XYPlot plot = new XYPlot(data, x, y, renderer);
        ChartText text = new ChartText("River flow at the outlet and the scarcity levels", place
                + "; dashed: flows below which SEPA's levels begin (the catchment's own percentiles)", x.getLabel(),
                y.getLabel(), source);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

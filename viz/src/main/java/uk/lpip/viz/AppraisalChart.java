package uk.lpip.viz;

import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The Green Book appraisal of an arm as bars: present value of costs (with optimism bias) against
 * present value of benefits (net additional GVA and earnings), £ million, with NPV, BCR and the
 * switching value in the subtitle; with replicates each bar carries its 95% interval as an error bar.
 */
public final class AppraisalChart {
    /** The figures drawn, £ at full scale, and the half-widths of the bars' 95% intervals (NaN: none). */
    public record Figures(double pvCosts, double pvGva, double pvEarnings, double npvGva, double bcrGva, double switchingValue,
                          double costsHalfWidth, double gvaHalfWidth, double earningsHalfWidth) {
        /** Figures without intervals (one replicate). */
        public Figures(double pvCosts, double pvGva, double pvEarnings, double npvGva, double bcrGva, double switchingValue) {
            this(pvCosts, pvGva, pvEarnings, npvGva, bcrGva, switchingValue, Double.NaN, Double.NaN, Double.NaN);
        }

        boolean hasIntervals() {
            return Double.isFinite(costsHalfWidth) || Double.isFinite(gvaHalfWidth) || Double.isFinite(earningsHalfWidth);
        }
    }

    private AppraisalChart() {
    }

    public static JFreeChart of(String place, Figures f, String source) {
        String[] bars = {"Costs (with optimism bias)", "Benefits: net additional GVA", "Benefits: net additional earnings"};
        double[] means = {f.pvCosts(), f.pvGva(), f.pvEarnings()};
        double[] halves = {f.costsHalfWidth(), f.gvaHalfWidth(), f.earningsHalfWidth()};
        org.jfree.data.category.CategoryDataset data;
        BarRenderer renderer;
        if (f.hasIntervals()) {
            org.jfree.data.statistics.DefaultStatisticalCategoryDataset stats = new org.jfree.data.statistics.DefaultStatisticalCategoryDataset();
            for (int i = 0; i < bars.length; i++) {
                // the renderer draws mean ± the "deviation" given: here the 95% interval's half-width
                stats.add(means[i] / 1e6, Double.isFinite(halves[i]) ? halves[i] / 1e6 : 0, "Present value", bars[i]);
            }
            data = stats;
            org.jfree.chart.renderer.category.StatisticalBarRenderer r = new org.jfree.chart.renderer.category.StatisticalBarRenderer() {
                @Override
                public java.awt.Paint getItemPaint(int row, int column) {
                    return column == 0 ? Palette.series(1) : Palette.series(column == 1 ? 0 : 2);
                }
            };
            r.setErrorIndicatorPaint(ChartStyle.TEXT);
            r.setErrorIndicatorStroke(new java.awt.BasicStroke(2f));
            renderer = r;
        } else {
            DefaultCategoryDataset plain = new DefaultCategoryDataset();
            for (int i = 0; i < bars.length; i++) {
                plain.addValue(means[i] / 1e6, "Present value", bars[i]);
            }
            data = plain;
            renderer = new BarRenderer() {
                @Override
                public java.awt.Paint getItemPaint(int row, int column) {
                    return column == 0 ? Palette.series(1) : Palette.series(column == 1 ? 0 : 2);
                }
            };
        }
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.25);
        CategoryAxis x = new CategoryAxis("");
        NumberAxis y = new NumberAxis("£ million, present value (full scale)");
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        String subtitle = String.format(Locale.ROOT, "%s; NPV on GVA £%,.1f million, BCR %s; GVA benefits could fall by %s "
                + "before the NPV turns negative", place, f.npvGva() / 1e6, Double.isFinite(f.bcrGva())
                ? String.format(Locale.ROOT, "%.1f", f.bcrGva()) : "–", Double.isFinite(f.switchingValue())
                ? String.format(Locale.ROOT, "%.0f%%", 100 * f.switchingValue()) : "–")
                + (f.hasIntervals() ? "; bars: mean over replicates with its 95% interval" : "");
        ChartText text = new ChartText("What the interventions cost and what they return", subtitle, "", y.getLabel(), source);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

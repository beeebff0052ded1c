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
 * switching value in the subtitle.
 */
public final class AppraisalChart {
    /** The figures drawn, £ at full scale. */
    public record Figures(double pvCosts, double pvGva, double pvEarnings, double npvGva, double bcrGva, double switchingValue) { }

    private AppraisalChart() {
    }

    public static JFreeChart of(String place, Figures f, String source) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(f.pvCosts() / 1e6, "Present value", "Costs (with optimism bias)");
        data.addValue(f.pvGva() / 1e6, "Present value", "Benefits: net additional GVA");
        data.addValue(f.pvEarnings() / 1e6, "Present value", "Benefits: net additional earnings");
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                return column == 0 ? Palette.series(1) : Palette.series(column == 1 ? 0 : 2);
            }
        };
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
                ? String.format(Locale.ROOT, "%.0f%%", 100 * f.switchingValue()) : "–");
        ChartText text = new ChartText("What the interventions cost and what they return", subtitle, "", y.getLabel(), source);
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart, text);
        return chart;
    }
}

package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The house style: plain background, light grid, readable sans-serif type, source line at the foot. */
final class ChartStyle {
    private static final String FONT = Font.SANS_SERIF;
    static final Color GRID = new Color(220, 220, 220);
    static final Color TEXT = new Color(40, 40, 40);

    /** Characters per line and lines kept for the title, subtitle and source line of an 800-pixel-wide chart. */
    static final int TITLE_WIDTH = 80;
    static final int SUBTITLE_WIDTH = 110;
    static final int SOURCE_WIDTH = 130;
    static final int MAX_LINES = 3;

    private ChartStyle() {
    }

    static void apply(JFreeChart chart, ChartText text) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        TextTitle title = chart.getTitle();
        title.setText(ChartText.wrap(title.getText(), TITLE_WIDTH, MAX_LINES));
        title.setFont(new Font(FONT, Font.BOLD, 16));
        title.setPaint(TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        if (text.subtitle() != null && !text.subtitle().isBlank()) {
            TextTitle sub = new TextTitle(ChartText.wrap(text.subtitle(), SUBTITLE_WIDTH, MAX_LINES), new Font(FONT, Font.PLAIN, 12));
            sub.setPaint(TEXT);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(sub);
        }
        TextTitle source = new TextTitle(ChartText.wrap(text.source(), SOURCE_WIDTH, MAX_LINES), new Font(FONT, Font.PLAIN, 10));
        source.setPaint(new Color(100, 100, 100));
        source.setPosition(RectangleEdge.BOTTOM);
        source.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(0, source); // first at the bottom edge: below the legend
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setDomainGridlinePaint(GRID);
            plot.setRangeGridlinePaint(GRID);
            plot.setDomainGridlineStroke(new BasicStroke(0.8f));
            plot.setRangeGridlineStroke(new BasicStroke(0.8f));
            Font label = new Font(FONT, Font.PLAIN, 12);
            Font tick = new Font(FONT, Font.PLAIN, 11);
            plot.getDomainAxis().setLabelFont(label);
            plot.getDomainAxis().setTickLabelFont(tick);
            plot.getRangeAxis().setLabelFont(label);
            plot.getRangeAxis().setTickLabelFont(tick);
        }
    }
}

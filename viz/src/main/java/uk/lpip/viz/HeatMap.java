package uk.lpip.viz;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * A heat map of one outcome over two categories — interventions × places for the Hub, or two
 * swept factors — with every cell labelled by its value, so the chart reads without the colour
 * scale. Colours diverge from white at zero: blue for gains, vermillion for losses (both from the
 * colour-blind-safe palette), symmetric so equal sizes look equally strong. A cell whose 95%
 * interval excludes zero is marked with an asterisk; a cell whose interval includes zero (noise at
 * this precision) is greyed out, its value still written, so noise never looks like an effect; an
 * empty cell (no estimate) is a lighter grey with a dash.
 */
public final class HeatMap {
    /**
     * One cell: its row and column index, value, whether its interval excludes zero, and whether it
     * is known to include zero (then it is greyed out).
     */
    public record Cell(int row, int column, double value, boolean significant, boolean noise) {
        /** A cell that is greyed out only if marked so. */
        public Cell(int row, int column, double value, boolean significant) {
            this(row, column, value, significant, false);
        }
    }

    static final Color EMPTY = new Color(242, 242, 242);
    /** A cell whose interval includes zero. */
    static final Color NOISE = new Color(200, 200, 200);
    /** The z value a noise cell is drawn with (the scale paints it {@link #NOISE}). */
    static final double NOISE_CODE = Double.POSITIVE_INFINITY;
    static final Color POSITIVE = Palette.series(0);
    static final Color NEGATIVE = Palette.series(1);

    private HeatMap() {
    }

    /**
     * @param rows      row labels, top to bottom
     * @param columns   column labels, left to right
     * @param cells     the estimates (any missing cell is drawn empty)
     * @param format    how a cell's value is written, e.g. {@code "%+.2f"}
     * @param scaleName the colour scale's label, with the unit
     */
    public static JFreeChart of(ChartText text, List<String> rows, List<String> columns, List<Cell> cells, String format,
                                String scaleName) {
        double[] xs = new double[cells.size()];
        double[] ys = new double[cells.size()];
        double[] zs = new double[cells.size()];
        double extent = 0;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            xs[i] = c.column();
            ys[i] = rows.size() - 1 - c.row();
            zs[i] = c.noise() && Double.isFinite(c.value()) ? NOISE_CODE : c.value();
            if (Double.isFinite(c.value()) && !c.noise()) {   // noise does not stretch the scale
                extent = Math.max(extent, Math.abs(c.value()));
            }
        }
        extent = extent > 0 ? extent : 1;
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(scaleName, new double[][] {xs, ys, zs});
        String[] rowLabels = new String[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            rowLabels[rows.size() - 1 - r] = rows.get(r);
        }
        SymbolAxis x = new SymbolAxis(text.xLabel(), columns.toArray(String[]::new));
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(text.yLabel(), rowLabels);
        y.setGridBandsVisible(false);
        XYBlockRenderer renderer = new XYBlockRenderer();
        Diverging scale = new Diverging(extent);
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, cells.size() > 40 ? 10 : 13);
        for (Cell c : cells) {
            String label = Double.isFinite(c.value()) ? String.format(Locale.ROOT, format, c.value()) + (c.significant() ? "*" : "") : "–";
            XYTextAnnotation a = new XYTextAnnotation(label, c.column(), rows.size() - 1 - c.row());
            a.setFont(font);
            a.setPaint(!c.noise() && Math.abs(c.value()) > 0.6 * extent ? Color.WHITE : ChartStyle.TEXT);
            plot.addAnnotation(a);
        }
        JFreeChart chart = new JFreeChart(text.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart, text);
        NumberAxis legendAxis = new NumberAxis(scaleName);
        legendAxis.setRange(-extent, extent);
        legendAxis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        legendAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(4, 10, 4, 4));
        legend.setStripWidth(14);
        legend.setFrame(BlockBorder.NONE);
        chart.addSubtitle(legend);
        return chart;
    }

    /** White at zero, blending to blue above and vermillion below; grey for noise, light grey where there is no value. */
    static final class Diverging implements PaintScale {
        private final double extent;

        Diverging(double extent) {
            this.extent = extent;
        }

        @Override
        public double getLowerBound() {
            return -extent;
        }

        @Override
        public double getUpperBound() {
            return extent;
        }

        @Override
        public Paint getPaint(double value) {
            if (value == NOISE_CODE) {
                return NOISE;
            }
            if (!Double.isFinite(value)) {
                return EMPTY;
            }
            double t = Math.max(-1, Math.min(1, value / extent));
            Color end = t >= 0 ? POSITIVE : NEGATIVE;
            double k = Math.abs(t);
            return new Color(blend(255, end.getRed(), k), blend(255, end.getGreen(), k), blend(255, end.getBlue(), k));
        }

        private static int blend(int a, int b, double k) {
            return (int) Math.round(a + (b - a) * k);
        }
    }
}

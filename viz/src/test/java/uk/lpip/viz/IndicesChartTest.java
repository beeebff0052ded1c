package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** The indices chart: each input's first- and total-order index with its interval, a negative estimate as it is. */
class IndicesChartTest {
    @Test
    void eachInputHasBothIndicesWithTheirIntervalsTopToBottom() {
        List<IndicesChart.Row> rows = List.of(
                new IndicesChart.Row("x2", 0.44, 0.40, 0.48, 0.45, 0.41, 0.50),
                new IndicesChart.Row("x1", 0.31, 0.27, 0.35, 0.56, 0.50, 0.61),
                new IndicesChart.Row("x3", -0.02, -0.06, 0.03, 0.24, 0.20, 0.29));
        var chart = IndicesChart.of(new ChartText("Sobol indices of the BCR", "test", "Share of variance", "", "Source: test"), rows);
        XIntervalSeriesCollection data = (XIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(3, data.getItemCount(0));
        assertEquals(3, data.getItemCount(1));
        int x2 = at(data, 0, 2 + IndicesChart.OFFSET);
        assertEquals(0.44, data.getXValue(0, x2), 1e-12, "the first row at the top");
        int x3 = at(data, 0, IndicesChart.OFFSET);
        assertEquals(-0.02, data.getXValue(0, x3), 1e-12, "a negative estimate is drawn where it is");
        assertEquals(-0.06, data.getStartXValue(0, x3), 1e-12);
        assertEquals(0.61, data.getEndXValue(1, at(data, 1, 1 - IndicesChart.OFFSET)), 1e-12);
        assertEquals("x3", ((SymbolAxis) chart.getXYPlot().getRangeAxis()).getSymbols()[0]);
        BufferedImage image = PngImages.render(chart, 800, 480);
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(0)) > 200, "first-order marks drawn");
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(1)) > 200, "total-order marks drawn");
    }

    /** The item of a series drawn at height y. */
    private static int at(XIntervalSeriesCollection data, int series, double y) {
        for (int i = 0; i < data.getItemCount(series); i++) {
            if (Math.abs(data.getYValue(series, i) - y) < 1e-9) {
                return i;
            }
        }
        throw new AssertionError("no item at " + y);
    }
}

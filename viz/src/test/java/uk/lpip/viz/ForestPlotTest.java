package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.xy.XIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** Forest plots: every estimate is a row with its interval, drawn headless. */
class ForestPlotTest {
    @Test
    void everyRowIsPlottedWithItsIntervalTopToBottom() {
        List<ForestPlot.Row> rows = List.of(
                new ForestPlot.Row("Whole region", 1.2, 0.4, 2.0, true),
                new ForestPlot.Row("Derry City and Strabane", 3.1, 1.5, 4.7, false),
                new ForestPlot.Row("Belfast", -0.3, -1.1, 0.5, false));
        var chart = ForestPlot.of(new ChartText("Change in employment rate at month 35", "Northern Ireland; 5 replicates",
                "Percentage points", "", "Source: test"), rows);
        XIntervalSeriesCollection data = (XIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(2, data.getItemCount(0), "councils");
        assertEquals(1, data.getItemCount(1), "the region, emphasised");
        assertEquals(2.0, data.getYValue(1, 0), 0.0, "the first row is drawn at the top");
        int derry = data.getYValue(0, 0) == 1.0 ? 0 : 1;
        assertEquals(1.0, data.getYValue(0, derry), 0.0, "the second row");
        assertEquals(3.1, data.getXValue(0, derry), 1e-12);
        assertEquals(1.5, data.getStartXValue(0, derry), 1e-12);
        assertEquals(4.7, data.getEndXValue(0, derry), 1e-12);
        SymbolAxis axis = (SymbolAxis) chart.getXYPlot().getRangeAxis();
        assertEquals("Belfast", axis.getSymbols()[0]);
        BufferedImage image = PngImages.render(chart, 800, 480);
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(0)) > 200, "council estimates drawn");
        assertTrue(TimePathChartTest.countPixels(image, Palette.BLACK) > 200, "region estimate and zero line drawn");
    }
}

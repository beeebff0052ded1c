package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** A sweep's response to one factor: each arm's effects in order of the factor, with intervals. */
class ResponseChartTest {
    private static Map<String, List<ResponseChart.Point>> arms() {
        Map<String, List<ResponseChart.Point>> arms = new LinkedHashMap<>();
        arms.put("skills", List.of(new ResponseChart.Point(340, 0.9, 0.5, 1.3), new ResponseChart.Point(85, 0.2, -0.1, 0.5),
                new ResponseChart.Point(170, 0.45, 0.2, 0.7)));
        arms.put("outreach", List.of(new ResponseChart.Point(85, 0.1, -0.2, 0.4), new ResponseChart.Point(340, 0.3, 0.0, 0.6)));
        return arms;
    }

    @Test
    void oneFactorIsACurveWithABandInFactorOrder() {
        var chart = ResponseChart.of(new ChartText("Employment rate response to places per intake", "5 replicates",
                "Places per intake", "Percentage points", "Source: test"), arms(), true);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(3, data.getItemCount(0));
        assertEquals(85.0, data.getXValue(0, 0), 0.0, "sorted by the factor");
        assertEquals(-0.1, data.getStartYValue(0, 0), 1e-12);
        assertEquals(1.3, data.getEndYValue(0, 2), 1e-12);
        assertInstanceOf(DeviationRenderer.class, chart.getXYPlot().getRenderer());
        BufferedImage image = PngImages.render(chart, 800, 480);
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(0)) > 300, "first arm's line drawn");
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(1)) > 300, "second arm's line drawn");
    }

    @Test
    void severalFactorsAreDotsWithTheirOwnIntervals() {
        var chart = ResponseChart.of(new ChartText("Employment rate response to completion", "Latin hypercube",
                "Completion probability", "Percentage points", "Source: test"), arms(), false);
        assertInstanceOf(XYErrorRenderer.class, chart.getXYPlot().getRenderer());
        BufferedImage image = PngImages.render(chart, 800, 480);
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(0)) > 100, "dots and bars drawn");
    }
}

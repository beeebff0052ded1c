package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

/** The Hub's matrix and two-factor sweeps as a heat map: every cell placed, coloured and labelled. */
class HeatMapTest {
    private static final List<String> ROWS = List.of("skills", "outreach");
    private static final List<String> COLUMNS = List.of("Rural Wales", "Forth Valley", "Northern Ireland");

    @Test
    void everyCellIsPlacedAndLabelledWithItsValueAndSignificance() {
        List<HeatMap.Cell> cells = List.of(
                new HeatMap.Cell(0, 0, 0.40, true), new HeatMap.Cell(0, 1, 0.10, false), new HeatMap.Cell(0, 2, 1.20, true),
                new HeatMap.Cell(1, 0, -0.30, false), new HeatMap.Cell(1, 1, 0.05, false), new HeatMap.Cell(1, 2, Double.NaN, false));
        var chart = HeatMap.of(new ChartText("Change in employment rate, percentage points", "3 replicates", "Place",
                "Package", "Source: test"), ROWS, COLUMNS, cells, "%+.2f", "Percentage points");
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        assertEquals(6, data.getItemCount(0));
        assertEquals(2.0, data.getXValue(0, 2), 0.0, "third column");
        assertEquals(1.0, data.getYValue(0, 0), 0.0, "first row drawn at the top");
        assertEquals("skills", ((SymbolAxis) chart.getXYPlot().getRangeAxis()).getSymbols()[1]);
        List<String> labels = chart.getXYPlot().getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertTrue(labels.containsAll(List.of("+0.40*", "+0.10", "+1.20*", "-0.30", "+0.05", "–")), labels.toString());

        BufferedImage image = PngImages.render(chart, 800, 480);
        assertEquals(1600, image.getWidth(), "2x resolution");
        assertTrue(TimePathChartTest.countPixels(image, HeatMap.POSITIVE) > 2000, "the largest gain is full blue");
        assertTrue(TimePathChartTest.countPixels(image, HeatMap.EMPTY) > 2000, "a missing estimate is grey");
        Color loss = (Color) new HeatMap.Diverging(1.2).getPaint(-0.30);
        assertTrue(TimePathChartTest.countPixels(image, loss) > 2000, "a loss is tinted vermillion");
    }

    @Test
    void theScaleIsSymmetricSoEqualSizesLookEquallyStrong() {
        HeatMap.Diverging scale = new HeatMap.Diverging(2.0);
        Color gain = (Color) scale.getPaint(1.0);
        Color loss = (Color) scale.getPaint(-1.0);
        int gainDepth = 3 * 255 - gain.getRed() - gain.getGreen() - gain.getBlue();
        int lossDepth = 3 * 255 - loss.getRed() - loss.getGreen() - loss.getBlue();
        assertEquals(Color.WHITE, scale.getPaint(0.0));
        assertEquals(HeatMap.POSITIVE, scale.getPaint(5.0), "clamped at the extent");
        double gainFull = 3 * 255 - HeatMap.POSITIVE.getRed() - HeatMap.POSITIVE.getGreen() - HeatMap.POSITIVE.getBlue();
        double lossFull = 3 * 255 - HeatMap.NEGATIVE.getRed() - HeatMap.NEGATIVE.getGreen() - HeatMap.NEGATIVE.getBlue();
        assertEquals(0.5, gainDepth / gainFull, 0.01, "half the extent is half way to blue");
        assertEquals(0.5, lossDepth / lossFull, 0.01, "and half way to vermillion");
    }

    @Test
    void aCellWhoseIntervalIncludesZeroIsGreyedOutWithItsValueStillWritten() {
        // a large noisy estimate must not look like the strongest effect
        List<HeatMap.Cell> cells = List.of(new HeatMap.Cell(0, 0, 0.40, true, false), new HeatMap.Cell(0, 1, 1.50, false, true),
                new HeatMap.Cell(1, 0, -0.30, true, false), new HeatMap.Cell(1, 1, Double.NaN, false, false));
        var chart = HeatMap.of(new ChartText("Change in employment rate, percentage points", "3 replicates", "Place",
                "Package", "Source: test"), ROWS, COLUMNS.subList(0, 2), cells, "%+.2f", "Percentage points");
        XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
        assertEquals(HeatMap.NOISE, new HeatMap.Diverging(0.4).getPaint(data.getZValue(0, 1)), "the noisy cell is grey");
        List<String> labels = chart.getXYPlot().getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertTrue(labels.contains("+1.50"), "its value is still written: " + labels);
        BufferedImage image = PngImages.render(chart, 800, 480);
        assertTrue(TimePathChartTest.countPixels(image, HeatMap.NOISE) > 2000, "drawn grey");
        assertTrue(TimePathChartTest.countPixels(image, HeatMap.EMPTY) > 2000, "a missing estimate a lighter grey");
        assertTrue(TimePathChartTest.countPixels(image, HeatMap.POSITIVE) > 2000, "the noise does not stretch the scale: the clear gain, the largest clear one, is full blue");
    }
}

package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class TimePathChartTest {
    private static Series line(String name, double level, boolean emphasised) {
        int n = 36;
        int[] months = new int[n];
        double[] values = new double[n];
        for (int m = 0; m < n; m++) {
            months[m] = m;
            values[m] = level + 0.01 * Math.sin(m / 3.0);
        }
        return new Series(name, months, values, emphasised);
    }

    static int countPixels(BufferedImage image, Color colour) {
        int target = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == target) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void drawsEverySeriesInItsPaletteColourAtTwiceTheSize() throws IOException {
        ChartText text = new ChartText("Employment rate, ages 16–64", "Test place, by council",
                "Month after burn-in", "% of working-age population", "Source: test");
        List<Series> series = List.of(line("North", 0.74, false), line("South", 0.70, false), line("Whole region", 0.72, true));
        JFreeChart chart = TimePathChart.of(text, series, true);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PngImages.write(chart, 800, 480, png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertEquals(1600, image.getWidth());
        assertEquals(960, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "not blank: " + colours.size() + " colours");
        assertTrue(countPixels(image, Palette.series(0)) > 500, "first council drawn in blue");
        assertTrue(countPixels(image, Palette.series(1)) > 500, "second council drawn in vermillion");
        assertTrue(countPixels(image, Palette.BLACK) > 500, "region drawn in black");
        XYPlot plot = chart.getXYPlot();
        assertEquals(3, plot.getDataset().getSeriesCount());
        assertEquals("Whole region", plot.getDataset().getSeriesKey(2));
        assertEquals(74.0, plot.getDataset().getYValue(0, 0), 1e-9, "shares are drawn as percentages");
        assertFalse(plot.getRangeAxis().getLabel().isBlank(), "axis labelled with its unit");
    }

    @Test
    void missingValuesLeaveGapsRatherThanFailing() {
        Series withGap = new Series("Gappy", new int[] {0, 1, 2}, new double[] {1, Double.NaN, 3}, false);
        JFreeChart chart = TimePathChart.of(new ChartText("t", null, "x", "y", "s"), List.of(withGap), false);
        BufferedImage image = PngImages.render(chart, 400, 300);
        assertEquals(800, image.getWidth());
        assertEquals(null, chart.getXYPlot().getDataset().getY(0, 1));
    }
}

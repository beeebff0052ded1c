package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/** Fan charts: the right median and band, one fan per arm, drawn headless. */
class FanChartTest {
    @Test
    void theBandRunsFromThe5thToThe95thPercentileAroundTheMedian() {
        double[][] reps = new double[21][1];
        for (int r = 0; r <= 20; r++) {
            reps[r][0] = r;   // 0..20
        }
        FanChart.Band b = FanChart.bands(reps)[0];
        assertEquals(10.0, b.median(), 1e-12);
        assertEquals(1.0, b.low(), 1e-12);
        assertEquals(19.0, b.high(), 1e-12);
    }

    @Test
    void eachArmGetsAFanAndTheChartIsDrawn() {
        Random rng = new Random(4);
        double[][] base = new double[10][24];
        double[][] arm = new double[10][24];
        for (int r = 0; r < 10; r++) {
            for (int m = 0; m < 24; m++) {
                base[r][m] = 0.74 + 0.01 * rng.nextGaussian();
                arm[r][m] = base[r][m] + 0.002 * m / 24.0;
            }
        }
        var chart = FanChart.of(new ChartText("Employment rate, ages 16–64", "Fixture, whole region", "Month after burn-in",
                "% of working-age population", "Source: test"),
                List.of(new FanChart.Fan("Baseline", base, true), new FanChart.Fan("With interventions", arm, false)), true);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(24, data.getItemCount(0));
        assertTrue(data.getStartYValue(0, 5) < data.getYValue(0, 5) && data.getYValue(0, 5) < data.getEndYValue(0, 5));
        assertTrue(data.getYValue(0, 5) > 70 && data.getYValue(0, 5) < 78, "percent scale");
        BufferedImage image = PngImages.render(chart, 800, 480);
        assertTrue(TimePathChartTest.countPixels(image, Palette.BLACK) > 300, "the baseline's median line");
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(0)) > 100, "the arm's median line");
        assertTrue(countNear(image, new Color(0, 114, 178), 0.18f) > 1000, "the arm's band is shaded");
    }

    @Test
    void fromFewerThanFiveReplicatesEachReplicateIsALineAndNoBandIsShaded() {
        double[][] base = new double[3][24];
        double[][] arm = new double[3][24];
        Random rng = new Random(9);
        for (int r = 0; r < 3; r++) {
            for (int m = 0; m < 24; m++) {
                base[r][m] = 0.74 + 0.01 * rng.nextGaussian();
                arm[r][m] = base[r][m] + 0.002;
            }
        }
        assertTrue(!FanChart.hasBands(4) && FanChart.hasBands(5));
        var chart = FanChart.of(new ChartText("Employment rate", "Fixture", "Month", "%", "Source: test"),
                List.of(new FanChart.Fan("Baseline", base, true), new FanChart.Fan("With interventions", arm, false)), true);
        var plot = chart.getXYPlot();
        assertTrue(!(plot.getRenderer() instanceof org.jfree.chart.renderer.xy.DeviationRenderer), "no band renderer");
        assertEquals(6, plot.getDataset().getSeriesCount(), "three lines per arm");
        assertEquals(74.0, plot.getDataset().getYValue(0, 0), 5.0, "percent scale");
        assertEquals(base[2][7] * 100, plot.getDataset().getYValue(2, 7), 1e-9, "each replicate's own path");
        assertEquals(2, plot.getLegendItems().getItemCount(), "one legend entry per arm");
        assertTrue(plot.getLegendItems().get(0).getLabel().contains("no band from fewer than 5"),
                plot.getLegendItems().get(0).getLabel());
        BufferedImage image = PngImages.render(chart, 800, 480);
        double[][] five = java.util.Arrays.copyOf(arm, 5);
        five[3] = arm[0].clone();
        five[4] = arm[1].clone();
        var banded = FanChart.of(new ChartText("Employment rate", "Fixture", "Month", "%", "Source: test"),
                List.of(new FanChart.Fan("With interventions", five, false)), true);
        int shaded = countNear(PngImages.render(banded, 800, 480), new Color(0, 114, 178), 0.18f);
        int edges = countNear(image, new Color(0, 114, 178), 0.18f);   // only the lines' anti-aliased edges
        assertTrue(edges * 5 < shaded, "nothing shaded: " + edges + " light pixels against " + shaded + " with a band");
        assertTrue(TimePathChartTest.countPixels(image, Palette.series(0)) > 100, "the arm's lines");
    }

    /** Pixels close to a colour blended at {@code alpha} over white. */
    private static int countNear(BufferedImage image, Color c, float alpha) {
        int r = Math.round(255 + alpha * (c.getRed() - 255));
        int g = Math.round(255 + alpha * (c.getGreen() - 255));
        int b = Math.round(255 + alpha * (c.getBlue() - 255));
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color p = new Color(image.getRGB(x, y));
                if (Math.abs(p.getRed() - r) < 12 && Math.abs(p.getGreen() - g) < 12 && Math.abs(p.getBlue() - b) < 12) {
                    n++;
                }
            }
        }
        return n;
    }
}

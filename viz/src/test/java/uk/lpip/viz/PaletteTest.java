package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.junit.jupiter.api.Test;

/** The line palette: enough distinguishable colours for Northern Ireland's eleven councils, and dash patterns besides. */
class PaletteTest {
    /** CIE L*a*b* of an sRGB colour (D65 white). */
    static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double linear(int v) {
        double s = v / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    static double deltaE(Color a, Color b) {
        double[] p = lab(a);
        double[] q = lab(b);
        return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
    }

    /** WCAG contrast ratio against white. */
    static double contrastOnWhite(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return 1.05 / (l + 0.05);
    }

    @Test
    void twelveColoursEveryPairDistinguishableAndVisibleOnWhite() {
        assertTrue(Palette.size() >= 12, "at least 12 colours, was " + Palette.size());
        for (int i = 0; i < Palette.size(); i++) {
            assertTrue(contrastOnWhite(Palette.series(i)) >= 2.0, "colour " + i + " too faint on white: "
                    + contrastOnWhite(Palette.series(i)));
            assertTrue(deltaE(Palette.series(i), Palette.BLACK) >= 20, "colour " + i + " too close to the region's black");
            for (int j = i + 1; j < Palette.size(); j++) {
                double d = deltaE(Palette.series(i), Palette.series(j));
                assertTrue(d >= 20, "colours " + i + " and " + j + " are only ΔE " + d + " apart");
            }
        }
    }

    @Test
    void linesCycleThroughSolidDashedAndDotted() {
        assertNull(Palette.dash(0));
        assertNotEquals(null, Palette.dash(1));
        assertNotEquals(null, Palette.dash(2));
        assertNotEquals(Palette.dash(1)[1], Palette.dash(2)[0], "dashed and dotted differ");
        assertNull(Palette.dash(3));
        assertEquals(1.8f, Palette.line(4, 1.8f).getLineWidth());
    }

    @Test
    void elevenCouncilsGetElevenColoursAndNeighboursDifferInPatternToo() {
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < 11; c++) {
            series.add(new Series("Council " + c, new int[] {0, 1, 2}, new double[] {0.70 + c / 1000.0, 0.71, 0.72}, false));
        }
        series.add(new Series("Whole region", new int[] {0, 1, 2}, new double[] {0.7, 0.71, 0.72}, true));
        JFreeChart chart = TimePathChart.of(new ChartText("t", null, "x", "y", "s"), series, true);
        XYItemRenderer r = chart.getXYPlot().getRenderer();
        Set<Color> colours = new HashSet<>();
        for (int i = 0; i < 11; i++) {
            colours.add((Color) r.getSeriesPaint(i));
            if (i > 0) {
                assertNotEquals(java.util.Arrays.toString(((BasicStroke) r.getSeriesStroke(i)).getDashArray()),
                        java.util.Arrays.toString(((BasicStroke) r.getSeriesStroke(i - 1)).getDashArray()),
                        "councils " + (i - 1) + " and " + i + " share a dash pattern");
            }
        }
        assertEquals(11, colours.size(), "no two councils share a colour");
        assertEquals(Palette.BLACK, r.getSeriesPaint(11), "the region is black");
    }
}

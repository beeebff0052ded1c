package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

/** Anchored axes: noise in a level is not stretched to fill the chart; an effect's axis includes zero. */
class AxesTest {
    private static Series wobble(String name, double level, double amplitude) {
        int[] months = new int[24];
        double[] values = new double[24];
        for (int m = 0; m < 24; m++) {
            months[m] = m;
            values[m] = level + amplitude * Math.sin(m);
        }
        return new Series(name, months, values, false);
    }

    private static Range rangeOf(JFreeChart chart) {
        return chart.getXYPlot().getRangeAxis().getRange();
    }

    @Test
    void aRateThatWobblesByATenthOfAPointIsDrawnOnATenPointSpanAroundIt() {
        // 72% ± 0.1 pp: auto-ranging would spread 0.2 pp over the whole height
        JFreeChart chart = TimePathChart.of(new ChartText("t", null, "x", "%", "s"), List.of(wobble("A", 0.72, 0.001)), true);
        Range r = rangeOf(chart);
        assertEquals(Axes.RATE_SPAN_POINTS, r.getLength(), 1e-9);
        assertEquals(72.0, r.getCentralValue(), 0.01);
    }

    @Test
    void aLowRateIsAnchoredAtZeroAndAWideSpreadIsNotClipped() {
        Range low = rangeOf(TimePathChart.of(new ChartText("t", null, "x", "%", "s"), List.of(wobble("A", 0.02, 0.005)), true));
        assertEquals(0.0, low.getLowerBound(), 1e-12, "a 2% rate: the axis starts at zero, not below");
        assertEquals(Axes.RATE_SPAN_POINTS, low.getUpperBound(), 1e-9);
        Range wide = rangeOf(TimePathChart.of(new ChartText("t", null, "x", "%", "s"),
                List.of(wobble("A", 0.60, 0.001), wobble("B", 0.80, 0.001)), true));
        assertTrue(wide.getLowerBound() <= 59.9 && wide.getUpperBound() >= 80.1, "both lines inside the axis: " + wide);
    }

    @Test
    void anotherLevelSpansAtLeastAFifthOfItsSize() {
        // a median wage of £2,100 a month moving by £5
        Range r = rangeOf(TimePathChart.of(new ChartText("t", null, "x", "£", "s"), List.of(wobble("A", 2100, 5)), false));
        assertEquals(Axes.LEVEL_SPAN_SHARE * 2105, r.getLength(), 1.0);
        assertTrue(r.contains(2095) && r.contains(2105));
    }

    @Test
    void fanChartsAreAnchoredToo() {
        double[][] reps = new double[6][12];
        for (int r = 0; r < 6; r++) {
            for (int m = 0; m < 12; m++) {
                reps[r][m] = 0.05 + 0.0005 * Math.sin(r + m);
            }
        }
        Range range = rangeOf(FanChart.of(new ChartText("t", null, "x", "%", "s"), List.of(new FanChart.Fan("B", reps, true)), true));
        assertEquals(0.0, range.getLowerBound(), 1e-12);
        assertEquals(Axes.RATE_SPAN_POINTS, range.getUpperBound(), 1e-9);
    }

    @Test
    void effectsAreDrawnOnAxesThatIncludeZero() {
        // every estimate well above zero: the axis still reaches the "no effect" line
        JFreeChart forest = ForestPlot.of(new ChartText("t", null, "pp", "", "s"), List.of(
                new ForestPlot.Row("A", 0.50, 0.45, 0.55, false), new ForestPlot.Row("B", 0.60, 0.52, 0.68, true)));
        assertTrue(forest.getXYPlot().getDomainAxis().getRange().contains(0), "forest plot reaches zero");
        JFreeChart response = ResponseChart.of(new ChartText("t", null, "x", "pp", "s"), java.util.Map.of("arm", List.of(
                new ResponseChart.Point(1, 0.5, 0.45, 0.55), new ResponseChart.Point(2, 0.6, 0.55, 0.65))), true);
        assertTrue(response.getXYPlot().getRangeAxis().getRange().contains(0), "response chart reaches zero");
    }
}

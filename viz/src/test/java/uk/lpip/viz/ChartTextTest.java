package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/** Titles are wrapped in one pass, so no text, however long or unbroken, can stall drawing a chart. */
class ChartTextTest {
    @Test
    void wrapsAtSpacesCutsWordsLongerThanALineAndKeepsAtMostTheGivenLines() {
        assertEquals("Employment\nrate, ages\n16–64", ChartText.wrap("Employment rate, ages 16–64", 10, 3));
        assertEquals("abcd\nefgh\nij", ChartText.wrap("abcdefghij", 4, 3));
        assertEquals("a bb\nccc", ChartText.wrap("  a   bb\nccc ", 4, 3), "runs of spaces and line breaks become one break");
        assertEquals("one\ntwo…", ChartText.wrap("one two three", 4, 2), "text left over ends in an ellipsis");
        assertEquals("short", ChartText.wrap("short", 80, 3));
    }

    @Test
    void anUnbrokenTwentyThousandCharacterStringWrapsInMilliseconds() {
        String wrapped = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> ChartText.wrap("x".repeat(20_000), 80, 3));
        List<String> lines = wrapped.lines().toList();
        assertEquals(3, lines.size());
        assertEquals("x".repeat(80), lines.get(0));
        assertEquals("x".repeat(80) + "…", lines.get(2));
    }

    @Test
    void aChartWithTwentyThousandCharacterTitlesIsDrawnPromptly() {
        String huge = "x".repeat(20_000);
        Series s = new Series("s", new int[] {0, 1, 2}, new double[] {1, 2, 3}, false);
        BufferedImage image = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            JFreeChart chart = TimePathChart.of(new ChartText(huge, huge, "x", "y", huge), List.of(s), false);
            return PngImages.render(chart, 800, 480);
        });
        assertEquals(1600, image.getWidth());
        assertTrue(image.getHeight() > 0);
    }
}

package uk.lpip.runs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The comparison text never calls an estimate whose interval includes zero a gain or the best. */
class CompareSummaryTest {
    private static final Pattern MOST = Pattern.compile("most in (P\\d\\d) ");
    private static final Pattern BEST = Pattern.compile("best value for money is in (P\\d\\d):");
    private static final Pattern LOWERS = Pattern.compile("(P\\d\\d) \\(");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597})
    void noPlaceWhoseIntervalIncludesZeroIsCalledAGainOrTheBest(long seed) {
        Random rnd = new Random(seed);
        List<CompareSummary.Estimate> list = new ArrayList<>();
        int n = 2 + rnd.nextInt(10);
        for (int i = 0; i < n; i++) {
            double mean = rnd.nextGaussian() * 0.3;
            double half = rnd.nextInt(5) == 0 ? Double.NaN : Math.abs(rnd.nextGaussian()) * 0.4;   // NaN: one replicate
            double bcr = rnd.nextGaussian() * 3;   // noise can have the highest ratio
            list.add(new CompareSummary.Estimate(String.format("P%02d", i), new double[] {mean, mean - half, mean + half},
                    new double[] {bcr, bcr - 1, bcr + 1}, 1e6, 20_000));
        }
        String text = String.join("\n", CompareSummary.lines("skills", list));
        for (Pattern p : List.of(MOST, BEST)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                CompareSummary.Estimate e = list.get(Integer.parseInt(m.group(1).substring(1)));
                assertTrue(e.rate()[1] > 0, "named as a gain or the best with an interval that includes zero: " + m.group()
                        + " " + java.util.Arrays.toString(e.rate()) + "\n" + text);
            }
        }
        int lowers = text.indexOf("it lowers it in ");
        if (lowers >= 0) {
            Matcher m = LOWERS.matcher(text.substring(lowers, text.indexOf(';', lowers) < 0 ? text.indexOf('.', lowers)
                    : Math.min(text.indexOf(';', lowers), text.indexOf('\n', lowers) < 0 ? Integer.MAX_VALUE : text.indexOf('\n', lowers))));
            while (m.find()) {
                assertTrue(list.get(Integer.parseInt(m.group(1).substring(1))).rate()[2] < 0, "a loss named only when clear: " + text);
            }
        }
        boolean anyGain = list.stream().anyMatch(e -> e.rate()[1] > 0);
        assertEquals(anyGain, BEST.matcher(text).find(), "a best value exactly when some place is a clear gain:\n" + text);
    }

    @Test
    void theHighestRatioWithNoisyJobsIsNotTheBestValue() {
        // the issue's case: the lowest, negative-looking estimate had the highest ratio and was called the best value
        List<CompareSummary.Estimate> list = List.of(
                new CompareSummary.Estimate("P00", new double[] {-0.05, -0.60, 0.50}, new double[] {6.0, -2.0, 14.0}, 1e6, 90_000),
                new CompareSummary.Estimate("P01", new double[] {0.02, -0.40, 0.44}, new double[] {1.2, -3.0, 5.4}, 1e6, 80_000));
        List<String> lines = CompareSummary.lines("skills", list);
        String text = String.join("\n", lines);
        assertFalse(BEST.matcher(text).find(), text);
        assertFalse(MOST.matcher(text).find(), text);
        assertTrue(text.contains("in none of the 2 places") && text.contains("cannot be told from noise"), text);
        assertTrue(lines.get(1).startsWith("No best value for money is named"), text);
        // what the noisy intervals still say: no rise above the highest upper end (+0.50 pp, P00's)
        assertTrue(text.contains("each interval there rules out a rise of more than +0.50 percentage points"), text);
    }

    @Test
    void aRatioWhoseIntervalExcludesBreakEvenIsSaidEvenWhenTheJobsAreNoise() {
        List<CompareSummary.Estimate> list = List.of(
                new CompareSummary.Estimate("P00", new double[] {0.03, -0.07, 0.13}, new double[] {14.7, 6.9, 22.5}, 1e6, 20_000),
                new CompareSummary.Estimate("P01", new double[] {-0.01, -0.06, 0.05}, new double[] {-2.8, -9.0, 3.4}, 1e6, 20_000),
                new CompareSummary.Estimate("P02", new double[] {0.00, -0.05, 0.05}, new double[] {0.2, -0.3, 0.7}, 1e6, 20_000));
        String text = String.join("\n", CompareSummary.lines("outreach", list));
        assertTrue(text.contains("pays for itself to UK society (the benefit–cost ratio's 95% interval lies above 1) "
                + "in P00 (14.7 [6.9, 22.5])"), text);
        assertTrue(text.contains("; it costs UK society more than it returns (the interval lies below 1) in P02 (0.2 [-0.3, 0.7])"),
                text);
        assertFalse(text.contains("P01 (-2.8"), "an interval spanning 1 is named neither way: " + text);
        assertFalse(BEST.matcher(text).find(), "still no best value among noisy employment effects: " + text);
    }
}

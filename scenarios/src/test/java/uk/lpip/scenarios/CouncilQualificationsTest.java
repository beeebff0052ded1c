package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

/**
 * Jobs need qualifications: people apply to posts at their own qualification level (and, unemployed, a
 * share one above), and a council's jobs ask for its sectors' skill mixes, not for the qualifications of
 * the people who live there. So a council given many more residents at the lowest level than its jobs
 * need (Moorland in the demo, 40% instead of the region's share) has more of them unemployed, and lower
 * employment, than the same place without; the neighbouring council, whose people are unchanged, moves
 * far less. This is why the council skill shares carry the published no-qualification share over as a
 * difference in points (docs/data-sources.md, "Councils"): scaled as a ratio, Doncaster's put half its
 * adults at the lowest level and its simulated unemployment near 9% against a published 3.2%.
 */
class CouncilQualificationsTest {
    private static final long[] SEEDS = {20260101L, 7L, 11L};

    private static ModelConfig demo(List<String> sets) {
        try {
            ModelConfig c = ScenarioLoader.load("demo", sets).baseline().model();
            return c.withRun(c.run().withBurnIn(36).withMonths(24));
        } catch (ScenarioException e) {
            throw new AssertionError(String.join("\n", ScenarioLoader.lines(e)));
        }
    }

    /** Mean over the recorded months and the seeds of {@code metric} in each council (riverton, moorland). */
    private static double[] councilMeans(ModelConfig config, Metric metric) {
        double[] out = new double[2];
        String[] councils = {"council:riverton", "council:moorland"};
        for (long seed : SEEDS) {
            MetricsTable table;
            try (EconomyModel model = new EconomyModel(config.withRun(config.run().withSeed(seed)), 2)) {
                table = model.run();
            }
            for (int c = 0; c < councils.length; c++) {
                int area = table.areas().indexOf(councils[c]);
                double sum = 0;
                for (int m = 0; m < table.monthCount(); m++) {
                    sum += table.value(m, area, metric);
                }
                out[c] += sum / table.monthCount() / SEEDS.length;
            }
        }
        return out;
    }

    @Test
    void aCouncilWhosePeopleLackTheQualificationsItsJobsNeedHasMoreUnemployment() {
        ModelConfig asIs = demo(List.of());
        List<String> sets = new ArrayList<>();
        for (String kv : new String[] {"none=0.40", "low=0.20", "medium=0.16", "high=0.24"}) {
            sets.add("region.councils[1].population.adult_skill_shares." + kv);
        }
        ModelConfig lowSkilled = demo(sets);
        double[] uBefore = councilMeans(asIs, Metric.UNEMPLOYMENT_RATE);
        double[] uAfter = councilMeans(lowSkilled, Metric.UNEMPLOYMENT_RATE);
        double[] eBefore = councilMeans(asIs, Metric.EMPLOYMENT_RATE);
        double[] eAfter = councilMeans(lowSkilled, Metric.EMPLOYMENT_RATE);
        String report = String.format(Locale.ROOT,
                "unemployment riverton %.1f%% -> %.1f%%, moorland %.1f%% -> %.1f%%; employment riverton %.1f%% -> %.1f%%,"
                        + " moorland %.1f%% -> %.1f%%", 100 * uBefore[0], 100 * uAfter[0], 100 * uBefore[1], 100 * uAfter[1],
                100 * eBefore[0], 100 * eAfter[0], 100 * eBefore[1], 100 * eAfter[1]);
        System.out.println(report);
        assertTrue(uAfter[1] - uBefore[1] > 0.03, "Moorland's unemployment rises by more than 3 points: " + report);
        assertTrue(eBefore[1] - eAfter[1] > 0.03, "Moorland's employment falls by more than 3 points: " + report);
        assertTrue(eBefore[1] - eAfter[1] > 2 * (eBefore[0] - eAfter[0]),
                "Moorland's employment falls more than twice as far as Riverton's: " + report);
    }
}

package uk.lpip.runs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioLoader;

/** The run report's headline: replicate means with intervals at full scale, interventions by name and place, caveats up front. */
class HeadlineTest {
    @TempDir
    Path tmp;

    private Path effects(String rate, String employed, int replicates) throws Exception {
        String h = "area,metric,month,mean_difference,ci_low,ci_high,baseline_sd,replicates,scale,run,experiment\n";
        return Files.writeString(tmp.resolve("effects-" + replicates + rate.hashCode() + ".csv"), h
                + "region:dales,employment_rate,0,0,0,0,0," + replicates + ",0.05,r,\n"
                + "region:dales,employment_rate,7," + rate + ",0.001," + replicates + ",0.05,r,\n"
                + "region:dales,employed,7," + employed + ",10," + replicates + ",0.05,r,\n"
                + "council:north,employment_rate,7,0.5,0.4,0.6,0.001," + replicates + ",0.05,r,\n");
    }

    @Test
    void theHeadlineIsTheMeanWithItsIntervalAndSaysWhenItIncludesZero() throws Exception {
        String clear = Headline.effect(effects("0.004,0.001,0.007", "320,80,560", 5), "Dales");
        assertEquals("With the interventions, the employment rate in Dales at the end of the recorded period is +0.40 percentage "
                + "points (95% interval +0.10 to +0.70) and 320 more residents are employed (80 to 560), at full scale, the mean "
                + "of 5 paired replicates. The interval excludes zero.", clear);
        String noise = Headline.effect(effects("0.002,-0.001,0.005", "150,-60,360", 3), "Dales");
        assertTrue(noise.contains("+0.20 percentage points (95% interval -0.10 to +0.50) and 150 more residents are employed "
                + "(-60 to 360)"), noise);
        assertTrue(noise.contains("The interval includes zero: at this precision the change cannot be told from chance"), noise);
        String one = Headline.effect(effects("0.002,NaN,NaN", "150,NaN,NaN", 1), "Dales");
        assertTrue(one.contains("from one replicate: with no interval this cannot be told from chance"), one);
    }

    @Test
    void interventionsAreNamedWithTheirPlacesAndTheCaveatsSayWhatTheIntervalsLeaveOut() throws Exception {
        Scenario s = ScenarioLoader.load("yorkshire-humber-skills", List.of());
        List<String> lines = Headline.interventions(s);
        assertEquals(s.interventions().size(), lines.size());
        for (String line : lines) {
            assertTrue(line.matches("'.+', a .+, ran in .+ from month \\d+ to month \\d+, funded by .+\\."), line);
            assertTrue(!line.matches(".*ran in [a-z-]+ .*"), "names, not ids: " + line);
        }
        String caveats = String.join(" ", Headline.uncertainty(5, true));
        assertTrue(caveats.contains("not a forecast") && caveats.contains("model's structure")
                && caveats.contains("evidence behind the levers") && caveats.contains("5 paired replicates"), caveats);
        assertEquals(3, Headline.uncertainty(1, true).size(), "two or three caveats up front");
        assertTrue(String.join(" ", Headline.uncertainty(1, true)).contains("so there are no intervals yet"));
    }
}

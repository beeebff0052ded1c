package uk.lpip.runs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts in a report are ordered by meaning, effects before context, not by file name. */
class ChartOrderTest {
    @TempDir
    Path tmp;

    private static List<String> captions(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<figcaption>([^<]+)\\.png</figcaption>").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private Path charts(String... names) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("charts"));
        for (String n : names) {
            Files.write(dir.resolve(n + ".png"), new byte[] {1, 2, 3});
        }
        return dir;
    }

    @Test
    void aPairedRunShowsItsEffectsFirstThenThePlaceOverTime() throws Exception {
        Path dir = charts("appraisal", "arms_discouraged_rate", "arms_employment_rate", "discouraged_rate", "employment_rate",
                "fan_employment_rate", "forest_discouraged_rate", "forest_employment_rate", "forest_unemployment_rate",
                "inactivity_rate", "median_monthly_wage", "unemployment_rate", "water_delivered", "zz_new_chart");
        Html h = new Html();
        h.figures(dir, ChartOrder.run(true, null));
        assertEquals(List.of("forest_employment_rate", "forest_unemployment_rate", "forest_discouraged_rate", "appraisal",
                "fan_employment_rate", "arms_employment_rate", "arms_discouraged_rate", "employment_rate", "unemployment_rate",
                "inactivity_rate", "discouraged_rate", "median_monthly_wage", "water_delivered", "zz_new_chart"),
                captions(h.toString()));
        String html = h.toString();
        assertTrue(html.indexOf("<h3>Effects of the interventions</h3>") < html.indexOf("<h3>Context")
                && html.indexOf("<h3>Context") < html.indexOf("<h3>Other charts</h3>"), html.replaceAll("base64,[^\"]+", ""));
    }

    @Test
    void aComparisonShowsTheEffectsBeforeValueForMoneyAndASweepItsResponsesBeforeItsSensitivity() throws Exception {
        Path dir = charts("compare_employment_rate", "matrix_bcr", "matrix_employment_rate");
        Html h = new Html();
        h.figures(dir, ChartOrder.compare());
        assertEquals(List.of("compare_employment_rate", "matrix_employment_rate", "matrix_bcr"), captions(h.toString()));
        Path sweep = Files.createDirectories(tmp.resolve("sweep"));
        for (String n : List.of("heatmap_training", "morris_employment_rate_training", "response_places", "sobol_x_training")) {
            Files.write(sweep.resolve(n + ".png"), new byte[] {1});
        }
        Html s = new Html();
        s.figures(sweep, ChartOrder.sweep());
        assertEquals(List.of("response_places", "heatmap_training", "sobol_x_training", "morris_employment_rate_training"),
                captions(s.toString()));
    }

    @Test
    void theFanNoteExplainsAMissingBandOnlyWhereThereIsNone() {
        assertNull(RunReport.fanNote(1), "one replicate: no fan charts at all");
        assertTrue(RunReport.fanNote(3).contains("each of the 3 replicates as its own line"));
        assertTrue(RunReport.fanNote(4).contains("at least 5 replicates"));
        assertNull(RunReport.fanNote(5), "five replicates get a band");
    }
}

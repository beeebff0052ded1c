package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.engine.ParallelChunks;

/** A sweep states its planned runs and an estimated time; a large one starts only when confirmed. */
class SweepEstimateTest {
    @TempDir
    Path tmp;

    /** 1 point × 2 arms × 501 replicates = 1,002 runs: just above the confirmation threshold. */
    private Path largeExperiment() throws IOException {
        Files.writeString(tmp.resolve("place.yaml"), String.join("\n",
                "extends: demo",
                "name: large-place",
                "run: {months: 6, burn_in_months: 2}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 4, funder: uk_government,",
                "     intake: monthly, places_per_intake: 20, cost_per_place: 2400}",
                ""));
        return Files.writeString(tmp.resolve("large.yaml"), String.join("\n",
                "name: large",
                "scenario: place.yaml",
                "replicates: 501",
                "factors:",
                "  - {path: \"interventions[0].places_per_intake\", values: [20]}",
                ""));
    }

    @Test
    void aLargeSweepWithoutATerminalIsRefusedWithTheNumbersAndNothingIsWritten() throws IOException {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("sweep", largeExperiment().toString(), "--out", out.toString(), "--jobs", "1");
        assertEquals(2, r.exitCode(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals("lpip sweep: large: 1 design point × 2 arms × 501 replicates = 1002 runs; 1002 to run, 1 at a time",
                lines.get(0));
        assertTrue(lines.get(1).matches("lpip sweep: estimated time \\d+m\\d\\ds for 1,002 runs, 1 at a time \\(rough: from "
                + "the scenario's size and months, not a trial; see docs/experiments.md\\)"), lines.get(1));
        assertEquals("lpip sweep: 1,002 runs to do is more than 1,000 and standard input is not a terminal to ask on; "
                + "add --yes to start it (nothing was written)", lines.get(2));
        assertEquals(3, lines.size(), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aLargeSweepGoesOnWithYesOrAnAnswerOfYesAndOnlyThen() {
        List<String> asked = new ArrayList<>();
        StringWriter text = new StringWriter();
        PrintWriter err = new PrintWriter(text, true);
        assertTrue(SweepEstimate.confirm(err, 1_000, false, p -> fail(asked, p)), "at the threshold nobody is asked");
        assertTrue(SweepEstimate.confirm(err, 400_000, true, p -> fail(asked, p)), "--yes asks nobody");
        assertTrue(asked.isEmpty());
        assertTrue(SweepEstimate.confirm(err, 400_000, false, p -> answer(asked, p, "y")));
        assertTrue(SweepEstimate.confirm(err, 400_000, false, p -> answer(asked, p, " Yes ")));
        assertFalse(SweepEstimate.confirm(err, 400_000, false, p -> answer(asked, p, "")));
        assertFalse(SweepEstimate.confirm(err, 400_000, false, p -> answer(asked, p, "no")));
        assertEquals(List.of("lpip sweep: start 400,000 runs? [y/N] "), asked.stream().distinct().toList());
        assertEquals(4, asked.size());
        assertEquals("lpip sweep: not started (nothing was written)\nlpip sweep: not started (nothing was written)\n",
                text.toString());
    }

    private static String fail(List<String> asked, String prompt) {
        asked.add("asked: " + prompt);
        return "y";
    }

    private static String answer(List<String> asked, String prompt, String answer) {
        asked.add(prompt);
        return answer;
    }

    @Test
    void theEstimateCountsThePersonsTheRunBuildsOverAllItsMonths() throws Exception {
        ModelConfig config = ScenarioLoader.load("demo", List.of("run.months=24", "run.burn_in_months=12")).model();
        Economy built = EconomyBuilder.build(config, new ParallelChunks(1));
        long persons = SweepEstimate.persons(config);
        assertEquals(built.persons.count(), persons, 0.01 * persons, "the estimate's persons are the run's, within 1%");
        double expected = persons * 36 / 2.5e6 + persons * 2.5e-6 + 0.05;
        assertEquals(expected, SweepEstimate.runSeconds(config), 1e-12);
        ModelConfig twice = ScenarioLoader.load("demo", List.of("run.months=60", "run.burn_in_months=12")).model();
        assertEquals(persons * 36 / 2.5e6, SweepEstimate.runSeconds(twice) - SweepEstimate.runSeconds(config), 1e-9,
                "36 more months cost 36 more months of person-months");
    }
}

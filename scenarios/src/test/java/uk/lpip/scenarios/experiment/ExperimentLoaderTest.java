package uk.lpip.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.sim.policy.SkillsProgrammeSpec;

/** Experiment files: designs, arms, and problems reported at their place in the file. */
class ExperimentLoaderTest {
    @TempDir
    Path tmp;

    private Path file(String... lines) throws IOException {
        return Files.writeString(tmp.resolve("experiment.yaml"), String.join("\n", lines) + "\n");
    }

    private List<String> problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentLoader.load(file));
        return e.problems().stream().map(Object::toString).collect(Collectors.toList());
    }

    @Test
    void aGridCrossesEveryFactorsValuesAndEachPointCarriesItsValuesIntoItsScenario() throws Exception {
        ExperimentLoader.Loaded l = ExperimentLoader.load(file(
                "name: grid",
                "scenario: northern-ireland-skills",
                "set: [run.months=12, run.scale=0.01]",
                "replicates: 2",
                "factors:",
                "  - {path: \"interventions[1].places_per_intake\", values: [50, 100, 200]}",
                "  - {path: labour.matching_rounds, values: [2, 3]}"));
        assertEquals(6, l.points().size());
        assertEquals(List.of("interventions[1].places_per_intake=200", "labour.matching_rounds=3"), l.points().get(5).overrides());
        Scenario s = l.scenario(5, "intervention");
        assertEquals(3, s.labour().matchingRounds());
        assertEquals(200, ((SkillsProgrammeSpec) s.interventions().get(1)).placesPerIntake());
        assertEquals(12, s.run().months(), "the experiment's own overrides apply too");
        assertEquals(List.of("baseline", "intervention"), l.armNames(), "default: one arm with all the interventions");
        assertTrue(l.scenario(5, "baseline").interventions().isEmpty());
    }

    @Test
    void armsRunTheNamedInterventionsOnly() throws Exception {
        ExperimentLoader.Loaded l = ExperimentLoader.load(file(
                "name: arms",
                "scenario: northern-ireland-skills",
                "arms:",
                "  - {name: outreach-only, interventions: [derry-strabane-outreach]}",
                "  - {name: both, interventions: [derry-strabane-outreach, derry-strabane-skills]}"));
        assertEquals(List.of("baseline", "outreach-only", "both"), l.armNames());
        assertEquals(1, l.scenario(0, "outreach-only").interventions().size());
        assertEquals(2, l.scenario(0, "both").interventions().size());
        assertEquals(1, l.points().size(), "no factors: one design point");
    }

    @Test
    void aLatinHypercubeUsesEveryStratumOfEveryFactorOnce() throws Exception {
        int n = 10;
        ExperimentLoader.Loaded l = ExperimentLoader.load(file(
                "name: lhs",
                "scenario: northern-ireland-skills",
                "design: latin_hypercube",
                "points: " + n,
                "factors:",
                "  - {path: labour.on_the_job_search_share, min: 0.02, max: 0.06}",
                "  - {path: labour.matching_rounds, min: 1, max: 5, integer: true}"));
        assertEquals(n, l.points().size());
        Set<Integer> strata = new HashSet<>();
        for (Design.Point p : l.points()) {
            double v = p.values().get(0);
            assertTrue(v >= 0.02 && v <= 0.06);
            strata.add((int) Math.floor((v - 0.02) / 0.04 * n));
            double rounds = p.values().get(1);
            assertEquals(Math.rint(rounds), rounds, "integer factors are whole");
        }
        assertEquals(n, strata.size(), "one point in each tenth of the range");
    }

    @Test
    void aSobolDesignStaysInsideTheRangesAndIsTheSameEveryTime() throws Exception {
        Path f = file("name: sobol", "scenario: northern-ireland-skills", "design: sobol", "points: 16",
                "factors:", "  - {path: labour.on_the_job_search_share, min: 0.02, max: 0.06}",
                "  - {path: labour.job_switch_premium, min: 0.0, max: 0.2}");
        List<Design.Point> a = ExperimentLoader.load(f).points();
        List<Design.Point> b = ExperimentLoader.load(f).points();
        assertEquals(a, b);
        for (Design.Point p : a) {
            assertTrue(p.values().get(0) >= 0.02 && p.values().get(0) < 0.06);
            assertTrue(p.values().get(1) >= 0 && p.values().get(1) < 0.2);
        }
        assertEquals(16, new HashSet<>(a.stream().map(Design.Point::values).toList()).size(), "no repeated points");
    }

    @Test
    void problemsPointAtTheExperimentFile() throws IOException {
        Path f = file(
                "name: bad",
                "scenario: northern-ireland-skills",
                "arms:",
                "  - {name: baseline, interventions: [derry-skills]}",
                "factors:",
                "  - {path: labour.matching_rounds, min: 1, max: 3}",
                "outputs: [employment, gva]");
        List<String> p = problems(f);
        String at = f.toString();
        assertTrue(p.contains(at + ":4:12: arms[0].name: 'baseline' is always run; give this arm another name"), p.toString());
        assertTrue(p.contains(at + ":4:38: arms[0].interventions[0]: the scenario has no intervention 'derry-skills'; "
                + "it has derry-strabane-outreach, derry-strabane-skills"), p.toString());
        assertTrue(p.contains(at + ":6:5: factors[0]: a grid design needs the factor's values, e.g. values: [0.9, 0.95]"),
                p.toString());
        assertTrue(p.contains(at + ":7:11: outputs[0]: no metric 'employment' (docs/outputs.md lists them)"), p.toString());
    }

    @Test
    void aFactorValueTheScenarioRefusesIsReportedAtTheFactor() throws IOException {
        Path f = file(
                "name: bad-value",
                "scenario: northern-ireland-skills",
                "factors:",
                "  - {path: labour.matching_rounds, values: [2, 40]}");
        List<String> p = problems(f);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith(f + ":4:5: factors[0]: design point 1 (labour.matching_rounds=40): labour.matching_rounds: "
                + "expected a whole number from 1 to 10"), p.get(0));
    }

    @Test
    void unknownKeysAndAMissingScenarioAreRefused() throws IOException {
        List<String> p = problems(file("name: x", "scenario: nowhere", "replicate: 3"));
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown key 'replicate'; did you mean 'replicates'?")), p.toString());
        List<String> q = problems(file("name: x", "scenario: nowhere"));
        assertTrue(q.stream().anyMatch(s -> s.contains("'nowhere' is neither a scenario file nor a bundled scenario")), q.toString());
    }

    @Test
    void aFactorsIntegerFlagIsTrueOrFalseNotYes() throws IOException {
        Path f = file(
                "name: yes-flag",
                "scenario: northern-ireland-skills",
                "design: latin_hypercube",
                "factors:",
                "  - {path: labour.matching_rounds, min: 1, max: 5, integer: yes}");
        assertEquals(List.of(f + ":5:61: factors[0].integer: expected true or false, found 'yes'; "
                + "write true or false (in any case): yes, no, on and off are not accepted"), problems(f));
    }

    @Test
    void aMissingScenarioIsReportedAtTheScenarioKey() throws IOException {
        Path f = file("name: x", "scenario: northern-irland-skills", "set: [run.months=12]");
        assertEquals(List.of(f + ":2:11: scenario: 'northern-irland-skills' is neither a scenario file nor a bundled scenario; "
                + "did you mean 'northern-ireland-skills'? (bundled: " + String.join(", ", uk.lpip.scenarios.BundledScenarios.names())
                + ")"), problems(f));
    }

    @Test
    void theSeedIsNotAFactorBecauseSeedsComeFromReplicates() throws IOException {
        Path f = file("name: seeds", "scenario: northern-ireland-skills",
                "factors:", "  - {path: run.seed, values: [1, 2, 3]}");
        assertEquals(List.of(f + ":4:12: factors[0].path: run.seed cannot be a factor: every run's seed comes from its "
                + "replicate (replicates: N runs N seeds at every design point); vary replicates instead"), problems(f));
    }

    @Test
    void aGridOfTenMillionPointsIsRefusedAtItsFactorsBeforeAnyPointIsMade() throws IOException {
        List<String> lines = new java.util.ArrayList<>(List.of("name: huge", "scenario: northern-ireland-skills", "factors:"));
        for (int f = 0; f < 7; f++) {
            lines.add("  - {path: labour.x" + f + ", values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}");
        }
        Path f = file(lines.toArray(String[]::new));
        List<String> p = problems(f);
        assertEquals(List.of(f + ":4:3: factors: a grid of 10 × 10 × 10 × 10 × 10 × 10 × 10 values makes 10,000,000 design "
                + "points; at most 100,000 (the limit of the other designs too): use fewer values or a "
                + "latin_hypercube design"), p);
        ScenarioException plan = assertThrows(ScenarioException.class, () -> ExperimentLoader.readPlan(f));
        assertEquals(p, plan.problems().stream().map(Object::toString).toList(), "merging and tables refuse it too");
    }

    @Test
    void aDesignOfMoreThanAMillionRunsIsRefusedAtItsPoints() throws IOException {
        Path f = file("name: many", "scenario: northern-ireland-skills", "design: latin_hypercube", "points: 100000",
                "replicates: 10", "factors:", "  - {path: labour.matching_rounds, min: 1, max: 3}");
        assertEquals(List.of(f + ":4:9: points: 100,000 design points × 2 arms (with the baseline) × 10 replicates make "
                + "2,000,000 runs; at most 1,000,000 in one sweep"), problems(f));
    }
}

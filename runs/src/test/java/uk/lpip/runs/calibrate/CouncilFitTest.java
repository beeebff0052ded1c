package uk.lpip.runs.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.cli.Lpip;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.ScenarioLoader;

/**
 * The council fit recovers known council multipliers: the demo place with Riverton's inactivity
 * hazards × 1.6 and Moorland's × 0.7, and Riverton's unemployed's match chance × 0.5, gives the targets; fitted from 1 and 1, the councils come back
 * within the tolerance, with the multipliers in the right order and near the truth. Then through the
 * CLI: council targets with an unknown council are refused at their line, and a councils-only fit
 * writes the council table and an overlay that carries the multipliers.
 */
class CouncilFitTest {
    private static final double[] TRUTH = {1.6, 0.7};
    private static final double[] TRUTH_MATCH = {0.5, 1.0};

    @TempDir
    Path tmp;

    private Path targets(double rivertonInactive, double moorlandInactive, String council) throws Exception {
        return targets(rivertonInactive, moorlandInactive, 0.7, 0.75, council);
    }

    private Path targets(double rivertonInactive, double moorlandInactive, double rivertonEmployed, double moorlandEmployed,
                         String council) throws Exception {
        return Files.writeString(tmp.resolve("targets.yaml"), String.join("\n",
                "name: councils",
                "scenario: demo",
                "set: [run.months=24, run.burn_in_months=48, labour.match_chance=0.2]",   // match-limited hiring, as in the fitted regions
                "seed: 5",
                "replicates: 2",
                "targets:",
                "  - {metric: inactivity_rate, value: 0.22, source: the region}",
                "parameters:",
                "  - {path: 'firms.starting_jobs_per_employed', min: 0.9, max: 1.3}",
                "councils:",
                "  - {council: riverton, employment_rate: " + rivertonEmployed + ", inactivity_rate: " + rivertonInactive
                        + ", source: simulated}",
                "  - {council: " + council + ", employment_rate: " + moorlandEmployed + ", inactivity_rate: " + moorlandInactive
                        + ", source: simulated}",
                "council_fit: {iterations: 14, damping: 0.8, tolerance: 0.0015}",
                ""));
    }

    private static Scenario runBase(Targets t) throws Exception {
        List<String> sets = new ArrayList<>(t.set());
        sets.add("run.seed=" + t.seed());
        return ScenarioLoader.load("demo", sets);
    }

    @Test
    void recoversTheCouncilMultipliersThatMadeTheTargets() throws Exception {
        Targets probeTargets = TargetsLoader.load(targets(0.2, 0.2, "moorland")).targets();
        double[] truthInactive = new double[2];
        double[] truthEmployed = new double[2];
        try (CouncilFit probe = new CouncilFit(new Targets(probeTargets.name(), probeTargets.scenario(), probeTargets.set(),
                probeTargets.seed(), probeTargets.replicates(), probeTargets.targets(), probeTargets.parameters(),
                probeTargets.councils(), new Targets.CouncilFit(0, 0.8, 0.004)), 2)) {
            Scenario truth = probe.with(runBase(probeTargets), TRUTH, TRUTH_MATCH);
            CouncilFit.Result r = probe.run(truth, truth, it -> { });
            for (int i = 0; i < 2; i++) {
                truthInactive[i] = r.rows().get(i).inactivity().mean();
                truthEmployed[i] = r.rows().get(i).employment().mean();
            }
        }
        assertTrue(truthInactive[0] > truthInactive[1] + 0.05, "the truth separates the councils: "
                + truthInactive[0] + " vs " + truthInactive[1]);
        Targets t = TargetsLoader.load(targets(truthInactive[0], truthInactive[1], truthEmployed[0], truthEmployed[1],
                "moorland")).targets();
        List<CouncilFit.Iteration> seen = new ArrayList<>();
        CouncilFit.Result fit;
        try (CouncilFit cf = new CouncilFit(t, 2)) {
            Scenario base = runBase(t);
            fit = cf.run(base, base, seen::add);
        }
        CouncilFit.Iteration last = seen.get(seen.size() - 1);
        assertTrue(last.maxInactivityMiss() <= 0.0015, "converged: " + seen);
        assertTrue(seen.size() <= 15 && seen.get(0).maxInactivityMiss() > 0.02, "started off and moved: " + seen);
        double riverton = fit.rows().get(0).multiplier();
        double moorland = fit.rows().get(1).multiplier();
        assertTrue(riverton > 1.3 && riverton < 2.0, String.format(Locale.ROOT, "Riverton %.3f (truth 1.6)", riverton));
        assertTrue(moorland > 0.5 && moorland < 0.9, String.format(Locale.ROOT, "Moorland %.3f (truth 0.7)", moorland));
        assertEquals(riverton, fit.fitted().labour().hazardsOf("riverton").longTermSick(), 1e-4);
        assertEquals(1 / riverton, fit.fitted().labour().hazardsOf("riverton").inactivityExit(), 1e-3);
        // Riverton's unemployed were made half as likely to be a match: its employment came out low with its
        // inactivity on target, and the fit finds a match-chance multiplier well below Moorland's. Not more
        // than that: where vacancies in reach, not matches, limit hiring, a multiplier moves employment
        // little, and several values meet the targets within 0.15 points (Moorland's came out 1.5).
        assertTrue(last.maxEmploymentMiss() <= 0.0015, "employment converged too: " + seen);
        double rivertonMatch = fit.rows().get(0).matchMultiplier();
        double moorlandMatch = fit.rows().get(1).matchMultiplier();
        assertTrue(rivertonMatch < 0.9 && rivertonMatch < 0.7 * moorlandMatch, String.format(Locale.ROOT,
                "Riverton match %.3f (truth 0.5) below Moorland's %.3f (truth 1)", rivertonMatch, moorlandMatch));
        assertEquals(rivertonMatch, fit.fitted().labour().hazardsOf("riverton").matchChance(), 1e-4);
    }

    @Test
    void councilTargetsForACouncilTheScenarioLacksAreRefusedAtTheirLine() throws Exception {
        Path file = targets(0.2, 0.2, "moorlands");
        StringWriter err = new StringWriter();
        var cl = Lpip.commandLine();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("calibrate", "demo", "--targets", file.toString(), "--out", tmp.resolve("o").toString()));
        assertEquals(file + ":12:15: councils[1].council: the scenario has no council 'moorlands'; did you mean 'moorland'?",
                err.toString().lines().filter(l -> l.contains("moorlands")).findFirst().orElse("").trim());
        assertFalse(Files.exists(tmp.resolve("o")), "nothing written");
    }

    @Test
    void aCouncilsOnlyFitWritesTheCouncilTableAndAnOverlayWithTheMultipliers() throws Exception {
        Path file = targets(0.26, 0.16, "moorland");
        Path out = tmp.resolve("out");
        Path written = tmp.resolve("bundled").resolve("demo-calibrated.yaml");
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Lpip.commandLine();
        cl.setOut(new PrintWriter(text));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("calibrate", "demo", "--targets", file.toString(), "--budget", "0", "--out", out.toString(),
                "--write", written.toString()), err.toString());
        List<String> table = Files.readAllLines(out.resolve("councils").resolve("council-fit.csv"));
        assertTrue(table.get(1).startsWith("council,riverton,\"simulated\",0.7,"), table.get(1));
        assertTrue(table.get(2).startsWith("council,moorland,\"simulated\",0.75,"), table.get(2));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("iteration,0,")), String.join("\n", table));
        Scenario fitted = ScenarioLoader.load(out.resolve("councils").resolve("fitted.yaml").toString());
        double riverton = fitted.labour().hazardsOf("riverton").longTermSick();
        double moorland = fitted.labour().hazardsOf("moorland").longTermSick();
        assertTrue(riverton > moorland, "the council with more inactivity gets the larger multiplier: " + riverton + " vs " + moorland);
        String shipped = Files.readString(written);
        assertTrue(shipped.contains("./lpip calibrate demo --budget 0 --write " + written), shipped);
        assertTrue(shipped.contains("\ndescription: \""), shipped);
        assertEquals(riverton, ScenarioLoader.load(written.toString()).labour().hazardsOf("riverton").longTermSick());
        assertTrue(text.toString().contains("riverton") && text.toString().contains("multiplier"), text.toString());
    }
}

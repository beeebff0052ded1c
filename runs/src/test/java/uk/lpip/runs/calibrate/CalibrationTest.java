package uk.lpip.runs.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.cli.Lpip;
import uk.lpip.scenarios.calibration.ScenarioValues;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.ScenarioLoader;

/**
 * The method of simulated moments recovers known parameters: simulate the demo place with
 * parameters P, take its moments as the targets, calibrate from the scenario's own (different)
 * values, and find P again. Then the same through the CLI: the overlay loads and reproduces the fit,
 * and a second run resumes from the log without simulating.
 */
class CalibrationTest {
    private static final String CARING = "labour.inactivity[1].hazard_from_employed";
    private static final String SICK = "labour.inactivity[2].hazard_from_employed";
    private static final double[] TRUTH = {0.0021, 0.0016};

    @TempDir
    Path tmp;

    private Path targets(double caring, double sick) throws Exception {
        return Files.writeString(tmp.resolve("targets.yaml"), String.join("\n",
                "name: synthetic",
                "scenario: demo",
                "set: [run.months=24, run.burn_in_months=36]",
                "seed: 5",
                "replicates: 4",
                "targets:",
                "  - {metric: inactive_caring_rate, value: " + caring + ", source: simulated with the true parameters}",
                "  - {metric: inactive_long_term_sick_rate, value: " + sick + ", source: simulated with the true parameters}",
                "parameters:",
                "  - {path: '" + CARING + "', min: 0.0004, max: 0.004}",
                "  - {path: '" + SICK + "', min: 0.0003, max: 0.003}",
                ""));
    }

    @Test
    void recoversTheParametersThatMadeTheTargets() throws Exception {
        // The moments the true parameters produce (same seeds as the calibration: common random numbers).
        Calibration probe = new Calibration(TargetsLoader.load(targets(0.03, 0.07)), 2, Files.createDirectories(tmp.resolve("p")));
        double[][] perReplicate = probe.simulate(TRUTH);
        double[] moments = new double[2];
        for (double[] r : perReplicate) {
            moments[0] += r[0] / perReplicate.length;
            moments[1] += r[1] / perReplicate.length;
        }
        TargetsLoader.Loaded loaded = TargetsLoader.load(targets(moments[0], moments[1]));
        assertEquals(0.0012, loaded.start()[0], 1e-12, "starts from the demo's own caring hazard");
        assertEquals(0.0009, loaded.start()[1], 1e-12, "and its own long-term sickness hazard");
        Calibration c = new Calibration(loaded, 2, Files.createDirectories(tmp.resolve("c")));
        assertEquals(0.0, c.distance(moments), 0.0, "the truth is an exact fit");
        Calibration.Fit fit = c.run(40, (e, best, budget) -> { });
        assertTrue(fit.distance() < 1e-4, "fits the moments: distance " + fit.distance());
        for (int i = 0; i < 2; i++) {
            double error = Math.abs(fit.parameters()[i] - TRUTH[i]) / TRUTH[i];
            assertTrue(error < 0.15, String.format(Locale.ROOT, "parameter %d recovered within 15%%: %.6f vs %.6f", i,
                    fit.parameters()[i], TRUTH[i]));
        }
    }

    /**
     * The search's first step ({@code --initial-step}): BOBYQA's first 2k + 1 candidates are the start and a
     * step up and down each parameter, so with a step of 0.05 none lies further than 5% of a parameter's range
     * from the start, and with the default 0.2 some lie 20% away.
     */
    @Test
    void theInitialStepBoundsTheFirstCandidates() throws Exception {
        TargetsLoader.Loaded loaded = TargetsLoader.load(targets(0.03, 0.07));
        double[] ranges = {0.004 - 0.0004, 0.003 - 0.0003};
        double[] farthest = new double[2];
        double[] steps = {0.05, Calibration.DEFAULT_INITIAL_STEP};
        for (int s = 0; s < 2; s++) {
            Calibration c = new Calibration(loaded, 2, Files.createDirectories(tmp.resolve("step" + s)));
            int index = s;
            c.run(5, steps[s], (e, best, budget) -> {
                for (int i = 0; i < 2; i++) {
                    farthest[index] = Math.max(farthest[index], Math.abs(e.parameters()[i] - loaded.start()[i]) / ranges[i]);
                }
            });
        }
        assertTrue(farthest[0] <= 0.05 + 1e-9, "candidates within 5% of the ranges of the start: " + farthest[0]);
        assertTrue(farthest[1] > 0.15, "with the default step some are 20% away: " + farthest[1]);
    }

    @Test
    void theCommandWritesAnOverlayThatReproducesTheFitAndResumesFromItsLog() throws Exception {
        Path file = targets(0.03, 0.07);
        Path out = tmp.resolve("out");
        var first = Lpip.commandLine();
        java.io.StringWriter text = new java.io.StringWriter();
        first.setOut(new java.io.PrintWriter(text));
        first.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, first.execute("calibrate", "demo", "--targets", file.toString(), "--budget", "12", "--out", out.toString()));
        Path dir = out.resolve("synthetic");
        List<String> fit = Files.readAllLines(dir.resolve("fit.csv"));
        assertEquals(3, fit.size(), "a row per target");
        assertTrue(fit.get(1).startsWith("inactive_caring_rate,\"simulated with the true parameters\",0.03,"), fit.get(1));
        var fitted = ScenarioLoader.load(dir.resolve("fitted.yaml").toString());
        assertEquals("synthetic", fitted.name(), "the overlay is named after its targets file");
        double caring = ScenarioValues.number(fitted, CARING);
        assertTrue(caring >= 0.0004 && caring <= 0.004 && caring != 0.0012, "the fitted value is in the overlay: " + caring);
        assertEquals(0.0005, ScenarioValues.number(fitted, "labour.inactivity[0].hazard_from_employed"), 1e-12,
                "other entries of the list as in the base");
        long logged = Files.readAllLines(dir.resolve("evaluations.csv")).size() - 1;
        assertTrue(logged >= 10 && logged <= 13, "every candidate logged: " + logged);

        var again = Lpip.commandLine();
        java.io.StringWriter progress = new java.io.StringWriter();
        again.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        again.setErr(new java.io.PrintWriter(progress));
        assertEquals(0, again.execute("calibrate", "demo", "--targets", file.toString(), "--budget", "12", "--out", out.toString()));
        assertEquals(logged, Files.readAllLines(dir.resolve("evaluations.csv")).size() - 1, "nothing simulated twice");
        assertTrue(progress.toString().contains("(from the log)"), progress.toString());

        // The targets file's own name fits the base scenario it names (as `lpip calibrate <region>` does).
        var byName = Lpip.commandLine();
        java.io.StringWriter byNameErr = new java.io.StringWriter();
        byName.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        byName.setErr(new java.io.PrintWriter(byNameErr));
        assertEquals(0, byName.execute("calibrate", "synthetic", "--targets", file.toString(), "--budget", "12", "--out",
                out.toString()), byNameErr.toString());
        assertTrue(byNameErr.toString().startsWith("lpip calibrate: demo:"), byNameErr.toString());
        assertTrue(Files.readString(dir.resolve("fitted.yaml")).contains("\nextends: demo\n"), "extends the file's base");
        assertTrue(text.toString().contains("inactive_long_term_sick_rate"), text.toString());
    }

    @Test
    void aBadTargetsFileIsRefusedWithItsLocation() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), String.join("\n",
                "name: bad",
                "scenario: demo",
                "targets:",
                "  - {metric: employment_rat, value: 0.75, source: LFS}",
                "parameters:",
                "  - {path: 'labour.no_such_thing', min: 0, max: 1}",
                "  - {path: '" + SICK + "', min: 0.003, max: 0.001}",
                ""));
        var cl = Lpip.commandLine();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err));
        cl.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(2, cl.execute("calibrate", "demo", "--targets", file.toString(), "--out", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains(":4:") && err.toString().contains("no metric 'employment_rat'"), err.toString());
        assertTrue(err.toString().contains(":7:") && err.toString().contains("max must be above min"), err.toString());
        assertTrue(!Files.exists(tmp.resolve("o")), "nothing written");
    }
}

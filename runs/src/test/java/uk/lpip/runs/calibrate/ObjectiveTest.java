package uk.lpip.runs.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.Problem;
import uk.lpip.scenarios.load.ScenarioException;

/**
 * The calibration objective (docs/calibration.md, "The objective"): each target's miss in units of its
 * tolerance, so that with the regions' targets files a fit cannot buy flow gains with a miss of the
 * employment stock, and without a tolerance a miss is relative to the target, as before.
 */
class ObjectiveTest {
    @TempDir
    Path tmp;

    private Calibration calibration(Path file) throws Exception {
        return new Calibration(TargetsLoader.load(file), 1, Files.createDirectories(tmp.resolve("c")));
    }

    private static double[] published(Targets t) {
        return t.targets().stream().mapToDouble(Targets.Target::value).toArray();
    }

    private static int index(Targets t, String metric) {
        List<String> ids = t.targets().stream().map(Targets.Target::metric).toList();
        assertTrue(ids.contains(metric), metric + " is a target");
        return ids.indexOf(metric);
    }

    @ParameterizedTest
    @ValueSource(strings = {"northern-ireland", "yorkshire-humber", "rural-wales", "forth-valley"})
    void hittingTheStocksAndMissingEveryFlowByHalfBeatsMissingEmploymentByThreePoints(String region) throws Exception {
        Calibration c = calibration(Path.of("..", "calibration", region + ".yaml"));
        Targets t = TargetsLoader.load(Path.of("..", "calibration", region + ".yaml")).targets();
        double[] exact = published(t);
        assertEquals(0.0, c.distance(exact), 0.0, "the published values are an exact fit");

        double[] flowsOff = exact.clone();
        for (int m = 0; m < flowsOff.length; m++) {
            if (t.targets().get(m).metric().startsWith("quarterly_rate_")) {
                flowsOff[m] *= m % 2 == 0 ? 1.5 : 0.5;   // each flow 50% over or under
            }
        }
        double[] employmentOff = exact.clone();
        employmentOff[index(t, "employment_rate")] -= 0.03;
        double a = c.distance(flowsOff);
        double b = c.distance(employmentOff);
        assertTrue(a < b, region + ": stocks hit, flows 50% off (" + a + ") must beat employment 3 points low (" + b + ")");

        // Since the flows refit of 2026-12-02 a flow counts at full weight: one flow off by its tolerance
        // (30%) costs as much as employment off by its tolerance (0.5 points), and vacancies per unemployed
        // person off by 0.2 the same again.
        double[] oneFlowOff = exact.clone();
        int ue = index(t, "quarterly_rate_u_e");
        oneFlowOff[ue] *= 1.3;
        double[] employmentByTolerance = exact.clone();
        employmentByTolerance[index(t, "employment_rate")] -= 0.005;
        double[] tightnessOff = exact.clone();
        tightnessOff[index(t, "vacancies_per_searcher")] += 0.2;
        assertEquals(1.0, c.distance(oneFlowOff), 1e-9, region + ": U->E 30% off");
        assertEquals(1.0, c.distance(employmentByTolerance), 1e-9, region + ": employment 0.5 points off");
        assertEquals(1.0, c.distance(tightnessOff), 1e-9, region + ": vacancies per unemployed person 0.2 off");
    }

    private Path file(String tolerance) throws Exception {
        return Files.writeString(tmp.resolve("t.yaml"), String.join("\n",
                "name: objective",
                "scenario: demo",
                "replicates: 1",
                "targets:",
                "  - {metric: employment_rate, value: 0.5, weight: 2" + tolerance + ", source: ASSUMPTION}",
                "parameters:",
                "  - {path: 'firms.starting_jobs_per_employed', min: 0.9, max: 1.3}",
                ""));
    }

    @Test
    void aMissIsRelativeWithoutAToleranceAndInItsUnitsWithOne() throws Exception {
        assertEquals(2 * 0.1 * 0.1, calibration(file("")).distance(new double[] {0.55}), 1e-12,
                "0.05 off a target of 0.5 is a relative error of 0.1, weighted 2");
        assertEquals(2 * 2.5 * 2.5, calibration(file(", tolerance: 0.02")).distance(new double[] {0.55}), 1e-12,
                "0.05 off with a tolerance of 0.02 is 2.5 units, weighted 2");
    }

    @Test
    void aNegativeToleranceIsRefusedAtItsLine() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TargetsLoader.load(file(", tolerance: -0.01")));
        assertEquals(1, e.problems().size(), e.problems().toString());
        Problem p = e.problems().get(0);
        assertEquals(5, p.location().line(), p.toString());
        assertEquals("targets[0].tolerance", p.path(), p.toString());
        assertTrue(p.message().contains("-0.01"), p.message());
    }
}

package uk.lpip.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.load.ScenarioException;

/** The saltelli and morris designs: their layout, determinism by seed, distributions, and their problems. */
class SensitivityDesignTest {
    @TempDir
    Path tmp;

    private Path file(String... lines) throws IOException {
        return Files.writeString(tmp.resolve("experiment.yaml"), String.join("\n", lines) + "\n");
    }

    private List<String> problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ExperimentLoader.readPlan(file));
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void aSaltelliSampleHoldsABAndEachABMatrixInBlocksOfKPlusTwo() {
        int k = 3;
        int n = 16;
        List<double[]> s = SensitivitySample.saltelli(k, n, 7);
        assertEquals(n * (k + 2), s.size());
        for (int j = 0; j < n; j++) {
            double[] a = s.get(j * (k + 2));
            double[] b = s.get(j * (k + 2) + 1);
            for (int i = 0; i < k; i++) {
                double[] ab = s.get(j * (k + 2) + 2 + i);
                for (int d = 0; d < k; d++) {
                    assertEquals(d == i ? b[d] : a[d], ab[d], "A_B^(" + i + ") takes column " + i + " from B, the rest from A");
                }
                assertTrue(a[i] >= 0 && a[i] < 1 && b[i] >= 0 && b[i] < 1);
            }
        }
        // A's first column over N = 16 points of a (shifted) Sobol sequence: one point in each sixteenth
        boolean[] strata = new boolean[n];
        for (int j = 0; j < n; j++) {
            strata[(int) (s.get(j * (k + 2))[0] * n)] = true;
        }
        for (boolean hit : strata) {
            assertTrue(hit, "the digital shift keeps the sequence's stratification");
        }
    }

    @Test
    void bothSamplesAreDeterminedByTheSeed() {
        assertArrayEquals(SensitivitySample.saltelli(2, 8, 1).get(5), SensitivitySample.saltelli(2, 8, 1).get(5));
        assertFalse(java.util.Arrays.equals(SensitivitySample.saltelli(2, 8, 1).get(5), SensitivitySample.saltelli(2, 8, 2).get(5)));
        assertArrayEquals(SensitivitySample.morris(3, 4, 4, 9).get(6), SensitivitySample.morris(3, 4, 4, 9).get(6));
        assertFalse(SensitivitySample.morris(3, 20, 4, 9).stream().map(java.util.Arrays::toString).toList()
                .equals(SensitivitySample.morris(3, 20, 4, 10).stream().map(java.util.Arrays::toString).toList()));
    }

    @Test
    void aMorrisTrajectoryMovesEachInputOnceByDeltaOnTheGrid() {
        int k = 4;
        int r = 12;
        int p = 6;
        double delta = SensitivitySample.delta(p);
        assertEquals(0.6, delta, 1e-12);
        List<double[]> s = SensitivitySample.morris(k, r, p, 3);
        assertEquals(r * (k + 1), s.size());
        for (int t = 0; t < r; t++) {
            boolean[] moved = new boolean[k];
            for (int i = 0; i < k; i++) {
                double[] x = s.get(t * (k + 1) + i);
                double[] y = s.get(t * (k + 1) + i + 1);
                int changed = -1;
                for (int f = 0; f < k; f++) {
                    double level = y[f] * (p - 1);
                    assertEquals(Math.rint(level), level, 1e-9, "on the grid");
                    assertTrue(y[f] >= -1e-12 && y[f] <= 1 + 1e-12);
                    if (Math.abs(x[f] - y[f]) > 1e-12) {
                        assertEquals(-1, changed, "one input at a time");
                        changed = f;
                        assertEquals(delta, Math.abs(x[f] - y[f]), 1e-12);
                    }
                }
                assertFalse(moved[changed], "each input once per trajectory");
                moved[changed] = true;
            }
        }
    }

    @Test
    void aSaltelliExperimentMakesNTimesKPlusTwoPointsSpreadByEachFactorsDistribution() throws Exception {
        ExperimentLoader.Loaded l = ExperimentLoader.readPlan(file("name: s", "scenario: northern-ireland-skills",
                "design: saltelli", "points: 32", "seed: 5", "factors:",
                "  - {path: labour.on_the_job_search_share, min: 0.02, max: 0.06}",
                "  - {path: labour.matching_rounds, min: 1, max: 5, integer: true}",
                "  - {path: households.x, min: 1, max: 100, distribution: log_uniform}",
                "  - {path: households.y, min: 0, max: 10, distribution: triangular, mode: 8}"));
        assertEquals(32 * 6, l.points().size());
        assertEquals(32 * 6, Design.count(l.experiment()));
        List<double[]> unit = Design.unitPoints(l.experiment());
        for (int p = 0; p < l.points().size(); p++) {
            List<Double> v = l.points().get(p).values();
            double[] u = unit.get(p);
            assertEquals(0.02 + 0.04 * u[0], v.get(0), 1e-12);
            assertEquals(Math.rint(1 + 4 * u[1]), v.get(1), 1e-12);
            assertEquals(Math.exp(Math.log(100) * u[2]), v.get(2), 1e-9);
            assertTrue(v.get(3) >= 0 && v.get(3) <= 10);
        }
        Experiment.Factor tri = l.experiment().factors().get(3);
        assertEquals(8, tri.quantile(0.8), 1e-12, "the mode of a triangular distribution on [0, 10] peaked at 8 is its 80th percentile");
        assertEquals(Math.sqrt(0.5 * 10 * 8), tri.quantile(0.5), 1e-12);
    }

    @Test
    void aMorrisExperimentMakesRTimesKPlusOnePoints() throws Exception {
        ExperimentLoader.Loaded l = ExperimentLoader.readPlan(file("name: m", "scenario: northern-ireland-skills",
                "design: morris", "trajectories: 5", "levels: 4", "factors:",
                "  - {path: labour.on_the_job_search_share, min: 0.02, max: 0.06}",
                "  - {path: labour.matching_rounds, min: 1, max: 4}"));
        assertEquals(15, l.points().size());
        for (Design.Point p : l.points()) {
            double v = p.values().get(1);
            assertTrue(List.of(1.0, 2.0, 3.0, 4.0).stream().anyMatch(x -> Math.abs(x - v) < 1e-9), "on the 4-level grid: " + v);
        }
    }

    @Test
    void sensitivityDesignProblemsAreReportedAtTheirKeys() throws IOException {
        Path f = file("name: bad", "scenario: northern-ireland-skills", "design: morris", "levels: 5", "factors:",
                "  - {path: labour.matching_rounds, min: 1, max: 4, mode: 2}",
                "  - {path: labour.on_the_job_search_share, min: 0, max: 0.06, distribution: log_uniform}",
                "  - {path: labour.x, min: 1, max: 4, distribution: triangular, mode: 5}");
        assertEquals(List.of(
                f + ":4:9: levels: a morris design needs an even number of levels (its step Δ = p / (2(p − 1)) then takes "
                        + "every level to another), found 5",
                f + ":6:58: factors[0].mode: mode is for a triangular distribution (this factor's is uniform)",
                f + ":7:49: factors[1].min: a log_uniform factor needs min above 0, found 0",
                f + ":8:70: factors[2].mode: mode (5) must be within min (1) and max (4)"), problems(f));
    }

    @Test
    void morrisKeysInAnotherDesignAndASaltelliDesignWithoutFactorsAreRefused() throws IOException {
        Path f = file("name: bad", "scenario: northern-ireland-skills", "design: saltelli", "points: 1", "trajectories: 4");
        assertEquals(List.of(
                f + ":3:9: design: a saltelli design needs at least one factor with min and max",
                f + ":4:9: points: a saltelli design needs at least 2 base points (its estimators and their bootstrap resample "
                        + "them); 64 or more give steadier indices",
                f + ":5:15: trajectories: trajectories is for a morris design (this is a saltelli design)"), problems(f));
    }

    @Test
    void aSaltelliDesignTooLargeIsRefusedAtItsPointsWithItsSize() throws IOException {
        Path f = file("name: big", "scenario: northern-ireland-skills", "design: saltelli", "points: 30000", "factors:",
                "  - {path: labour.a, min: 1, max: 2}", "  - {path: labour.b, min: 1, max: 2}");
        assertEquals(List.of(f + ":4:9: points: a saltelli design of 30,000 base points over 2 factors makes 120,000 design "
                + "points (N × (k + 2)); at most 100,000"), problems(f));
        Path g = file("name: runs", "scenario: northern-ireland-skills", "design: morris", "trajectories: 50000",
                "replicates: 10", "factors:", "  - {path: labour.a, min: 1, max: 2}");
        assertEquals(List.of(g + ":4:15: trajectories: 100,000 design points × 2 arms (with the baseline) × 10 replicates "
                + "make 2,000,000 runs; at most 1,000,000 in one sweep"), problems(g));
    }

    @Test
    void aDiscoveryConditionIsCheckedAtItsKey() throws IOException {
        Path f = file("name: d", "scenario: northern-ireland-skills", "design: latin_hypercube",
                "factors: [{path: labour.a, min: 1, max: 2}]", "discovery: {condition: \"bcr less than 1\"}");
        assertEquals(List.of(f + ":5:24: discovery.condition: expected OUTPUT OP NUMBER (e.g. \"bcr < 1\"; OP is <, <=, > or >=), "
                + "found 'bcr less than 1'"), problems(f));
        Path g = file("name: d", "scenario: northern-ireland-skills", "discovery: {condition: \"npv < 0\"}");
        assertEquals(List.of(g + ":3:12: discovery: scenario discovery looks for ranges of the factors, and this experiment "
                + "has none", g + ":3:24: discovery.condition: no output 'npv'; a condition names one of bcr, net_jobs, "
                + "participants_effect"), problems(g));
        assertTrue(Condition.parse("net_jobs <= 0").test(0));
        assertFalse(Condition.parse("bcr < 1").test(Double.NaN));
        assertEquals("bcr < 1", Condition.parse(" bcr<1 ").toString());
    }
}

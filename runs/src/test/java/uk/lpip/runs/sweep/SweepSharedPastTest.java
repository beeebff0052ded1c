package uk.lpip.runs.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.experiment.ExperimentLoader;

/**
 * A sweep whose design points' arms share their past writes the same files, byte for byte, as the
 * sweep with every run simulated from the start: each run's tables (time series, appraisal,
 * additionality, water) and the sweep's summary tables. Only the manifests, which record times, differ.
 */
class SweepSharedPastTest {
    @TempDir
    Path tmp;

    /**
     * A factor of the model (matching rounds): each design point and replicate shares its past; a
     * factor of an intervention's levers only: all design points of a replicate share it and one baseline.
     */
    @ParameterizedTest
    @ValueSource(strings = {"labour.matching_rounds, values: [2, 3]", "\"interventions[0].wage_share\", values: [0.25, 0.5]"})
    void aSweepWithSharedPastsWritesTheSameTablesAsStraightRuns(String factor) throws Exception {
        Path exp = Files.writeString(tmp.resolve("e.yaml"), String.join("\n",
                "name: shared",
                "scenario: forth-valley-wage-subsidy",
                "set: [run.months=14, run.burn_in_months=6, run.scale=0.004]",
                "replicates: 2",
                "factors:",
                "  - {path: " + factor + "}",
                "outputs: [employed]",
                ""));
        Path branched = sweep(exp, "branched", true);
        Path straight = sweep(exp, "straight", false);
        List<String> files = files(branched);
        assertEquals(files, files(straight));
        long tables = files.stream().filter(f -> f.endsWith("timeseries.csv")).count();
        assertEquals(8, tables, "2 points × 2 replicates × 2 arms: " + files);
        assertTrue(files.stream().anyMatch(f -> f.endsWith("appraisal.csv")), files::toString);
        assertTrue(files.stream().anyMatch(f -> f.endsWith("water.csv")), files::toString);
        for (String f : files) {
            if (!f.endsWith("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(straight.resolve(f)), Files.readAllBytes(branched.resolve(f)), f);
            }
        }
    }

    private Path sweep(Path exp, String name, boolean share) throws Exception {
        ExperimentLoader.Loaded loaded = ExperimentLoader.load(exp);
        SweepDirectory dir = new SweepDirectory(tmp.resolve(name));
        dir.open(loaded.text());
        List<SweepRun> plan = SweepRun.plan(loaded);
        int failed = new Sweep(loaded, dir, "test", "none").sharedPast(share).execute(plan, 2, (run, ok, done, f, total) -> { });
        assertEquals(0, failed);
        SweepTables.write(loaded, dir, plan);
        return tmp.resolve(name);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}

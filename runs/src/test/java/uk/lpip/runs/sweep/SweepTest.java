package uk.lpip.runs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.experiment.ExperimentLoader;

/** A failing run is recorded with its error, the others finish, and a later resume completes it. */
class SweepTest {
    @TempDir
    Path tmp;

    @Test
    void aFailingRunIsRecordedAndDoesNotStopTheSweep() throws Exception {
        Path exp = Files.writeString(tmp.resolve("e.yaml"), String.join("\n",
                "name: failing",
                "scenario: northern-ireland-skills",
                "set: [run.months=8, run.burn_in_months=2, run.scale=0.005]",
                "replicates: 3",
                "factors:",
                "  - {path: labour.matching_rounds, values: [2, 3]}",
                "outputs: [employed]",
                ""));
        ExperimentLoader.Loaded loaded = ExperimentLoader.load(exp);
        SweepDirectory dir = new SweepDirectory(tmp.resolve("out"));
        dir.open(loaded.text());
        List<SweepRun> plan = SweepRun.plan(loaded);
        String broken = plan.get(5).id();
        List<String> seen = new ArrayList<>();
        Sweep faulty = new Sweep(loaded, dir, "test", "none") {
            @Override
            public Scenario scenario(SweepRun run) {
                if (run.id().equals(broken)) {
                    throw new IllegalStateException("simulated fault in " + run.id());
                }
                return super.scenario(run);
            }
        };
        int failed = faulty.execute(plan, 2, (run, ok, done, f, total) -> {
            synchronized (seen) {
                seen.add(run.id() + (ok ? "" : " failed"));
            }
        });
        assertEquals(1, failed);
        assertEquals(plan.size(), seen.size(), "every run was attempted");
        assertTrue(dir.hasFailed(broken));
        assertTrue(dir.failure(broken).contains("simulated fault in " + broken), dir.failure(broken));
        assertEquals(List.of(plan.get(5)), SweepTables.missing(dir, plan));

        int again = new Sweep(loaded, dir, "test", "none").execute(plan, 2, (run, ok, done, f, total) -> { });
        assertEquals(0, again);
        assertTrue(SweepTables.missing(dir, plan).isEmpty());
        assertTrue(!dir.hasFailed(broken), "the failure record goes once the run succeeds");
    }
}

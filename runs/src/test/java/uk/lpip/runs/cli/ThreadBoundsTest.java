package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;

/** --threads and --jobs are bounded on every command, and a run starts its worker threads once. */
class ThreadBoundsTest {
    @TempDir
    Path tmp;

    private static String expected(String option, int asked) {
        int cores = Runtime.getRuntime().availableProcessors();
        return "lpip: " + option + " must be from 1 to " + 4 * cores + " (4 × the " + cores + " available processor"
                + (cores == 1 ? "" : "s") + "), was " + asked;
    }

    private static long liveThreads() {
        return Thread.getAllStackTraces().size();
    }

    @Test
    void aHugeThreadCountIsRefusedOnEveryCommandBeforeAnythingStartsOrIsWritten() throws Exception {
        Path out = tmp.resolve("out");
        Path missing = tmp.resolve("nothing.yaml");
        long before = liveThreads();
        List<List<String>> commands = List.of(
                List.of("run", "--threads", "100000", "--months", "400", "--out", out.toString()),
                List.of("compare", missing.toString(), "--threads", "100000", "--out", out.toString()),
                List.of("bench", "--threads", "100000", "--persons", "1000"),
                List.of("sweep", missing.toString(), "--jobs", "100000", "--out", out.toString()),
                List.of("calibrate", "demo", "--jobs", "100000", "--out", out.toString()));
        for (List<String> args : commands) {
            CliRun r = CliRun.of(args.toArray(String[]::new));
            String option = args.contains("--jobs") ? "--jobs" : "--threads";
            assertEquals(2, r.exitCode(), args + ": " + r.err());
            assertTrue(r.err().startsWith(expected(option, 100000) + "\n"), args + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        CliRun zero = CliRun.of("run", "--threads", "0", "--out", out.toString());
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith(expected("--threads", 0)), zero.err());
        assertFalse(Files.exists(out), "nothing written");
        assertTrue(liveThreads() < before + 16, "no threads started: " + before + " before, " + liveThreads() + " after");
    }

    @Test
    void theMostAllowedIsAccepted() throws Exception {
        int max = Workers.max();
        CliRun r = CliRun.of("run", "--threads", Integer.toString(max), "--months", "2", "--burn-in", "1", "--no-charts",
                "--no-report", "--out", tmp.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains(max + " threads"), r.err());
    }

    @Test
    void theArmsAndReplicatesOfARunShareOnePoolOfWorkers() throws Exception {
        ModelConfig config = ScenarioLoader.load("demo", List.of("run.months=2", "run.burn_in_months=1")).model();
        Set<Long> workers = ConcurrentHashMap.newKeySet();
        SingleRun runner = new SingleRun(config, 2, "test", "none").charts(false).replicates(3);
        runner.run(tmp, month -> Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("lpip-worker") && t.isAlive())
                .forEach(t -> workers.add(t.getId())), List.of());
        assertEquals(1, workers.size(), "3 replicates on 2 threads use one helper thread, not one per replicate: " + workers);
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(1, s.count());
        }
    }
}

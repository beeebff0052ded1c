package uk.lpip.runs.slurm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.cli.Lpip;

/**
 * A sweep on a real Slurm: a one-node cluster on localhost (Debian's slurm-wlm and munge, started
 * by src/test/resources/slurm/start-cluster.sh with its own key, ports and state under a temporary
 * directory), a job array of 4 shards with a dependent merge job, results compared run for run with
 * an ordinary local sweep; then an array task killed mid-run, the same command submitted again, and
 * nothing lost or duplicated. Skipped, with the reason, where Slurm is not installed or cannot start
 * (.ci/run installs it). Every daemon started is stopped afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlurmIntegrationTest {
    private static final String EXPERIMENT = String.join("\n",
            "name: slurm-check",
            "scenario: northern-ireland-skills",
            "set: [run.months=60, run.burn_in_months=12, run.scale=0.03]",
            "seed: 11",
            "replicates: 2",
            "factors:",
            "  - {path: 'interventions[1].places_per_intake', values: [40, 160, 320]}",
            "outputs: [employment_rate, employed]",
            "");
    private static final long WAIT_SECONDS = 300;

    @TempDir
    static Path tmp;

    private Path cluster;
    private Path experiment;
    private Path local;

    @BeforeAll
    void startCluster() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String tool : List.of("munged", "slurmctld", "slurmd", "sbatch", "squeue", "scancel", "sinfo")) {
            if (!onPath(tool)) {
                missing.add(tool);
            }
        }
        assumeTrue(missing.isEmpty(), "Slurm is not installed (missing " + missing + "; apt-get install slurm-wlm munge, as "
                + ".ci/run does): Slurm integration test skipped");
        assumeTrue("root".equals(System.getProperty("user.name")), "slurmd must run as root here: Slurm integration test skipped");
        cluster = Files.createDirectories(tmp.resolve("cluster"));
        Result r = exec(List.of("bash", Path.of("src/test/resources/slurm/start-cluster.sh").toAbsolutePath().toString(),
                cluster.toString(), Integer.toString(freePort()), Integer.toString(freePort())), 60);
        if (r.code() != 0) {
            stopCluster();
            assumeTrue(false, "the local Slurm cluster would not start, so the integration test is skipped: " + r.out());
        }
        experiment = Files.writeString(tmp.resolve("slurm-check.yaml"), EXPERIMENT);
        local = tmp.resolve("local");
        assertEquals(0, Lpip.commandLine().execute("sweep", experiment.toString(), "--out", local.toString(), "--jobs", "2",
                "--no-report"), "the ordinary local sweep");
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cluster != null) {
            exec(List.of("bash", Path.of("src/test/resources/slurm/stop-cluster.sh").toAbsolutePath().toString(),
                    cluster.toString()), 60);
        }
    }

    @Test
    void anArrayOfFourShardsAndItsMergeEqualALocalSweepRunForRun() throws Exception {
        Path out = tmp.resolve("slurm");
        long t0 = System.nanoTime();
        Result submit = lpip("sweep", experiment.toString(), "--slurm", "--array-size", "4", "--time", "00:10:00", "--mem", "1G",
                "--out", out.toString());
        assertEquals(0, submit.code(), submit.out());
        Matcher ids = Pattern.compile("Submitted array job (\\d+) \\(tasks 1-4 of 4\\) and merge job (\\d+)").matcher(submit.out());
        assertTrue(ids.find(), submit.out());
        Path sweep = out.resolve("slurm-check");
        awaitNoJobs();
        assertTrue(Files.exists(sweep.resolve("sweep.json")), "the merge job wrote the tables: " + logs(sweep));
        System.out.printf("Slurm: array job %s (4 tasks) and merge job %s finished in %.1f s%n", ids.group(1), ids.group(2),
                (System.nanoTime() - t0) / 1e9);
        assertSameRuns(local.resolve("slurm-check"), sweep);
        for (String table : List.of("runs.csv", "points.csv", "effects.csv", "appraisal.csv", "additionality.csv")) {
            assertEquals(Files.readString(local.resolve("slurm-check").resolve(table)), Files.readString(sweep.resolve(table)), table);
        }
        assertTrue(Files.exists(sweep.resolve("report.html")), "the merge job writes the report");
        Result again = lpip("sweep", experiment.toString(), "--slurm", "--out", out.toString());
        assertTrue(again.out().contains("is complete") && again.out().contains("nothing to submit"), again.out());
    }

    @Test
    void aTaskKilledMidRunIsResubmittedAloneAndNothingIsLostOrDuplicated() throws Exception {
        Path out = tmp.resolve("killed");
        Result submit = lpip("sweep", experiment.toString(), "--slurm", "--array-size", "4", "--time", "00:10:00", "--mem", "1G",
                "--out", out.toString());
        assertEquals(0, submit.code(), submit.out());
        Matcher ids = Pattern.compile("Submitted array job (\\d+)").matcher(submit.out());
        assertTrue(ids.find(), submit.out());
        String task = ids.group(1) + "_1";
        Path sweep = out.resolve("slurm-check");
        // Shard 1/4 is pairs 0 and 4: points 0 and 2, replicate 0 — four runs. Kill its task once one is done.
        List<String> shard = List.of("p0000-r000-baseline", "p0000-r000-intervention", "p0002-r000-baseline",
                "p0002-r000-intervention");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (shard.stream().noneMatch(id -> Files.exists(sweep.resolve("runs").resolve(id).resolve("manifest.json")))) {
            if (System.nanoTime() > deadline) {
                fail("task " + task + " finished no run in " + WAIT_SECONDS + " s: " + logs(sweep));
            }
            Thread.sleep(50);
        }
        assertEquals(0, exec(List.of("scancel", task), 30).code(), "scancel " + task);
        awaitNoJobs();
        long done = shard.stream().filter(id -> Files.exists(sweep.resolve("runs").resolve(id).resolve("manifest.json"))).count();
        assertTrue(done >= 1 && done < 4, "killed mid-shard: " + done + " of its 4 runs done");
        assertFalse(Files.exists(sweep.resolve("sweep.json")), "the merge job did not run after a failed task");

        Result resubmit = lpip("sweep", experiment.toString(), "--slurm", "--out", out.toString());
        assertEquals(0, resubmit.code(), resubmit.out());
        assertTrue(resubmit.out().contains("submitting shard 1 "), "only the killed shard again: " + resubmit.out());
        Matcher again = Pattern.compile("Submitted array job (\\d+) \\(tasks 1 of 4\\) and merge job (\\d+)").matcher(resubmit.out());
        assertTrue(again.find(), resubmit.out());
        awaitNoJobs();
        assertTrue(Files.exists(sweep.resolve("sweep.json")), "merged after the resubmission: " + logs(sweep));
        String log = Files.readString(sweep.resolve("slurm/logs/" + again.group(1) + "_1.out"));
        assertTrue(log.contains("(shard 1/4: 4); " + (4 - done) + " to run"), "only the missing runs ran again: " + log);
        assertSameRuns(local.resolve("slurm-check"), sweep);
        System.out.printf("Slurm: task %s killed after %d of its 4 runs; resubmitted as array job %s, merged by job %s%n", task,
                done, again.group(1), again.group(2));
    }

    /** The same runs, each once (no temporaries left), every file but the manifest byte for byte equal. */
    private static void assertSameRuns(Path expected, Path actual) throws IOException {
        Map<String, Path> a = runs(expected);
        Map<String, Path> b = runs(actual);
        assertEquals(a.keySet(), b.keySet(), "the same runs");
        try (Stream<Path> s = Files.list(actual.resolve("runs"))) {
            assertEquals(a.size(), s.count(), "nothing else under runs/ (no duplicates, no temporaries)");
        }
        for (String id : a.keySet()) {
            for (String file : List.of("timeseries.csv", "scenario.yaml", "appraisal.csv", "additionality.csv")) {
                Path x = a.get(id).resolve(file);
                if (Files.exists(x)) {
                    assertEquals(-1L, Files.mismatch(x, b.get(id).resolve(file)), id + "/" + file);
                }
            }
        }
    }

    private static Map<String, Path> runs(Path sweep) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(sweep.resolve("runs"))) {
            s.filter(p -> Files.exists(p.resolve("manifest.json"))).forEach(p -> out.put(p.getFileName().toString(), p));
        }
        return out;
    }

    private void awaitNoJobs() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            Result q = exec(List.of("squeue", "-h", "-o", "%i %T %r"), 30);
            if (q.code() == 0 && q.out().isBlank()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("jobs still queued after " + WAIT_SECONDS + " s: " + q.out());
            }
            Thread.sleep(500);
        }
    }

    private static String logs(Path sweep) throws IOException {
        Path dir = sweep.resolve("slurm/logs");
        if (!Files.isDirectory(dir)) {
            return "(no logs)";
        }
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                b.append("\n--- ").append(p.getFileName()).append('\n').append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }

    private Result lpip(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Lpip.class.getName()));
        cmd.addAll(List.of(args));
        return exec(cmd, 180);
    }

    private record Result(int code, String out) { }

    private Result exec(List<String> cmd, long seconds) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (cluster != null) {
            pb.environment().put("SLURM_CONF", cluster.resolve("slurm.conf").toString());
        }
        Path log = Files.createTempFile(tmp, "exec", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after " + seconds + " s: " + cmd + "\n" + Files.readString(log));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool)) || Files.isExecutable(Path.of("/sbin", tool));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

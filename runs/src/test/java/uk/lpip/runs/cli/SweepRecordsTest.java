package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed sweep runs are verified wherever they are reused: {@code --resume} and {@code merge}
 * name a damaged run and derive nothing from it, {@code --resume --repair} runs it again to the
 * bytes of a clean sweep, a merge with a conflict copies nothing, and a second process on one
 * sweep directory is refused.
 */
class SweepRecordsTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path experiment;
    private static Path clean;

    /** 2 programme sizes × 1 replicate × 2 arms = 4 short runs on the demo place. */
    @BeforeAll
    static void aCleanSweep() throws IOException {
        Files.writeString(shared.resolve("place.yaml"), String.join("\n",
                "extends: demo",
                "name: records-place",
                "run: {months: 6, burn_in_months: 3}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 5, funder: uk_government,",
                "     intake: monthly, places_per_intake: 20, cost_per_place: 2400}",
                ""));
        experiment = Files.writeString(shared.resolve("experiment.yaml"), String.join("\n",
                "name: records",
                "scenario: place.yaml",
                "replicates: 1",
                "factors:",
                "  - {path: \"interventions[0].places_per_intake\", values: [10, 40]}",
                "outputs: [employment_rate, employed]",
                ""));
        CliRun r = CliRun.of("sweep", experiment.toString(), "--out", shared.resolve("clean").toString(), "--no-report");
        assertEquals(0, r.exitCode(), r.err());
        clean = shared.resolve("clean/records");
    }

    private Path copyOfClean(String name) throws IOException {
        Path to = tmp.resolve(name).resolve("records");
        try (Stream<Path> s = Files.walk(clean)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(clean.relativize(p).toString());
                Files.createDirectories(t.getParent());
                if (!Files.isDirectory(p)) {
                    Files.copy(p, t);
                } else {
                    Files.createDirectories(t);
                }
            }
        }
        return to;
    }

    /** Every file but the manifests (which record when they were written) and the lock file. */
    private static TreeMap<String, byte[]> files(Path sweep) throws IOException {
        TreeMap<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(sweep)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = sweep.relativize(p).toString();
                if (!p.getFileName().toString().equals("manifest.json") && !name.equals(".lock")) {
                    out.put(name, Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static void damage(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        b[b.length - 2] ^= 1;
        Files.write(file, b);
    }

    @Test
    void aCleanSweepVerifiesRunByRun() {
        CliRun r = CliRun.of("verify", clean.toString());
        assertEquals(0, r.exitCode(), r.out());
        assertEquals(clean + ": 4 runs checked, all intact\n", r.out());
    }

    @Test
    void resumeNamesADamagedRunAndDerivesNothingFromItThenRepairEndsAsTheCleanSweep() throws IOException {
        Path sweep = copyOfClean("damaged");
        damage(sweep.resolve("runs/p0001-r000-intervention/timeseries.csv"));
        Files.delete(sweep.resolve("effects.csv"));
        CliRun verify = CliRun.of("verify", sweep.toString());
        assertEquals(1, verify.exitCode());
        assertTrue(verify.out().contains("p0001-r000-intervention: DAMAGED\n  timeseries.csv: changed"), verify.out());
        CliRun one = CliRun.of("verify", sweep.resolve("runs/p0001-r000-intervention").toString());
        assertEquals(1, one.exitCode(), "a sweep's run directory on its own");
        assertEquals(0, CliRun.of("verify", sweep.resolve("runs/p0000-r000-intervention").toString()).exitCode());

        CliRun refused = CliRun.of("sweep", experiment.toString(), "--out", sweep.getParent().toString(), "--resume");
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("lpip sweep: 1 committed run is damaged (see lpip verify):\n"
                + "  p0001-r000-intervention: timeseries.csv: changed (its SHA-256 differs from the manifest's)\n"
                + "lpip sweep: nothing was run and no table written; run again with --resume --repair to run the damaged "
                + "run again\n"), refused.err());
        assertFalse(Files.exists(sweep.resolve("effects.csv")), "no table derived from a damaged run");

        CliRun repaired = CliRun.of("sweep", experiment.toString(), "--out", sweep.getParent().toString(), "--resume",
                "--repair", "--no-report");
        assertEquals(0, repaired.exitCode(), repaired.err());
        assertTrue(repaired.err().contains("lpip sweep: --repair: removed 1 damaged run; running it again"), repaired.err());
        TreeMap<String, byte[]> expected = files(clean);
        TreeMap<String, byte[]> actual = files(sweep);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
        assertEquals(0, CliRun.of("verify", sweep.toString()).exitCode());
    }

    @Test
    void repairGoesWithResume() {
        CliRun r = CliRun.of("sweep", experiment.toString(), "--out", tmp.toString(), "--repair");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("lpip: --repair goes with --resume\n"), r.err());
    }

    @Test
    void aSecondProcessOnOneSweepDirectoryIsRefused() throws IOException {
        Path sweep = copyOfClean("locked");
        try (FileChannel ch = FileChannel.open(sweep.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = ch.lock()) {
            CliRun r = CliRun.of("sweep", experiment.toString(), "--out", sweep.getParent().toString(), "--resume");
            assertEquals(2, r.exitCode(), r.err());
            assertEquals("lpip sweep: another lpip process is working on " + sweep + " (it holds " + sweep.resolve(".lock")
                    + "); wait for it to finish, then run the command again\n", r.err());
            CliRun merge = CliRun.of("merge", sweep.toString());
            assertEquals(2, merge.exitCode(), merge.err());
            assertTrue(merge.err().startsWith("lpip merge: another lpip process is working on " + sweep), merge.err());
        }
        CliRun after = CliRun.of("sweep", experiment.toString(), "--out", sweep.getParent().toString(), "--resume", "--no-report");
        assertEquals(0, after.exitCode(), "once the other process is done: " + after.err());
    }

    @Test
    void aResumeWhileAnotherProcessWorksOnTheSweepIsRefused() throws Exception {
        Path sweep = copyOfClean("other-process");
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(launcher, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                sweep.toString()).redirectErrorStream(true).start();
        try {
            assertEquals("locked", new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream())).readLine());
            CliRun r = CliRun.of("sweep", experiment.toString(), "--out", sweep.getParent().toString(), "--resume");
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("lpip sweep: another lpip process is working on " + sweep), r.err());
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, TimeUnit.SECONDS);
            holder.destroy();
        }
        CliRun after = CliRun.of("sweep", experiment.toString(), "--out", sweep.getParent().toString(), "--resume", "--no-report");
        assertEquals(0, after.exitCode(), "once the other process is done: " + after.err());
    }

    @Test
    void aMergeWithAConflictOrADamagedRunCopiesNothing() throws IOException {
        Path a = copyOfClean("a");
        Path b = copyOfClean("b");
        Path target = tmp.resolve("merged");
        // a differing but intact copy of one run in b (its manifest brought up to date), and b lacks another
        Path run = b.resolve("runs/p0000-r000-baseline");
        Files.writeString(run.resolve("timeseries.csv"), Files.readString(run.resolve("timeseries.csv")) + "x\n");
        Files.writeString(run.resolve("manifest.json"), Files.readString(run.resolve("manifest.json")).replaceFirst(
                "(\"timeseries.csv\": \\{\\s*\"sha256\": \")[0-9a-f]{64}(\",\\s*\"bytes\": )\\d+",
                "$1" + uk.lpip.runs.output.AtomicFiles.sha256(run.resolve("timeseries.csv")) + "$2"
                        + Files.size(run.resolve("timeseries.csv"))));
        CliRun conflict = CliRun.of("merge", target.toString(), a.toString(), b.toString());
        assertEquals(1, conflict.exitCode(), conflict.err());
        assertEquals("lpip merge: run p0000-r000-baseline differs between " + run + " and " + a.resolve("runs/p0000-r000-baseline")
                + "\nlpip merge: nothing copied\n", conflict.err());
        assertEquals(List.of(), committedRuns(target), "nothing copied");

        Path c = copyOfClean("c");
        damage(c.resolve("runs/p0001-r000-baseline/scenario.yaml"));
        CliRun damaged = CliRun.of("merge", target.toString(), a.toString(), c.toString());
        assertEquals(1, damaged.exitCode(), damaged.err());
        assertTrue(damaged.err().startsWith("lpip merge: 1 committed run is damaged (see lpip verify):\n  " + c
                + ": p0001-r000-baseline: scenario.yaml: changed"), damaged.err());
        assertEquals(List.of(), committedRuns(target), "nothing copied");
        assertFalse(Files.exists(target.resolve("effects.csv")));
    }

    private static List<String> committedRuns(Path sweep) throws IOException {
        if (!Files.isDirectory(sweep.resolve("runs"))) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(sweep.resolve("runs"))) {
            return s.filter(p -> Files.exists(p.resolve("manifest.json"))).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anOutThatIsAFileIsRefusedBeforeAnythingRuns() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "a file");
        CliRun r = CliRun.of("sweep", experiment.toString(), "--out", file.toString());
        assertEquals(2, r.exitCode());
        assertEquals("lpip sweep: --out " + file + ": is a file, not a directory\n", r.err());
        CliRun under = CliRun.of("sweep", experiment.toString(), "--out", file.resolve("sub").toString());
        assertEquals(2, under.exitCode());
        assertEquals("lpip sweep: --out " + file.resolve("sub") + ": cannot be made: " + file + " is a file, not a directory\n",
                under.err());
        assertEquals("a file", Files.readString(file));
    }
}

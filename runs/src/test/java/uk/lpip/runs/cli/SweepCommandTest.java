package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps lose nothing: a sweep killed with SIGKILL and resumed ends with exactly the runs and
 * numbers of an uninterrupted one; shards merged give the unsharded result byte for byte; a run
 * reruns bit for bit from its manifest.
 */
class SweepCommandTest {
    @TempDir
    Path tmp;

    /** A small experiment: 3 programme sizes × 2 replicates × 2 arms = 12 runs on the demo place. */
    private Path experiment() throws IOException {
        Files.writeString(tmp.resolve("place.yaml"), String.join("\n",
                "extends: demo",
                "name: sweep-place",
                "run: {months: 18, burn_in_months: 12}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 3, end_month: 12, funder: uk_government,",
                "     intake: monthly, places_per_intake: 20, cost_per_place: 2400}",
                ""));
        return Files.writeString(tmp.resolve("experiment.yaml"), String.join("\n",
                "name: small",
                "scenario: place.yaml",
                "replicates: 2",
                "factors:",
                "  - {path: \"interventions[0].places_per_intake\", values: [10, 20, 40]}",
                "outputs: [employment_rate, employed]",
                ""));
    }

    private static TreeSet<String> runIds(Path sweep) throws IOException {
        try (Stream<Path> s = Files.list(sweep.resolve("runs"))) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void assertSameRuns(Path expected, Path actual) throws IOException {
        assertEquals(runIds(expected), runIds(actual));
        for (String id : runIds(expected)) {
            assertArrayEquals(Files.readAllBytes(expected.resolve("runs").resolve(id).resolve("timeseries.csv")),
                    Files.readAllBytes(actual.resolve("runs").resolve(id).resolve("timeseries.csv")), id);
        }
        for (String table : List.of("runs.csv", "points.csv", "effects.csv")) {
            assertArrayEquals(Files.readAllBytes(expected.resolve(table)), Files.readAllBytes(actual.resolve(table)), table);
        }
    }

    @Test
    void aSweepKilledMidRunResumesToExactlyTheRunsAndNumbersOfAnUninterruptedOne() throws Exception {
        Path exp = experiment();
        CliRun whole = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("whole").toString(), "--jobs", "2");
        assertEquals(0, whole.exitCode(), whole.err());
        assertEquals(12, runIds(tmp.resolve("whole/small")).size());

        Path out = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "uk.lpip.runs.cli.Lpip",
                "sweep", exp.toString(), "--out", out.toString(), "--jobs", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("killed.log").toFile()).start();
        Path runs = out.resolve("small/runs");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countDone(runs) < 3 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly();   // SIGKILL: no shutdown hooks, no cleanup
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        int doneAtKill = countDone(runs);
        assertTrue(doneAtKill >= 3 && doneAtKill < 12, "killed part-way: " + doneAtKill + " runs done\n"
                + Files.readString(tmp.resolve("killed.log")));
        try (Stream<Path> s = Files.list(runs)) {
            for (Path run : s.filter(r -> !r.getFileName().toString().startsWith(".")).toList()) {
                assertTrue(Files.exists(run.resolve("manifest.json")), "no half-written run is visible: " + run);
            }
        }

        CliRun again = CliRun.of("sweep", exp.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode(), "an existing sweep is not restarted without --resume");
        assertTrue(again.err().contains("add --resume"), again.err());
        CliRun resumed = CliRun.of("sweep", exp.toString(), "--out", out.toString(), "--resume", "--jobs", "2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains((12 - doneAtKill) + " to run"), resumed.err());
        try (Stream<Path> s = Files.list(runs)) {
            assertTrue(s.noneMatch(r -> r.getFileName().toString().startsWith(".tmp-")), "temporary directories are cleared");
        }
        assertSameRuns(tmp.resolve("whole/small"), out.resolve("small"));
    }

    /** Committed runs: a temporary directory (".tmp-…") holds its manifest just before it is renamed into place. */
    private static int countDone(Path runs) throws IOException {
        if (!Files.isDirectory(runs)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(runs)) {
            return (int) s.filter(r -> !r.getFileName().toString().startsWith(".") && Files.exists(r.resolve("manifest.json")))
                    .count();
        }
    }

    @Test
    void theReportMapsTheCouncilsOfAPlaceWithCodesAtTheArmsLargestEffect() throws Exception {
        Files.writeString(tmp.resolve("wales.yaml"), String.join("\n",
                "extends: rural-wales",
                "name: sweep-wales",
                "run: {months: 10, burn_in_months: 6, scale: 0.005}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 6, funder: uk_government,",
                "     intake: monthly, places_per_intake: 2, cost_per_place: 2400}",
                ""));
        Path exp = Files.writeString(tmp.resolve("wales-sweep.yaml"), String.join("\n",
                "name: wales", "scenario: wales.yaml", "replicates: 2",
                "factors:", "  - {path: \"interventions[0].places_per_intake\", values: [1, 4]}",
                "outputs: [employment_rate]", ""));
        CliRun r = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("s").toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(tmp.resolve("s/wales/report.html"));
        assertTrue(html.contains("<h2>Where the effect falls</h2>"), "the map of councils");
        var councils = uk.lpip.scenarios.load.ScenarioLoader.load("rural-wales").region().councils();
        assertEquals(councils.size(), html.split("<g class=\"council\">", -1).length - 1, "one hex per council, one arm: one map");
        for (var c : councils) {
            assertTrue(html.contains(c.name() + ": "), "the map names " + c.name());
        }
        java.util.regex.Matcher largest = java.util.regex.Pattern.compile("is at point (\\d) \\(").matcher(html);
        assertTrue(largest.find(), "the summary names the point of the largest effect");
        String arm = uk.lpip.runs.output.CsvRows.read(tmp.resolve("s/wales/effects.csv")).rows().get(0)[1];
        assertTrue(html.contains("'" + arm + "' at point " + largest.group(1) + ": employment-rate effect"),
                "the map is of that point: " + html.substring(html.indexOf("is at point")).substring(0, 60));
    }

    @Test
    void eachArmIsAppraisedAgainstItsBaselineExactlyAsLpipRunDoes() throws Exception {
        experiment();
        Path exp = Files.writeString(tmp.resolve("one-point.yaml"), String.join("\n",
                "name: one-point", "scenario: place.yaml", "seed: 77", "replicates: 2", "outputs: [employed]", ""));
        CliRun sweep = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("s").toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        assertTrue(sweep.out().contains("net additional jobs") && sweep.out().contains("BCR, UK society"), sweep.out());
        CliRun run = CliRun.of("run", tmp.resolve("place.yaml").toString(), "--seed", "77", "--replicates", "2", "--no-charts",
                "--out", tmp.resolve("r").toString());
        assertEquals(0, run.exitCode(), run.err());
        Path runDir;
        try (Stream<Path> s = Files.list(tmp.resolve("r"))) {
            runDir = s.findFirst().orElseThrow();
        }
        List<String> fromRun = Files.readAllLines(runDir.resolve("appraisal.csv"));
        List<String> fromSweep = Files.readAllLines(tmp.resolve("s/one-point/appraisal.csv"));
        assertEquals("point,arm," + fromRun.get(0), fromSweep.get(0));
        // the same numbers; only the ids differ (a run's own, and the sweep's with its runs')
        assertEquals(fromRun.subList(1, fromRun.size()).stream().map(l -> "0,intervention," + withoutIds(l)).toList(),
                fromSweep.subList(1, fromSweep.size()).stream().map(SweepCommandTest::withoutIds).toList(),
                "the same numbers, replicate by replicate");
        assertTrue(fromSweep.get(1).endsWith(",one-point-" + uk.lpip.runs.output.TableIds.sha256(Files.readString(exp))
                .substring(0, 12) + "-p0000-r000-intervention,one-point-" + uk.lpip.runs.output.TableIds.sha256(
                Files.readString(exp)).substring(0, 12)), fromSweep.get(1));
        assertEquals(Files.readAllLines(runDir.resolve("additionality.csv")).size(),
                Files.readAllLines(tmp.resolve("s/one-point/additionality.csv")).size());
    }

    @Test
    void shardsMergeToTheUnshardedSweepByteForByte() throws Exception {
        Path exp = experiment();
        assertEquals(0, CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("whole").toString()).exitCode());
        for (int i = 1; i <= 3; i++) {
            CliRun shard = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("shard" + i).toString(), "--shard", i + "/3");
            assertEquals(0, shard.exitCode(), shard.err());
            assertEquals(4, runIds(tmp.resolve("shard" + i + "/small")).size(), "a third of the runs each");
            assertTrue(!Files.exists(tmp.resolve("shard" + i + "/small/effects.csv")), "no tables from a shard");
        }
        Path merged = tmp.resolve("merged/small");
        CliRun partial = CliRun.of("merge", merged.toString(), tmp.resolve("shard1/small").toString());
        assertEquals(1, partial.exitCode(), "two shards still missing");
        assertTrue(partial.err().contains("8 of 12 runs are still missing"), partial.err());
        CliRun status = CliRun.of("status", merged.toString(), "--shards", "3");
        assertEquals(1, status.exitCode());
        assertTrue(status.out().contains("small: 12 runs — 4 done, 0 failed, 8 missing"), status.out());
        assertTrue(status.out().contains("shard 1/3: 4 done, 0 failed, 0 missing")
                && status.out().contains("shard 2/3: 0 done, 0 failed, 4 missing"), status.out());
        CliRun merge = CliRun.of("merge", merged.toString(), tmp.resolve("shard2/small").toString(),
                tmp.resolve("shard3/small").toString(), tmp.resolve("shard1/small").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertSameRuns(tmp.resolve("whole/small"), merged);
        CliRun complete = CliRun.of("status", merged.toString());
        assertEquals(0, complete.exitCode(), complete.out());
        assertTrue(complete.out().contains("12 done, 0 failed, 0 missing; tables written"), complete.out());
    }

    @Test
    void shardsWritingIntoOneDirectoryNeedOnlyAMergeInPlace() throws Exception {
        Path exp = experiment();
        Path out = tmp.resolve("shared");
        for (int i = 1; i <= 2; i++) {
            assertEquals(0, CliRun.of("sweep", exp.toString(), "--out", out.toString(), "--shard", i + "/2").exitCode());
        }
        CliRun merge = CliRun.of("merge", out.resolve("small").toString());
        assertEquals(0, merge.exitCode(), merge.err());
        assertEquals(12, runIds(out.resolve("small")).size());
        assertTrue(Files.readString(out.resolve("small/effects.csv")).lines().count() > 1);
    }

    @Test
    void aRunRerunsBitForBitFromItsManifestAndATamperedResultIsCaught() throws Exception {
        Path exp = experiment();
        assertEquals(0, CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("s").toString()).exitCode());
        Path run = tmp.resolve("s/small/runs/p0002-r001-intervention");
        CliRun ok = CliRun.of("rerun", run.resolve("manifest.json").toString());
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("Reproduced bit for bit: timeseries.csv"), ok.out());
        Files.writeString(run.resolve("scenario.yaml"), Files.readString(run.resolve("scenario.yaml"))
                .replace("places_per_intake: 40", "places_per_intake: 39"));
        CliRun damaged = CliRun.of("rerun", run.toString());
        assertEquals(1, damaged.exitCode(), damaged.out());
        assertTrue(damaged.out().contains("is damaged (see lpip verify):\n  scenario.yaml: changed"), damaged.out());
        // the same edit with the manifest brought up to date: the record is consistent, the results are not
        Path manifest = run.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replaceFirst(
                "(\"scenario.yaml\": \\{\\s*\"sha256\": \")[0-9a-f]{64}", "$1"
                        + uk.lpip.runs.output.AtomicFiles.sha256(run.resolve("scenario.yaml"))));
        CliRun changed = CliRun.of("rerun", run.toString());
        assertEquals(1, changed.exitCode(), changed.out());
        assertTrue(changed.out().contains("NOT reproduced: timeseries.csv differs"), changed.out());
    }

    @Test
    void aPlainRunRerunsFromItsManifestToo() throws Exception {
        Path out = tmp.resolve("run");
        assertEquals(0, CliRun.of("run", "--months", "4", "--burn-in", "3", "--replicates", "2", "--no-charts",
                "--out", out.toString()).exitCode());
        Path dir;
        try (Stream<Path> s = Files.list(out)) {
            dir = s.findFirst().orElseThrow();
        }
        CliRun ok = CliRun.of("rerun", dir.resolve("manifest.json").toString());
        assertEquals(0, ok.exitCode(), ok.err() + ok.out());
    }

    @Test
    void aDifferentExperimentCannotResumeAnotherOnesDirectory() throws Exception {
        Path exp = experiment();
        Path out = tmp.resolve("s");
        assertEquals(0, CliRun.of("sweep", exp.toString(), "--out", out.toString(), "--shard", "1/6").exitCode());
        Files.writeString(exp, Files.readString(exp).replace("replicates: 2", "replicates: 3"));
        CliRun r = CliRun.of("sweep", exp.toString(), "--out", out.toString(), "--resume");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("holds a sweep of a different experiment file"), r.err());
    }

    @Test
    void aBadExperimentExitsWith2AndWritesNothing() throws Exception {
        Path exp = Files.writeString(tmp.resolve("bad.yaml"), "name: bad\nscenario: demo\nreplicates: 0\n");
        CliRun r = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("bad.yaml:3:13: replicates: expected a whole number from 1 to 1000, found the number 0"), r.err());
        assertTrue(!Files.exists(tmp.resolve("o")), "nothing written");
        assertTrue(new File(tmp.toFile(), "o").listFiles() == null);
    }

    @Test
    void slurmDryRunPrintsBothScriptsAndWritesNothing() throws Exception {
        Path out = tmp.resolve("cluster");
        CliRun r = CliRun.of("sweep", experiment().toString(), "--slurm", "--dry-run", "--array-size", "3", "--partition", "short",
                "--prelude", "module load Java/17", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Sweep small: 12 runs in 3 shards; submitting shards 1-3"), r.out());
        assertTrue(r.out().contains("#SBATCH --array=1-3") && r.out().contains("--shard \"${SLURM_ARRAY_TASK_ID}/3\" --resume"),
                r.out());
        assertTrue(r.out().contains("#SBATCH --job-name=small-merge") || r.out().contains("#SBATCH --job-name=lpip-small-merge"),
                r.out());
        assertTrue(r.out().contains("\nexec java "), "with a prelude, the java on the job's PATH: " + r.out());
        assertTrue(r.err().contains("one run took"), "defaults from a local trial run: " + r.err());
        assertTrue(!Files.exists(out), "a dry run writes nothing");
    }

    @Test
    void slurmOptionsAreCheckedBeforeAnythingIsWritten() throws Exception {
        Path e = experiment();
        Path out = tmp.resolve("cluster");
        CliRun tooMany = CliRun.of("sweep", e.toString(), "--slurm", "--array-size", "7", "--time", "1:00:00", "--mem", "1G",
                "--dry-run", "--out", out.toString());
        assertEquals(2, tooMany.exitCode());
        assertTrue(tooMany.err().contains("--array-size must be from 1 to 6"), tooMany.err());
        CliRun badTime = CliRun.of("sweep", e.toString(), "--slurm", "--time", "two hours", "--out", out.toString());
        assertEquals(2, badTime.exitCode());
        assertTrue(badTime.err().contains("--time expects Slurm's format"), badTime.err());
        CliRun badMem = CliRun.of("sweep", e.toString(), "--slurm", "--mem", "lots", "--time", "10", "--array-size", "2",
                "--dry-run", "--out", out.toString());
        assertEquals(2, badMem.exitCode());
        assertTrue(badMem.err().contains("--mem expects a size such as 2G"), badMem.err());
        CliRun withoutSlurm = CliRun.of("sweep", e.toString(), "--partition", "short", "--out", out.toString());
        assertEquals(2, withoutSlurm.exitCode());
        assertTrue(withoutSlurm.err().contains("go with --slurm"), withoutSlurm.err());
        assertTrue(!Files.exists(out), "nothing written");
    }

    /** A row without its last two fields, the run's and the experiment's ids. */
    static String withoutIds(String line) {
        String s = line.substring(0, line.lastIndexOf(','));
        return s.substring(0, s.lastIndexOf(','));
    }
}

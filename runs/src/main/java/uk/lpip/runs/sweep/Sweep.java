package uk.lpip.runs.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import uk.lpip.runs.SharedPast;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.appraisal.AppraisalReport;
import uk.lpip.runs.appraisal.AppraisedPackage;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.ManifestBuilder;
import uk.lpip.runs.output.TableIds;
import uk.lpip.runs.output.TimeseriesCsv;
import uk.lpip.runs.output.WaterCsv;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.experiment.Experiment;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.SpecWriter;
import uk.lpip.sim.api.WorkerPool;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.CostType;

/**
 * Runs a sweep's runs in parallel, each on one thread (many runs at once use the cores better than
 * one run on many), each committed to the sweep directory as soon as it finishes. A run that
 * throws is recorded under {@code failed/} with its error and the sweep goes on.
 */
public class Sweep {
    /** Told after every run, from the worker that finished it. */
    public interface Listener {
        void finished(SweepRun run, boolean ok, int done, int failed, int total);
    }

    private final ExperimentLoader.Loaded loaded;
    private final SweepDirectory dir;
    private final String toolVersion;
    private final String gitCommit;
    private boolean sharedPast = true;

    public Sweep(ExperimentLoader.Loaded loaded, SweepDirectory dir, String toolVersion, String gitCommit) {
        this.loaded = loaded;
        this.dir = dir;
        this.toolVersion = toolVersion;
        this.gitCommit = gitCommit;
    }

    /**
     * Whether the arms of a design point and replicate share their past (the default): simulated once
     * up to their first intervention's start and branched from there. Off, each is simulated from the
     * start (the same results; the tests compare the two).
     */
    public Sweep sharedPast(boolean share) {
        this.sharedPast = share;
        return this;
    }

    /** The scenario of one run: its point's, with only its arm's interventions, and its replicate's seed (tests override it to make a run fail). */
    public Scenario scenario(SweepRun run) {
        Scenario s = loaded.scenario(run.point(), run.arm());
        return s.withRun(s.run().withSeed(run.seed()));
    }

    /**
     * Runs those of {@code runs} not yet done, {@code jobs} at a time; returns how many failed.
     * Runs are worked on in groups that share their past: a design point and replicate's baseline
     * with its arms (each arm is appraised against its baseline person by person, so the baseline is
     * simulated again, identically, when only its arms are left to do) — or, when every factor is an
     * intervention's lever, all design points of a replicate, whose baselines are then one and the
     * same run (the same model and seed) and are simulated once.
     */
    public int execute(List<SweepRun> runs, int jobs, Listener listener) throws InterruptedException {
        boolean leversOnly = sharedPast && loaded.experiment().factors().stream()
                .allMatch(f -> f.path().startsWith("interventions[") || f.path().startsWith("interventions."));
        Map<String, List<SweepRun>> pairs = new LinkedHashMap<>();
        for (SweepRun r : runs) {
            pairs.computeIfAbsent((leversOnly ? "" : r.point() + "/") + r.replicate(), k -> new ArrayList<>()).add(r);
        }
        AtomicInteger done = new AtomicInteger((int) runs.stream().filter(r -> dir.isDone(r.id())).count());
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "lpip-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (List<SweepRun> pair : pairs.values()) {
                if (pair.stream().allMatch(r -> dir.isDone(r.id()))) {
                    continue;
                }
                futures.add(pool.submit(() -> runPair(pair, (run, ok) -> {
                    int f = ok ? failed.get() : failed.incrementAndGet();
                    listener.finished(run, ok, done.incrementAndGet(), f, runs.size());
                })));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("a sweep worker failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed.get();
    }

    private interface Outcome {
        void of(SweepRun run, boolean ok);
    }

    /**
     * A group's runs (design points in order, each its baseline and then its arms), all from the past
     * they share (simulated once, up to the first of their interventions' start): the baseline is
     * simulated once for the group (whenever any of it is left), then each arm not yet done.
     */
    private void runPair(List<SweepRun> group, Outcome outcome) {
        Map<Integer, List<SweepRun>> points = new LinkedHashMap<>();
        group.forEach(r -> points.computeIfAbsent(r.point(), k -> new ArrayList<>()).add(r));
        Map<SweepRun, SingleRun.Arm> arms = new LinkedHashMap<>();
        Map<SweepRun, Exception> unreadable = new LinkedHashMap<>();
        ModelConfig config = null;
        for (SweepRun r : group) {
            if (baseline(r) || !dir.isDone(r.id())) {
                try {
                    Scenario scenario = scenario(r);
                    arms.put(r, new SingleRun.Arm(r.arm(), scenario.interventions()));
                    if (config == null && baseline(r)) {
                        config = scenario.model();
                    }
                } catch (Exception e) {
                    unreadable.put(r, e);
                }
            }
        }
        try (WorkerPool workers = new WorkerPool(1);
             SharedPast past = config == null ? null
                     : new SharedPast(config, workers, sharedPast ? List.copyOf(arms.values()) : List.of(), m -> { })) {
            SingleRun.ArmResult baseline = null;
            for (List<SweepRun> pair : points.values()) {
                SweepRun baselineRun = pair.stream().filter(Sweep::baseline).findFirst().orElseThrow();
                try {
                    if (unreadable.containsKey(baselineRun)) {
                        throw unreadable.get(baselineRun);
                    }
                    if (baseline == null) {
                        baseline = simulate(past, baselineRun, arms.get(baselineRun));
                    }
                    if (!dir.isDone(baselineRun.id())) {
                        commit(baselineRun, baseline, null);
                        outcome.of(baselineRun, true);
                    }
                } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                    for (SweepRun r : pair) {
                        if (!dir.isDone(r.id())) {
                            fail(r, r == baselineRun ? e : new IllegalStateException("its baseline " + baselineRun.id() + " failed", e));
                            outcome.of(r, false);
                        }
                    }
                    continue;
                }
                for (SweepRun run : pair) {
                    if (run == baselineRun || dir.isDone(run.id())) {
                        continue;
                    }
                    try {
                        if (unreadable.containsKey(run)) {
                            throw unreadable.get(run);
                        }
                        commit(run, simulate(past, run, arms.get(run)), baseline);
                        outcome.of(run, true);
                    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
                        fail(run, e);
                        outcome.of(run, false);
                    }
                }
            }
        }
    }

    private static boolean baseline(SweepRun run) {
        return run.arm().equals(Experiment.BASELINE);
    }

    private static SingleRun.ArmResult simulate(SharedPast past, SweepRun run, SingleRun.Arm arm) {
        return past.simulate(arm, run.replicate(), run.seed(), m -> { }, (names, nanos) -> { });
    }

    private void fail(SweepRun run, Throwable e) {
        try {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            dir.recordFailure(run.id(), "run " + run.id() + " failed: " + e + "\n\n" + trace);
        } catch (IOException io) {
            throw new java.io.UncheckedIOException("cannot record the failure of " + run.id(), io);
        }
    }

    /** Writes a run's files into a temporary directory and renames it into place. */
    private void commit(SweepRun run, SingleRun.ArmResult result, SingleRun.ArmResult baseline) throws IOException {
        Path temporary = dir.temporary(run.id());
        try {
            write(run, result, baseline, temporary);
            dir.commit(temporary, run.id());
        } catch (IOException | RuntimeException e) {
            AtomicFiles.deleteTree(temporary);
            throw e;
        }
    }

    private void write(SweepRun run, SingleRun.ArmResult result, SingleRun.ArmResult baseline, Path out) throws IOException {
        Scenario scenario = scenario(run);
        ModelConfig config = scenario.model();
        MetricsTable table = result.table();
        ManifestBuilder manifest = new ManifestBuilder(toolVersion, gitCommit);
        TableIds ids = run.ids(loaded, config.run().scale());
        manifest.write("timeseries.csv", out.resolve("timeseries.csv"),
                w -> TimeseriesCsv.write(w, ids, run.arm(), run.replicate(), table));
        if (result.water() != null) {
            manifest.write("water.csv", out.resolve("water.csv"), w -> {
                WaterCsv.writeHeader(w);
                WaterCsv.writeRows(w, ids, run.arm(), run.replicate(), result.water());
            });
        }
        if (baseline != null) {
            AppraisalReport report = new AppraisalReport(List.of(baseline, rename(result)),
                    AppraisedPackage.of(scenario.interventions(), config.place()), config.run().scale());
            manifest.write("appraisal.csv", out.resolve("appraisal.csv"), w -> report.writeAppraisalCsv(w, ids));
            manifest.write("additionality.csv", out.resolve("additionality.csv"), w -> report.writeAdditionalityCsv(w, ids));
        }
        String yaml = SpecWriter.write(ScenarioFormat.SCENARIO, scenario);
        manifest.write("scenario.yaml", out.resolve("scenario.yaml"), w -> w.write(yaml));
        manifest.put("sweep", loaded.experiment().name());
        manifest.put("experiment", ids.experiment());
        manifest.put("run", ids.run());
        manifest.put("directory", run.id());
        manifest.put("scenario_sha256", TableIds.sha256(yaml));
        manifest.put("point", run.point());
        Map<String, Object> factors = new LinkedHashMap<>();
        List<Experiment.Factor> fs = loaded.experiment().factors();
        for (int f = 0; f < fs.size(); f++) {
            factors.put(fs.get(f).path(), loaded.points().get(run.point()).values().get(f));
        }
        manifest.put("factors", factors);
        manifest.put("arm", run.arm());
        manifest.put("replicate", run.replicate());
        manifest.put("seed", run.seed());
        manifest.put("scenario", config.name());
        manifest.put("months", config.run().months());
        manifest.put("burn_in_months", config.run().burnInMonths());
        manifest.put("scale", config.run().scale());
        manifest.put("threads", 1);
        manifest.put("written", Instant.now().toString());
        manifest.java().commit(out.resolve("manifest.json"));
    }

    /** The appraisal compares arms named baseline and intervention. */
    private static SingleRun.ArmResult rename(SingleRun.ArmResult a) {
        return new SingleRun.ArmResult("intervention", a.replicate(), a.seed(), a.table(), a.horizon(), a.participants(),
                a.spend(), a.water(), a.employment());
    }
}

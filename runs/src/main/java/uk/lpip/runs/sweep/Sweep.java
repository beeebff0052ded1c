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
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.Json;
import uk.lpip.runs.output.TimeseriesCsv;
import uk.lpip.runs.output.WaterCsv;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.experiment.Experiment;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.SpecWriter;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.EconomyModel;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.Interventions;

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

    public Sweep(ExperimentLoader.Loaded loaded, SweepDirectory dir, String toolVersion, String gitCommit) {
        this.loaded = loaded;
        this.dir = dir;
        this.toolVersion = toolVersion;
        this.gitCommit = gitCommit;
    }

    /** The scenario of one run: its point's, with only its arm's interventions, and its replicate's seed (tests override it to make a run fail). */
    public Scenario scenario(SweepRun run) {
        Scenario s = loaded.scenario(run.point(), run.arm());
        return s.withRun(s.run().withSeed(run.seed()));
    }

    /** Runs those of {@code runs} not yet done, {@code jobs} at a time; returns how many failed. */
    public int execute(List<SweepRun> runs, int jobs, Listener listener) throws InterruptedException {
        List<SweepRun> todo = runs.stream().filter(r -> !dir.isDone(r.id())).toList();
        int alreadyDone = runs.size() - todo.size();
        AtomicInteger done = new AtomicInteger(alreadyDone);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "lpip-sweep");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SweepRun run : todo) {
                futures.add(pool.submit(() -> {
                    boolean ok = runOne(run);
                    int f = ok ? failed.get() : failed.incrementAndGet();
                    listener.finished(run, ok, done.incrementAndGet(), f, runs.size());
                }));
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

    /** Runs one run and commits it, or records its failure; never throws for a failing model. */
    boolean runOne(SweepRun run) {
        Path temporary = null;
        try {
            temporary = dir.temporary(run.id());
            write(run, temporary);
            dir.commit(temporary, run.id());
            return true;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            try {
                if (temporary != null) {
                    SweepDirectory.deleteRecursively(temporary);
                }
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                dir.recordFailure(run.id(), "run " + run.id() + " failed: " + e + "\n\n" + trace);
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            return false;
        }
    }

    private void write(SweepRun run, Path out) throws IOException {
        Scenario scenario = scenario(run);
        ModelConfig config = scenario.model();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        MetricsTable table;
        uk.lpip.sim.water.Catchment water;
        try (EconomyModel model = new EconomyModel(config, 1, Interventions.factory(scenario.interventions()))) {
            table = model.run();
            water = model.economy().water();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("timeseries.csv", Map.of("sha256", AtomicFiles.write(out.resolve("timeseries.csv"),
                w -> TimeseriesCsv.write(w, run.id(), run.arm(), run.replicate(), table))));
        if (water != null) {
            outputs.put("water.csv", Map.of("sha256", AtomicFiles.write(out.resolve("water.csv"), w -> {
                WaterCsv.writeHeader(w);
                WaterCsv.writeRows(w, run.id(), run.arm(), run.replicate(), water);
            })));
        }
        String yaml = SpecWriter.write(ScenarioFormat.SCENARIO, scenario);
        outputs.put("scenario.yaml", Map.of("sha256", AtomicFiles.write(out.resolve("scenario.yaml"), w -> w.write(yaml))));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "lpip");
        m.put("version", toolVersion);
        m.put("git_commit", gitCommit);
        m.put("sweep", loaded.experiment().name());
        m.put("run", run.id());
        m.put("point", run.point());
        Map<String, Object> factors = new LinkedHashMap<>();
        List<Experiment.Factor> fs = loaded.experiment().factors();
        for (int f = 0; f < fs.size(); f++) {
            factors.put(fs.get(f).path(), loaded.points().get(run.point()).values().get(f));
        }
        m.put("factors", factors);
        m.put("arm", run.arm());
        m.put("replicate", run.replicate());
        m.put("seed", run.seed());
        m.put("scenario", config.name());
        m.put("months", config.run().months());
        m.put("burn_in_months", config.run().burnInMonths());
        m.put("scale", config.run().scale());
        m.put("threads", 1);
        m.put("started", started.toString());
        m.put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        m.put("outputs", outputs);
        AtomicFiles.write(out.resolve("manifest.json"), w -> w.write(Json.write(m)));
    }
}

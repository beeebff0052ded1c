package uk.lpip.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.SingleRun.Arm;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.SingleRun.ExtraOutput;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.ManifestBuilder;
import uk.lpip.runs.output.RunDirectory;
import uk.lpip.runs.output.TimeseriesCsv;
import uk.lpip.runs.output.WaterCsv;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.policy.CostType;

/**
 * Writes a simulated run's record: {@code timeseries.csv} (every arm and replicate), {@code water.csv}
 * where the place has a catchment, the caller's extra tables ({@code summary.csv}, the resolved
 * {@code scenario.yaml}, …), the charts under {@code charts/} and, last, {@code manifest.json} (which
 * lists the others with their checksums and sizes) into a temporary directory beside the run's,
 * renamed into place once the manifest is written. If writing fails or is interrupted, both are
 * removed, so a run directory with a manifest is always complete.
 */
final class RunWriter {
    /** The tables also written as Parquet. */
    static final List<String> TABLES = List.of("timeseries.csv", "water.csv", "summary.csv", "effects.csv", "appraisal.csv",
            "sensitivity.csv", "additionality.csv", "participant-effects.csv", "participant-effects-summary.csv");
    private final ModelConfig config;
    private final int threads;
    private final String toolVersion;
    private final String gitCommit;
    private final List<Arm> arms;
    private final int replicates;
    private final boolean withCharts;
    private final Map<String, CostType> costTypes;

    RunWriter(ModelConfig config, int threads, String toolVersion, String gitCommit, List<Arm> arms, int replicates,
              boolean withCharts, Map<String, CostType> costTypes) {
        this.config = config;
        this.threads = threads;
        this.toolVersion = toolVersion;
        this.gitCommit = gitCommit;
        this.arms = arms;
        this.replicates = replicates;
        this.withCharts = withCharts;
        this.costTypes = costTypes;
    }

    /** Writes and commits the run's directory under {@code resultsRoot}; returns it. */
    Path write(Path resultsRoot, uk.lpip.runs.output.TableIds ids, Map<String, Object> extraFields, List<ArmResult> results, List<ExtraOutput> extras, Instant started, double wall)
            throws IOException {
        Path dir = RunDirectory.create(resultsRoot, config.name(), LocalDateTime.ofInstant(started, ZoneId.systemDefault()));
        Path work = Files.createDirectory(resultsRoot.resolve(".tmp-" + dir.getFileName() + "-" + java.util.UUID.randomUUID()));
        // Ctrl-C while the files are written leaves nothing that looks like a run (kill -9 leaves an empty
        // directory and a .tmp- one, neither with a manifest)
        java.util.concurrent.atomic.AtomicBoolean committed = new java.util.concurrent.atomic.AtomicBoolean();
        Thread cleanup = new Thread(() -> {
            synchronized (committed) {
                if (!committed.get()) {
                    deleteRecursively(work);
                    deleteRecursively(dir);
                }
            }
        }, "lpip-run-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            ManifestBuilder manifest = new ManifestBuilder(toolVersion, gitCommit);
            manifest.write("timeseries.csv", work.resolve("timeseries.csv"), w -> {
                TimeseriesCsv.writeHeader(w);
                for (ArmResult a : results) {
                    TimeseriesCsv.writeRows(w, ids, a.name(), a.replicate(), a.table());
                }
            });
            if (results.stream().anyMatch(a -> a.water() != null)) {
                manifest.write("water.csv", work.resolve("water.csv"), w -> {
                    WaterCsv.writeHeader(w);
                    for (ArmResult a : results) {
                        WaterCsv.writeRows(w, ids, a.name(), a.replicate(), a.water());
                    }
                });
            }
            for (ExtraOutput extra : extras) {
                manifest.write(extra.fileName(), work.resolve(extra.fileName()), w -> extra.write(w, results));
            }
            // the tables again as Parquet, typed, for pandas, R (arrow) and DuckDB
            uk.lpip.runs.store.Parquet.besideCsvs(work, TABLES, manifest.outputs());
            if (withCharts) {
                new RunChartFiles(config, toolVersion, replicates, arms.size(), costTypes).write(work, results, manifest.outputs());
            }
            describe(manifest, dir, ids, extraFields, started, Instant.now(), wall).commit(work.resolve("manifest.json"));
            synchronized (committed) {
                RunDirectory.commit(work, dir);
                committed.set(true);
            }
        } catch (IOException | RuntimeException e) {
            deleteRecursively(work);
            deleteRecursively(dir);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs now and removes what is not committed
            }
        }
        return dir;
    }

    /** The run's fields in its manifest, after who wrote it and before its outputs. */
    private ManifestBuilder describe(ManifestBuilder m, Path dir, uk.lpip.runs.output.TableIds ids, Map<String, Object> extraFields,
                                     Instant started, Instant ended, double wall) {
        RunSettings run = config.run();
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
            seeds.add(SingleRun.replicateSeed(run.seed(), r));
        }
        m.put("run", ids.run())
                .put("experiment", ids.experiment())
                .put("directory", dir.getFileName().toString())
                .put("scenario", config.name())
                .put("region", config.place().regionName())
                .put("seed", run.seed())
                .put("months", run.months())
                .put("burn_in_months", run.burnInMonths())
                .put("scale", run.scale())
                .put("threads", threads)
                .put("arms", arms.stream().map(Arm::name).toList())
                .put("replicates", replicates)
                .put("replicate_seeds", seeds)
                .put("started", started.toString())
                .put("ended", ended.toString())
                .put("wall_seconds", Math.round(wall * 1000) / 1000.0);
        extraFields.forEach(m::put);
        if (m.outputs().get("scenario.yaml") instanceof Map<?, ?> yaml) {
            m.put("scenario_sha256", yaml.get("sha256"));   // the resolved scenario's hash
        }
        return m.java();
    }

    private static void deleteRecursively(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException ignored) {
            // best effort: the directory has no manifest, so it is recognisably incomplete
        }
    }
}

package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.metrics.MetricsTable;

/** {@code lpip run}: one run of a scenario, with progress, a summary and outputs under results/. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario once and write its outputs to a new directory under results/.",
                "With no SCENARIO, runs the bundled default place."},
        footer = {"", "Outputs: timeseries.csv (tidy: run, arm, replicate, month, area, metric, value),",
                "summary.csv, charts/*.png and manifest.json (with SHA-256 checksums).",
                "Exit codes: 0 ok, 1 failed while running, 2 bad input."})
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A bundled scenario name (see 'lpip scenarios'). Default: ${DEFAULT-VALUE}.",
            defaultValue = "default")
    String scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Run seed (default: the scenario's).")
    Long seed;

    @Option(names = "--months", paramLabel = "N", description = "Months to record after the burn-in (default: the scenario's).")
    Integer months;

    @Option(names = "--burn-in", paramLabel = "N", description = "Months to simulate before recording (default: the scenario's).")
    Integer burnIn;

    @Option(names = "--scale", paramLabel = "F", description = "Fraction of the real population simulated, in (0, 1] (default: the scenario's).")
    Double scale;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available cores, ${DEFAULT-VALUE}).",
            defaultValue = "${sys:lpip.defaultThreads:-0}")
    int threads;

    @Option(names = "--no-charts", description = "Do not draw the run's charts.")
    boolean noCharts;

    @Option(names = "--out", paramLabel = "DIR", description = "Results directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "results")
    Path out;

    @Override
    public Integer call() throws IOException {
        ModelConfig config = resolve();
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        RunSettings run = config.run();
        err.printf("lpip run: %s, %d months after %d of burn-in, seed %d, scale %s, %d thread%s%n",
                config.name(), run.months(), run.burnInMonths(), run.seed(), run.scale(), workers, workers == 1 ? "" : "s");
        Progress progress = new Progress(err, System.console() != null, run.totalMonths(), run.burnInMonths());
        SingleRun.ExtraOutput summary = new SingleRun.ExtraOutput() {
            @Override
            public String fileName() {
                return "summary.csv";
            }

            @Override
            public void write(java.io.Writer w, MetricsTable table) throws IOException {
                CouncilSummary.writeCsv(w, table);
            }
        };
        SingleRun.Result result = new SingleRun(config, workers, BuildInfo.version(), BuildInfo.gitCommit())
                .charts(!noCharts)
                .run(out, progress::month, List.of(summary));
        outWriter.println();
        outWriter.printf("%s — %s%n", config.place().regionName(), "start and end of the recorded period");
        CouncilSummary.print(outWriter, result.table());
        outWriter.printf("%nWrote %s (%.1f s simulated time)%n", result.directory(), result.wallSeconds());
        outWriter.flush();
        return Lpip.EXIT_OK;
    }

    private ModelConfig resolve() {
        ModelConfig base = BundledScenarios.find(scenario).map(b -> b.config().get()).orElseThrow(() -> {
            StringBuilder names = new StringBuilder();
            for (BundledScenarios.Bundled b : BundledScenarios.all()) {
                names.append(names.length() == 0 ? "" : ", ").append(b.name());
            }
            return new CommandLine.ParameterException(spec.commandLine(),
                    "'" + scenario + "' is not a bundled scenario (available: " + names + ")");
        });
        RunSettings r = base.run();
        try {
            RunSettings changed = new RunSettings(
                    months != null ? months : r.months(),
                    burnIn != null ? burnIn : r.burnInMonths(),
                    seed != null ? seed : r.seed(),
                    scale != null ? scale : r.scale());
            if (threads < 0) {
                throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
            }
            return base.withRun(changed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}

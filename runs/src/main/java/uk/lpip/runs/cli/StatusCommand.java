package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.sweep.SweepDirectory;
import uk.lpip.runs.sweep.SweepRun;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.load.ScenarioException;

/** {@code lpip status}: how far a sweep has got — while it runs (on any number of shards) and after. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Count a sweep's runs: done, failed, missing — overall and, with --shards N, for each of N shards "
                + "(as lpip sweep --shard i/N splits them). Safe to run while the sweep is running.",
                "Exit codes: 0 every run done, 1 runs failed or missing, 2 not a sweep directory."})
final class StatusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A sweep directory (results/<experiment name>).")
    Path dir;

    @Option(names = "--shards", paramLabel = "N", description = "Also count for each of N shards.")
    Integer shards;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("experiment.yaml"))) {
            err.printf("lpip status: %s is not a sweep directory (no experiment.yaml)%n", dir);
            return Lpip.EXIT_BAD_INPUT;
        }
        if (shards != null && shards < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shards must be at least 1, was " + shards);
        }
        ExperimentLoader.Loaded plan;
        try {
            plan = ExperimentLoader.readPlan(dir.resolve("experiment.yaml"));
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, dir.resolve("experiment.yaml").toString(), e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        SweepDirectory sweep = new SweepDirectory(dir);
        List<SweepRun> runs = SweepRun.plan(plan);
        int[] all = count(sweep, runs);
        out.printf("%s: %d runs — %d done, %d failed, %d missing%s%n", plan.experiment().name(), runs.size(), all[0], all[1],
                all[2], Files.isRegularFile(dir.resolve("sweep.json")) ? "; tables written" : "");
        if (shards != null) {
            for (int i = 1; i <= shards; i++) {
                int[] c = count(sweep, SweepRun.shard(runs, i, shards));
                out.printf("  shard %d/%d: %d done, %d failed, %d missing%n", i, shards, c[0], c[1], c[2]);
            }
        }
        for (SweepRun r : runs) {
            if (!sweep.isDone(r.id()) && sweep.hasFailed(r.id())) {
                out.printf("  failed: %s — %s%n", r.id(), sweep.failure(r.id()).lines().findFirst().orElse(""));
            }
        }
        out.flush();
        return all[1] + all[2] == 0 ? Lpip.EXIT_OK : Lpip.EXIT_FAILED;
    }

    /** done, failed (and not done), missing (neither). */
    private static int[] count(SweepDirectory sweep, List<SweepRun> runs) {
        int[] c = new int[3];
        for (SweepRun r : runs) {
            if (sweep.isDone(r.id())) {
                c[0]++;
            } else if (sweep.hasFailed(r.id())) {
                c[1]++;
            } else {
                c[2]++;
            }
        }
        return c;
    }
}

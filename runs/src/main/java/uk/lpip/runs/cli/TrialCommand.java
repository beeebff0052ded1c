package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.trial.DesignSummary;
import uk.lpip.runs.trial.Replicate;
import uk.lpip.runs.trial.TrialOutput;
import uk.lpip.runs.trial.TrialRunner;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.scenarios.trial.TrialLoader;

/** {@code lpip trial}: simulate evaluation designs of a scenario's intervention package before a real trial. */
@Command(name = "trial", mixinStandardHelpOptions = true,
        description = {"Simulate a trial file: each evaluation design (individual or cluster randomised, "
                + "stepped-wedge rollout, difference-in-differences, matched comparison) over many replicates, each paired with its baseline so "
                + "the estimator's bias against the true effect is known; power, minimum detectable effect and the size "
                + "for 80%% power. Writes DIR/<trial>-<time>/ with trial.csv, estimates.csv, power.csv, charts and "
                + "report.html. See docs/trials.md.",
                "Exit codes: 0 done, 1 a simulation failed, 2 bad trial file or options."})
final class TrialCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRIAL", description = "A trial file (YAML).")
    Path file;

    @CommandLine.Mixin
    SharedOptions.Threads threads;

    @CommandLine.Mixin
    SharedOptions.Out out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Verbosity verbosity = Verbosity.of(spec);
        PrintWriter info = verbosity.progress(err);
        int workers = threads.resolve(spec.commandLine());
        verbosity.phase("load trial");
        TrialLoader.Loaded loaded;
        try {
            loaded = TrialLoader.load(file);
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, file.toString(), e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        if (!out.usable(err, "lpip trial")) {
            return Lpip.EXIT_BAD_INPUT;
        }
        info.printf("lpip trial: %s, %d design%s × %d replicates, follow-up %d months, scale %s%n", loaded.trial().name(),
                loaded.trial().designs().size(), loaded.trial().designs().size() == 1 ? "" : "s", loaded.trial().replicates(),
                loaded.trial().followUpMonths(), loaded.base().run().scale());
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        verbosity.phase("simulate");
        List<Replicate> reps = new TrialRunner(loaded, workers).run(line -> info.println("lpip trial: " + line));
        verbosity.phase("write outputs");
        List<DesignSummary> sums = TrialOutput.summaries(loaded, reps);
        Path dir = TrialOutput.write(out.dir, loaded, reps, sums, BuildInfo.version(), BuildInfo.gitCommit(), started,
                (System.nanoTime() - t0) / 1e9);
        PrintWriter o = spec.commandLine().getOut();
        boolean pounds = loaded.trial().outcome().equals("earnings");
        double k = pounds ? 1 : 100;
        String unit = pounds ? " £" : " pp";
        for (DesignSummary s : sums) {
            o.printf(Locale.ROOT, "%s (%s): estimate %.2f%s, true effect %.2f%s, bias %.2f ± %.2f%s (expected estimate %.2f%s); "
                            + "power %.0f%% at %,d %s; "
                            + "MDE %.2f%s; 80%% power at %,.0f %s%n", s.design().name(), s.design().type(), k * s.meanEstimate(),
                    unit, k * s.meanTruth(), unit, k * s.bias(), 1.96 * k * s.biasSe(), unit, k * s.expected(), unit,
                    100 * TrialOutput.plannedPower(s),
                    s.plannedSizes()[0], s.unit(), k * s.mde(), unit, s.sizeFor80(), s.unit());
            if (s.design().type().equals(Trial.STEPPED_WEDGE)) {
                double cells = reps.stream().filter(r -> r.design().equals(s.design().name())).mapToDouble(Replicate::cellTruth)
                        .average().orElse(Double.NaN);
                o.printf(Locale.ROOT, "  %s: true effect weighing every treated cluster-period alike %.2f%s (the analysis "
                        + "weighs them by its fixed effects: %.2f%s)%n", s.design().name(), k * cells, unit, k * s.meanTruth(), unit);
            }
        }
        o.println("lpip trial: results in " + dir);
        o.flush();
        return Lpip.EXIT_OK;
    }
}

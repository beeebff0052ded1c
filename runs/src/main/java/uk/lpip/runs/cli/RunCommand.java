package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lpip.runs.Effects;
import uk.lpip.runs.appraisal.AppraisalReport;
import uk.lpip.runs.appraisal.AppraisedPackage;
import uk.lpip.runs.appraisal.ParticipantEffects;
import uk.lpip.runs.appraisal.ParticipantEffectsTables;
import uk.lpip.sim.policy.CostType;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.SpecWriter;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.RunSettings;

/** {@code lpip run}: one run of a scenario, with progress, a summary and outputs under results/. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario once and write its outputs to a new directory under results/.",
                "With no SCENARIO, runs the bundled demo place. A scenario with interventions runs as two arms",
                "with the same seed, a baseline (interventions removed) and the intervention arm, and the",
                "summary compares them."},
        footer = {"", "Outputs: timeseries.csv (tidy: run, arm, replicate, month, area, metric, value),",
                "summary.csv, scenario.yaml (fully resolved), effects.csv, appraisal.csv, sensitivity.csv, additionality.csv,",
                "participant-effects.csv and participant-effects-summary.csv (paired runs),",
                "charts/*.png and manifest.json",
                "(with SHA-256 checksums).",
                "Exit codes: 0 ok, 1 failed while running, 2 bad input."})
final class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ScenarioArguments scenarioArguments;

    @CommandLine.Mixin
    SharedOptions.Threads threads;

    @Option(names = "--replicates", paramLabel = "R",
            description = "Replicates with seeds derived from the run seed (default: the scenario's replicates, 1 unless it sets "
                    + "them; the bundled intervention scenarios set 10); with interventions, effects.csv and the summary give "
                    + "mean paired differences with 95%% confidence intervals.")
    Integer replicatesOption;

    /** The replicates to run: the option's, else the scenario's. */
    private int replicates;

    @Option(names = "--precision", paramLabel = "PP",
            description = "Add replicates (at least 3) until the 95%% interval of the change in the region's employment rate "
                    + "at the horizon is at most ±PP percentage points, up to --max-replicates; a scenario with interventions only.")
    Double precision;

    @Option(names = "--max-replicates", paramLabel = "N", defaultValue = "30",
            description = "The most replicates --precision may run (default: ${DEFAULT-VALUE}).")
    int maxReplicates;

    @CommandLine.Mixin
    SharedOptions.NoReport noReport;

    @Option(names = "--no-charts", description = "Do not draw the run's charts.")
    boolean noCharts;

    @CommandLine.Mixin
    SharedOptions.Out out;

    @Override
    public Integer call() throws IOException, uk.lpip.runs.output.Manifest.Invalid {
        PrintWriter err = spec.commandLine().getErr();
        Verbosity verbosity = Verbosity.of(spec);
        PrintWriter info = verbosity.progress(err);
        int workers = threads.resolve(spec.commandLine());
        if (replicatesOption != null && (replicatesOption < 1 || replicatesOption > 1000)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--replicates must be from 1 to 1000, was "
                    + replicatesOption);
        }
        replicates = replicatesOption == null ? 1 : replicatesOption;
        if (precision != null && !(precision > 0 && Double.isFinite(precision))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--precision must be a positive number of percentage "
                    + "points, was " + precision);
        }
        if (precision != null && (maxReplicates < Math.max(PrecisionTarget.MIN_REPLICATES, replicates) || maxReplicates > 1000)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-replicates must be from "
                    + Math.max(PrecisionTarget.MIN_REPLICATES, replicates) + " to 1000, was " + maxReplicates);
        }
        verbosity.phase("load scenario");
        Scenario scenario = scenarioArguments.load(err);
        if (scenario == null) {
            return Lpip.EXIT_BAD_INPUT;
        }
        if (replicatesOption == null && precision == null) {
            replicates = scenario.replicates();
        }
        if (!out.usable(err, "lpip run")) {
            return Lpip.EXIT_BAD_INPUT;
        }
        ModelConfig config = scenario.model();
        PrintWriter outWriter = spec.commandLine().getOut();
        RunSettings run = config.run();
        info.printf("lpip run: %s, %d months after %d of burn-in, seed %d, scale %s, %d thread%s%n",
                config.name(), run.months(), run.burnInMonths(), run.seed(), run.scale(), workers, workers == 1 ? "" : "s");
        boolean paired = !scenario.interventions().isEmpty();
        List<SingleRun.Arm> arms = paired
                ? List.of(SingleRun.Arm.baseline(), new SingleRun.Arm("intervention", scenario.interventions()))
                : List.of(SingleRun.Arm.baseline());
        if (paired) {
            info.printf("lpip run: %d intervention%s: running a baseline arm and an intervention arm with the same seed%n",
                    scenario.interventions().size(), scenario.interventions().size() == 1 ? "" : "s");
        }
        if (precision != null && !paired) {
            err.println("lpip run: --precision targets the interval of the interventions' effect, and this scenario has no "
                    + "interventions");
            return Lpip.EXIT_BAD_INPUT;
        }
        SingleRun runner = new SingleRun(config, workers, BuildInfo.version(), BuildInfo.gitCommit(), arms)
                .charts(!noCharts).replicates(precision == null ? replicates : Math.max(PrecisionTarget.MIN_REPLICATES, replicates))
                .phaseTimes(verbosity.phases::addModel);
        if (precision != null) {
            runner.until(PrecisionTarget.of(precision, List.of("intervention")), maxReplicates);
        }
        runner.describe("scenario_file", scenarioArguments.scenario == null ? "" : scenarioArguments.scenario)
                .describe("overrides", scenarioArguments.overrides());
        if (precision != null) {
            runner.describe("precision_target_pp", precision).describe("max_replicates", maxReplicates);
        }
        uk.lpip.runs.output.TableIds ids = runner.ids();
        java.util.function.IntConsumer months = verbosity.quiet ? m -> { }
                : Progress.months(err, Progress.stderrIsTerminal(), runner.totalMonths(), run.burnInMonths(), run.totalMonths(),
                        runner.sharedMonths(), arms.size());
        int allMonths = runner.totalMonths();
        java.util.function.IntConsumer progress = done -> {
            months.accept(done);
            if (done == allMonths) {
                verbosity.phase("write outputs");
            }
        };
        String resolved = SpecWriter.write(ScenarioFormat.SCENARIO, scenario);
        List<SingleRun.ExtraOutput> extras = new java.util.ArrayList<>(List.of(
                SingleRun.ExtraOutput.of("scenario.yaml", (w, results) -> w.write(resolved)),
                SingleRun.ExtraOutput.of("summary.csv", (w, results) -> uk.lpip.runs.SummaryCsv.write(w, results, ids))));
        java.util.Map<String, CostType> costTypes = new java.util.HashMap<>();
        scenario.interventions().forEach(iv -> costTypes.put(iv.common().name(), iv.common().costType()));
        AppraisalReport[] appraisal = new AppraisalReport[1];
        ParticipantEffects[] participantEffects = new ParticipantEffects[1];
        AppraisedPackage pkg = AppraisedPackage.of(scenario.interventions(), config.place());
        if (paired) {
            extras.add(SingleRun.ExtraOutput.of("effects.csv", (w, results) -> new Effects(results).writeCsv(w, ids)));
            extras.add(SingleRun.ExtraOutput.of("appraisal.csv", (w, results) -> report(appraisal, results, pkg, run.scale())
                    .writeAppraisalCsv(w, ids)));
            extras.add(SingleRun.ExtraOutput.of("sensitivity.csv", (w, results) -> report(appraisal, results, pkg, run.scale())
                    .writeSensitivityCsv(w, ids)));
            extras.add(SingleRun.ExtraOutput.of("additionality.csv", (w, results) -> report(appraisal, results, pkg,
                    run.scale()).writeAdditionalityCsv(w, ids)));
            extras.add(SingleRun.ExtraOutput.of("participant-effects.csv", (w, results) ->
                    ParticipantEffectsTables.writeCsv(w, effects(participantEffects, results), ids)));
            extras.add(SingleRun.ExtraOutput.of("participant-effects-summary.csv", (w, results) ->
                    ParticipantEffectsTables.writeSummaryCsv(w, effects(participantEffects, results), ids)));
        }
        runner.costTypes(costTypes);
        verbosity.phase("simulate");
        SingleRun.Result result = runner.run(out.dir, progress, extras);
        verbosity.phase("summary");
        outWriter.println();
        outWriter.printf("%s — %s%n", config.place().regionName(), paired ? "paired run" : "start and end of the recorded period");
        if (paired) {
            PairedSummary.print(outWriter, result.arms(), run.scale());
            ParticipantEffectsTables.print(outWriter, effects(participantEffects, result.arms()), run.scale());
            report(appraisal, result.arms(), pkg, run.scale()).print(outWriter);
        } else {
            CouncilSummary.print(outWriter, result.table(), run.scale());
        }
        if (precision != null) {
            outWriter.printf("%n%s%n", PrecisionTarget.message(result.arms(), List.of("intervention"), precision,
                    runner.replicateCount(), maxReplicates));
        }
        WaterSummary.print(outWriter, result.arms());
        outWriter.printf("%nWrote %s (%.1f s simulated time)%n", result.directory(), result.wallSeconds());
        if (!noReport.set) {
            verbosity.phase("report");
            outWriter.printf("Report: %s%n", uk.lpip.runs.report.RunReport.write(result.directory()));
        }
        outWriter.flush();
        return Lpip.EXIT_OK;
    }

    /** Participants' effects in the run's arms, computed once and shared by the tables and the summary. */
    private static ParticipantEffects effects(ParticipantEffects[] holder, List<SingleRun.ArmResult> arms) {
        if (holder[0] == null) {
            holder[0] = new ParticipantEffects(arms);
        }
        return holder[0];
    }

    /** The appraisal of the run's arms, made once and shared by its outputs and the summary. */
    private static AppraisalReport report(AppraisalReport[] holder, List<SingleRun.ArmResult> arms, AppraisedPackage pkg,
                                          double scale) {
        if (holder[0] == null) {
            holder[0] = new AppraisalReport(arms, pkg, scale);
        }
        return holder[0];
    }
}

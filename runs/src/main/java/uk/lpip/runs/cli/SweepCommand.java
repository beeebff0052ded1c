package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.sweep.Sweep;
import uk.lpip.runs.sweep.SweepDirectory;
import uk.lpip.runs.sweep.SweepRun;
import uk.lpip.runs.report.SweepReport;
import uk.lpip.runs.slurm.SlurmSweep;
import uk.lpip.runs.sweep.SweepCharts;
import uk.lpip.runs.sweep.SweepSensitivity;
import uk.lpip.runs.sweep.SweepTables;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.load.ScenarioException;

/** {@code lpip sweep}: every design point × arm × replicate of an experiment, in parallel, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run an experiment file: every design point × arm × replicate, several at once.",
                "Each finished run is committed atomically under DIR/<experiment>/runs/; a failing run is recorded under "
                        + "failed/ and the sweep goes on. After an interruption (even kill -9) run the same command with "
                        + "--resume: it finishes the rest and each run exists exactly once. With --shard i/N only a "
                        + "deterministic share runs; 'lpip merge' then joins the shares and writes the sweep's tables, "
                        + "charts and report. With --slurm the sweep is submitted to Slurm as a job array of shards and a "
                        + "dependent merge job (docs/cluster.md). See docs/experiments.md.",
                "Exit codes: 0 all runs done, 1 some runs failed or committed runs are damaged, 2 bad experiment or options, "
                        + "or another lpip process working on the directory."})
final class SweepCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "An experiment file (YAML).")
    Path experiment;

    @CommandLine.Mixin
    SharedOptions.Jobs jobs;

    @CommandLine.Mixin
    SharedOptions.Out out;

    @Option(names = "--resume", description = "Continue a sweep in an existing results directory; every committed run "
            + "it reuses is verified against its manifest first.")
    boolean resume;

    @Option(names = "--repair", description = "With --resume: run again the committed runs that are damaged (each is "
            + "removed in one step first), instead of stopping.")
    boolean repair;

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only share i of N (1 ≤ i ≤ N).")
    String shard;

    @CommandLine.Mixin
    SharedOptions.NoReport noReport;

    @Option(names = "--slurm", description = "Submit the sweep to Slurm as a job array of shards and a dependent merge job "
            + "(sbatch); again after failures, only shards with missing runs are resubmitted. See docs/cluster.md.")
    boolean slurm;

    @Option(names = "--array-size", paramLabel = "N", description = "With --slurm: number of array tasks (shards) "
            + "(default: as before for this sweep, else tasks of about half an hour from a local trial run).")
    Integer arraySize;

    @Option(names = "--partition", paramLabel = "P", description = "With --slurm: the partition (default: the cluster's).")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "With --slurm: wall time per task, e.g. 02:00:00 "
            + "(default: twice the local estimate plus start-up, at least 10 minutes).")
    String time;

    @Option(names = "--mem", paramLabel = "M", description = "With --slurm: memory per task, e.g. 4G "
            + "(default: from the local trial's peak heap, at least 1G).")
    String mem;

    @Option(names = "--cpus-per-task", paramLabel = "C", description = "With --slurm: CPUs per task, runs at once in each "
            + "(default: 1).")
    Integer cpusPerTask;

    @Option(names = "--prelude", paramLabel = "LINE", description = "With --slurm: a shell line run first in every job, "
            + "e.g. 'module load Java/17' (repeatable); jobs then run the java on their PATH.")
    List<String> prelude = new java.util.ArrayList<>();

    @Option(names = "--dry-run", description = "With --slurm: print the scripts; write and submit nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Start a sweep of more than " + SweepEstimate.CONFIRM_ABOVE + " runs without "
            + "asking (needed when standard input is not a terminal).")
    boolean yes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Verbosity.of(spec).phase("load experiment");
        int[] share = parseShard();
        int workers = jobs.resolve(spec.commandLine());
        ExperimentLoader.Loaded loaded;
        try {
            loaded = ExperimentLoader.load(experiment);
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, experiment.toString(), e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        if (slurm) {
            return submitToSlurm(loaded, share, err, outWriter);
        }
        if (arraySize != null || partition != null || time != null || mem != null || cpusPerTask != null || dryRun
                || !prelude.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--array-size, --partition, --time, --mem, --cpus-per-task, --prelude and --dry-run go with --slurm");
        }
        if (repair && !resume) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repair goes with --resume");
        }
        if (!out.usable(err, "lpip sweep")) {
            return Lpip.EXIT_BAD_INPUT;
        }
        SweepDirectory dir = new SweepDirectory(out.dir.resolve(loaded.experiment().name()));
        if (dir.exists() && !resume && share == null) {
            err.printf("lpip sweep: %s already holds this sweep; add --resume to finish it, or choose another --out%n", dir.root());
            return Lpip.EXIT_BAD_INPUT;
        }
        // An existing sweep is locked before anything is said of it (a second process is refused at once); a new
        // one only after the plan is confirmed, so that a refused sweep leaves nothing behind.
        uk.lpip.runs.output.DirectoryLock lock = null;
        try {
            if (share == null && dir.exists()) {
                lock = dir.lock();   // shards share a directory by design; an unsharded sweep has it to itself
            }
        } catch (IllegalStateException e) {
            err.println("lpip sweep: " + e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        }
        try (uk.lpip.runs.output.DirectoryLock held = lock) {
            return planAndSweep(loaded, dir, share, workers, err, outWriter, held);
        }
    }

    private int planAndSweep(ExperimentLoader.Loaded loaded, SweepDirectory dir, int[] share, int workers, PrintWriter err,
                             PrintWriter outWriter, uk.lpip.runs.output.DirectoryLock held)
            throws IOException, InterruptedException {
        List<SweepRun> plan = SweepRun.plan(loaded);
        List<SweepRun> mine = share == null ? plan : SweepRun.shard(plan, share[0], share[1]);
        long done = mine.stream().filter(r -> dir.isDone(r.id())).count();
        PrintWriter info = Verbosity.of(spec).progress(err);
        info.printf(Locale.ROOT, "lpip sweep: %s: %d design point%s × %d arm%s × %d replicate%s = %d runs%s; %d to run, %d at a time%n",
                loaded.experiment().name(), loaded.points().size(), s(loaded.points().size()), loaded.armNames().size(),
                s(loaded.armNames().size()), loaded.experiment().replicates(), s(loaded.experiment().replicates()), plan.size(),
                share == null ? "" : " (shard " + share[0] + "/" + share[1] + ": " + mine.size() + ")", mine.size() - done, workers);
        List<SweepRun> toRun = mine.stream().filter(r -> !dir.isDone(r.id())).toList();
        SweepEstimate.print(info, loaded, toRun, workers);
        if (!SweepEstimate.confirm(err, toRun.size(), yes, SweepEstimate.Terminal.system())) {
            return Lpip.EXIT_BAD_INPUT;
        }
        uk.lpip.runs.output.DirectoryLock lock = null;
        try {
            if (share == null && held == null) {
                lock = dir.lock();
            }
            dir.open(loaded.text());
        } catch (IllegalStateException e) {
            err.println("lpip sweep: " + e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        }
        try (uk.lpip.runs.output.DirectoryLock taken = lock) {
            return sweep(loaded, dir, share, workers, err, outWriter);
        }
    }

    private int sweep(ExperimentLoader.Loaded loaded, SweepDirectory dir, int[] share, int workers, PrintWriter err,
                      PrintWriter outWriter) throws IOException, InterruptedException {
        if (share == null) {
            dir.removeTemporaries();   // only one process works on an unsharded sweep
        }
        List<SweepRun> plan = SweepRun.plan(loaded);
        List<SweepRun> mine = share == null ? plan : SweepRun.shard(plan, share[0], share[1]);
        java.util.Map<String, List<uk.lpip.runs.output.RecordCheck.Damage>> damaged =
                dir.damaged(mine.stream().map(SweepRun::id).toList());
        if (!damaged.isEmpty()) {
            printDamaged(err, "lpip sweep", damaged);
            if (!repair) {
                err.printf("lpip sweep: nothing was run and no table written; run again with --resume --repair to run "
                        + "the damaged run%s again%n", s(damaged.size()));
                return Lpip.EXIT_FAILED;
            }
            for (String id : damaged.keySet()) {
                dir.discard(id);
            }
            err.printf("lpip sweep: --repair: removed %d damaged run%s; running %s again%n", damaged.size(), s(damaged.size()),
                    damaged.size() == 1 ? "it" : "them");
        }
        long done = mine.stream().filter(r -> dir.isDone(r.id())).count();
        long t0 = System.nanoTime();
        Verbosity verbosity = Verbosity.of(spec);
        verbosity.phase("run");
        // with --quiet only the failures are noted, not the progress
        Progress progress = new Progress(err, !verbosity.quiet && Progress.stderrIsTerminal(), mine.size())
                .updates(!verbosity.quiet);
        int failed = new Sweep(loaded, dir, BuildInfo.version(), BuildInfo.gitCommit()).execute(mine, workers,
                (run, ok, finished, failures, total) -> {
                    if (!ok) {
                        progress.note(String.format("lpip sweep: run %s failed (see %s)", run.id(),
                                dir.failed().resolve(run.id() + ".txt")));
                    }
                    double elapsed = (System.nanoTime() - t0) / 1e9;
                    long ranHere = finished - done;
                    double left = ranHere > 0 ? elapsed / ranHere * (total - finished) : Double.NaN;
                    progress.update(finished, String.format(Locale.ROOT, "[%s] %d/%d runs done, %d failed, %s left",
                            Progress.bar(finished, total, 20), finished, total, failures, duration(left)));
                });
        if (failed > 0) {
            err.printf("lpip sweep: %d run%s failed; their errors are in %s. Fix the cause and run again with --resume.%n",
                    failed, s(failed), dir.failed());
            return Lpip.EXIT_FAILED;
        }
        if (share != null) {
            outWriter.printf("Shard %d/%d done in %s. When every shard is done: lpip merge %s%n", share[0], share[1], dir.root(),
                    dir.root());
            outWriter.flush();
            return Lpip.EXIT_OK;
        }
        verbosity.phase("write tables and charts");
        SweepTables.write(loaded, dir, plan);
        SweepCharts.write(dir.root(), loaded.experiment().name(), BuildInfo.version());
        printAppraisal(outWriter, dir);
        outWriter.printf(Locale.ROOT, "Sweep %s: %d runs in %s (%.1f s). Tables: runs.csv, points.csv, effects.csv, "
                        + "appraisal.csv, additionality.csv%s%n",
                loaded.experiment().name(), plan.size(), dir.root(), (System.nanoTime() - t0) / 1e9,
                SweepSensitivity.tables(loaded.experiment()).stream().map(t -> ", " + t).collect(Collectors.joining()));
        if (!noReport.set) {
            verbosity.phase("report");
            outWriter.printf("Report: %s%n", SweepReport.write(dir.root(), BuildInfo.version()));
        }
        outWriter.flush();
        return Lpip.EXIT_OK;
    }

    /** Each damaged run and what is damaged in it. */
    static void printDamaged(PrintWriter err, String command,
                             java.util.Map<String, List<uk.lpip.runs.output.RecordCheck.Damage>> damaged) {
        err.printf("%s: %d committed run%s damaged (see lpip verify):%n", command, damaged.size(),
                damaged.size() == 1 ? " is" : "s are");
        damaged.forEach((id, d) -> d.forEach(x -> err.printf("  %s: %s%n", id, x)));
    }

    private int submitToSlurm(ExperimentLoader.Loaded loaded, int[] share, PrintWriter err, PrintWriter outWriter)
            throws IOException, InterruptedException {
        if (share != null || jobs.requested != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--slurm makes the shards and sets --jobs itself "
                    + "(use --array-size and --cpus-per-task)");
        }
        if ((arraySize != null && arraySize < 1) || (cpusPerTask != null && (cpusPerTask < 1 || cpusPerTask > 1024))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--array-size and --cpus-per-task must be at least 1");
        }
        if (time != null && !time.matches("(\\d+-)?\\d{1,2}(:\\d{2}){0,2}")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time expects Slurm's format, e.g. 90, 02:00:00 "
                    + "or 1-12:00:00, found '" + time + "'");
        }
        if (!dryRun && !SweepEstimate.confirm(err, SweepRun.plan(loaded).size(), yes, SweepEstimate.Terminal.system())) {
            return Lpip.EXIT_BAD_INPUT;
        }
        SlurmSweep sweep = new SlurmSweep(loaded, experiment, out.dir, BuildInfo.version(), BuildInfo.gitCommit());
        try {
            int code = sweep.submit(new SlurmSweep.Options(arraySize, partition, time, mem, cpusPerTask, prelude, dryRun),
                    outWriter, err);
            outWriter.flush();
            err.flush();
            return code;
        } catch (SlurmSweep.SlurmException | IllegalStateException e) {
            err.println("lpip sweep: " + e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        } catch (IOException e) {
            err.println("lpip sweep: " + e.getMessage());
            return Lpip.EXIT_FAILED;
        }
    }

    /**
     * Per point and arm: net additional jobs (mean over replicates [95% interval]) and the UK society BCR (mean benefits
     * over mean costs [delta-method 95% interval]) with its value-for-money category, full scale.
     */
    static void printAppraisal(PrintWriter out, SweepDirectory dir) throws IOException {
        List<String[]> jobs = SweepTables.appraisalSummary(dir, "net_additional_jobs");
        List<String[]> bcr = SweepTables.bcrSummary(dir);
        if (jobs.isEmpty()) {
            return;
        }
        out.printf("%nAppraisal against each point's baseline (full scale; mean over replicates [95%% interval]):%n");
        out.printf("%6s  %-24s %28s %40s%n", "point", "arm", "net additional jobs", "BCR, UK society (value for money)");
        for (int i = 0; i < jobs.size(); i++) {
            String[] j = jobs.get(i);
            String[] b = bcr.get(i);
            out.printf(Locale.ROOT, "%6s  %-24s %28s %40s%n", j[0], j[1], interval(j, "%,.0f"),
                    interval(b, "%.1f") + " " + uk.lpip.runs.appraisal.ValueForMoney.label(Double.parseDouble(b[2])));
        }
        out.println();
    }

    private static String interval(String[] row, String fmt) {
        double mean = Double.parseDouble(row[2]);
        double low = Double.parseDouble(row[3]);
        double high = Double.parseDouble(row[4]);
        String m = Double.isFinite(mean) ? String.format(Locale.ROOT, fmt, mean) : "–";
        return Double.isFinite(low) ? m + " [" + String.format(Locale.ROOT, fmt, low) + ", "
                + String.format(Locale.ROOT, fmt, high) + "]" : m;
    }

    private int[] parseShard() {
        if (shard == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)/(\\d+)").matcher(shard.trim());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shard expects i/N, e.g. 2/8, found '" + shard + "'");
        }
        int i = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || i < 1 || i > n) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--shard i/N needs 1 ≤ i ≤ N, found " + shard);
        }
        return new int[] {i, n};
    }

    private static String s(long n) {
        return n == 1 ? "" : "s";
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}

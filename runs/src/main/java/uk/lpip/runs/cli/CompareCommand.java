package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;
import uk.lpip.runs.Effects;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.compare.CompareCharts;
import uk.lpip.runs.compare.CompareTables;
import uk.lpip.runs.compare.ComparisonDirectory;
import uk.lpip.runs.compare.PlaceComparison;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.DirectoryLock;
import uk.lpip.runs.output.Money;
import uk.lpip.runs.report.CompareReport;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.experiment.Comparison;
import uk.lpip.scenarios.experiment.ComparisonLoader;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.SpecWriter;
import uk.lpip.scenarios.load.ScenarioException;

/** {@code lpip compare}: intervention packages, each scaled to each place, in every chosen place. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Run one or more intervention packages in several places (default: the four LPIP regions), scaled to each "
                + "place by its working-age population, against each place's baseline with replicates; print the "
                + "package × place matrix (net jobs with 95%% intervals, cost per net job, BCR), write compare.csv, "
                + "charts/ (forest plot, heat maps) and report.html. With a precision target (the file's precision: key, or "
                + "--precision), replicates are added place by place until every package's employment-rate effect is that precise. "
                + "See docs/experiments.md.",
                "A directory that already holds the comparison is refused unless --resume is given.",
                "Exit codes: 0 done, 1 failed while running, 2 bad comparison file, --out, or a directory that holds a "
                        + "comparison already (without --resume) or another one."})
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COMPARISON", description = "A comparison file (YAML).")
    Path file;

    @CommandLine.Mixin
    SharedOptions.Out out;

    @CommandLine.Mixin
    SharedOptions.Threads threads;

    @CommandLine.Mixin
    SharedOptions.NoReport noReport;

    @Option(names = "--resume", description = "Continue an interrupted comparison in an existing results directory: "
            + "places whose run is finished and verified are reused, the rest run again.")
    boolean resume;

    @Option(names = "--precision", paramLabel = "PP",
            description = "Add replicates to each place (from the comparison's, at least 3) until every package's change in the "
                    + "employment rate at the horizon has a 95%% interval of at most ±PP percentage points, up to --max-replicates "
                    + "(default: the comparison file's precision.employment_rate_pp, if it has one).")
    Double precision;

    @Option(names = "--max-replicates", paramLabel = "N",
            description = "The most replicates the precision target may run per place (default: the comparison file's "
                    + "precision.max_replicates, or " + DEFAULT_CAP + ").")
    Integer maxReplicates;

    @Option(names = "--no-precision", description = "Ignore the comparison file's precision target: run exactly its replicates.")
    boolean noPrecision;

    static final int DEFAULT_CAP = 30;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter o = spec.commandLine().getOut();
        int workers = threads.resolve(spec.commandLine());
        ComparisonLoader.Loaded loaded;
        try {
            loaded = ComparisonLoader.load(file);
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, file.toString(), e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        var c = loaded.comparison();
        if (noPrecision && (precision != null || maxReplicates != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--no-precision runs exactly the comparison's replicates; "
                    + "leave out --precision and --max-replicates, or --no-precision");
        }
        if (precision != null && !(precision > 0 && Double.isFinite(precision))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--precision must be a positive number of percentage "
                    + "points, was " + precision);
        }
        Comparison.Precision target = noPrecision ? null : resolve(c, precision, maxReplicates);
        if (maxReplicates != null && target == null && !noPrecision) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-replicates caps a precision target; give "
                    + "--precision PP too (the comparison file has none)");
        }
        if (target != null && (target.maxReplicates() < Math.max(PrecisionTarget.MIN_REPLICATES, c.replicates())
                || target.maxReplicates() > 1000)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-replicates must be from "
                    + Math.max(PrecisionTarget.MIN_REPLICATES, c.replicates()) + " to 1000, was " + target.maxReplicates());
        }
        if (!out.usable(err, "lpip compare")) {
            return Lpip.EXIT_BAD_INPUT;
        }
        ComparisonDirectory dir = new ComparisonDirectory(out.dir.resolve(c.name()));
        Path root = dir.root();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (dir.exists() && !resume) {
            err.printf("lpip compare: %s already holds this comparison; add --resume to finish it, or choose another --out%n",
                    root);
            return Lpip.EXIT_BAD_INPUT;
        }
        if (dir.exists() && !dir.startedFrom(text)) {
            err.printf("lpip compare: %s holds a comparison of a different comparison file; use another --out or restore the "
                    + "file it was started with (%s)%n", root, root.resolve("comparison.yaml"));
            return Lpip.EXIT_BAD_INPUT;
        }
        DirectoryLock lock;
        try {
            lock = DirectoryLock.take(root);
        } catch (IllegalStateException e) {
            err.println("lpip compare: " + e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        }
        try (lock) {
            return compare(loaded, target, dir, text, workers, err, o);
        }
    }

    /**
     * The precision target of a run: the command line's, else the comparison file's, the cap from
     * --max-replicates, else the file's, else {@value #DEFAULT_CAP}; null without a target.
     */
    static Comparison.Precision resolve(Comparison c, Double precision, Integer maxReplicates) {
        Comparison.Precision file = c.precision();
        Double pp = precision != null ? precision : file == null ? null : file.employmentRatePp();
        if (pp == null) {
            return null;
        }
        int cap = maxReplicates != null ? maxReplicates : file != null ? file.maxReplicates() : DEFAULT_CAP;
        return new Comparison.Precision(pp, cap);
    }

    private int compare(ComparisonLoader.Loaded loaded, Comparison.Precision target, ComparisonDirectory dir, String text,
                        int workers, PrintWriter err, PrintWriter o) throws IOException {
        var c = loaded.comparison();
        Path root = dir.root();
        // a place whose run is finished, intact and of the same resolved scenario is reused; everything else
        // (unfinished or damaged place runs, the old tables, charts and report) is removed first
        Map<String, List<PlaceComparison.Row>> reused = new LinkedHashMap<>();
        if (dir.exists()) {
            List<Path> keep = new ArrayList<>();
            for (Scenario place : loaded.places()) {
                var finished = dir.finished(place.name(), SpecWriter.write(ScenarioFormat.SCENARIO, place));
                if (finished.isPresent()) {
                    reused.put(place.name(), finished.get());
                    keep.add(finished.get().get(0).directory());
                }
            }
            for (Path stale : dir.removeAllBut(keep)) {
                err.printf("lpip compare: removed %s (unfinished, damaged or of another scenario)%n", stale.getFileName());
            }
        }
        AtomicFiles.write(root.resolve("comparison.yaml"), w -> w.write(text));
        String experiment = uk.lpip.runs.output.TableIds.sweep(c.name(), text);
        List<PlaceComparison.Row> rows = new ArrayList<>();
        List<String> precisionLines = new ArrayList<>();
        long t0 = System.nanoTime();
        PrintWriter info = Verbosity.of(spec).progress(err);
        for (Scenario place : loaded.places()) {
            if (reused.containsKey(place.name())) {
                info.printf("lpip compare: %s: finished and verified in %s; reused%n", place.name(),
                        reused.get(place.name()).get(0).directory().getFileName());
                rows.addAll(reused.get(place.name()));
                if (target != null) {
                    precisionLines.add(PrecisionTarget.placeLine(reused.get(place.name()), target.employmentRatePp()));
                }
                continue;
            }
            info.printf("lpip compare: %s: %s × %d arms ...%n", place.name(), target == null ? c.replicates() + " replicates"
                    : String.format(Locale.ROOT, "replicates until ±%s pp (at most %d)", PrecisionTarget.trim(target.employmentRatePp()),
                    target.maxReplicates()), c.packages().size() + 1);
            info.flush();
            String yaml = SpecWriter.write(ScenarioFormat.SCENARIO, place);
            int perArm = place.model().run().totalMonths();
            int arms = c.packages().size() + 1;
            int shared = PlaceComparison.sharedMonths(c, place);
            int total = (target == null ? c.replicates() : target.maxReplicates()) * (shared + arms * (perArm - shared));
            java.util.function.IntConsumer progress = Verbosity.of(spec).quiet ? m -> { }
                    : Progress.months(err, Progress.stderrIsTerminal(), total, place.model().run().burnInMonths(), perArm,
                            shared, arms);
            List<String> packages = c.packages().stream().map(p -> p.name()).toList();
            List<PlaceComparison.Row> placeRows = PlaceComparison.run(c, place, workers, root, BuildInfo.version(),
                    BuildInfo.gitCommit(), progress, List.of(SingleRun.ExtraOutput.of("scenario.yaml", (w, results) -> w.write(yaml))),
                    experiment, target == null ? null : PrecisionTarget.of(target.employmentRatePp(), packages),
                    target == null ? c.replicates() : target.maxReplicates());
            rows.addAll(placeRows);
            if (target != null) {
                precisionLines.add(PrecisionTarget.placeLine(placeRows, target.employmentRatePp()));
                o.println(precisionLines.get(precisionLines.size() - 1));
            }
        }
        AtomicFiles.write(root.resolve("compare.csv"), w -> PlaceComparison.writeCsv(w, rows, experiment,
                target == null ? null : target.employmentRatePp()));
        AtomicFiles.write(root.resolve("compare-councils.csv"), w -> CompareTables.writeCouncils(w, rows));
        AtomicFiles.write(root.resolve("compare-appraisal.csv"), w -> CompareTables.writeAppraisal(w, rows));
        uk.lpip.runs.store.Parquet.besideCsvs(root, List.of("compare.csv"), null);
        CompareCharts.write(root, c, rows, BuildInfo.version());
        print(o, c.name(), rows);
        precisionLines.forEach(o::println);
        o.printf(Locale.ROOT, "%nWrote %s (%.1f s)%n", root.resolve("compare.csv"), (System.nanoTime() - t0) / 1e9);
        if (!noReport.set) {
            o.printf("Report: %s%n", CompareReport.write(root, BuildInfo.version()));
            // each place's run directory gets the report of an lpip run, as lpip report would write it
            for (Path place : rows.stream().map(PlaceComparison.Row::directory).distinct().toList()) {
                try {
                    info.printf("lpip compare: %s%n", uk.lpip.runs.report.RunReport.write(place));
                } catch (uk.lpip.runs.output.Manifest.Invalid e) {
                    err.printf("lpip compare: no report for %s: %s%n", place.getFileName(), e.getMessage());
                }
            }
        }
        o.flush();
        return Lpip.EXIT_OK;
    }

    static void print(PrintWriter o, String name, List<PlaceComparison.Row> rows) {
        o.printf("%nWhat works where — %s (package × place; full-scale figures; mean over the place's replicates [95%% interval])%n",
                name);
        o.printf("%-16s %-26s %12s %8s %14s %5s %24s %22s %16s %32s%n", "package", "place", "aged 16-64", "places", "spend",
                "reps", "net jobs at horizon", "employment rate, pp", "cost per net job", "BCR, UK society (value for money)");
        for (PlaceComparison.Row r : rows) {
            o.printf(Locale.ROOT, "%-16s %-26s %,12.0f %8d %14s %5d %24s %22s %16s %32s%n", r.packageName(), r.placeName(),
                    r.workingAge(), r.placesPerIntake(), Money.pounds(r.spend(), 0), r.netJobs().replicates(),
                    interval(r.netJobs(), "%,.0f"), interval(r.employmentRatePoints(), "%+.2f"), money(r.costPerNetJob()),
                    interval(r.bcr(), "%.1f") + " "
                    + uk.lpip.runs.appraisal.ValueForMoney.withInterval(r.bcr().mean(), r.bcr().low(), r.bcr().high()));
        }
        o.flush();
    }

    private static String interval(Effects.Effect e, String fmt) {
        String mean = String.format(Locale.ROOT, fmt, e.mean());
        if (!Double.isFinite(e.low())) {
            return mean;
        }
        return mean + " [" + String.format(Locale.ROOT, fmt, e.low()) + ", " + String.format(Locale.ROOT, fmt, e.high()) + "]";
    }

    private static String money(double v) {
        return Double.isFinite(v) ? Money.pounds(v, 0) : "–";
    }
}

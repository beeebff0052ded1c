package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.RecordCheck;
import uk.lpip.runs.sweep.SweepDirectory;
import uk.lpip.runs.sweep.SweepRun;
import uk.lpip.runs.report.SweepReport;
import uk.lpip.runs.sweep.SweepCharts;
import uk.lpip.runs.sweep.SweepTables;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.load.ScenarioException;

/** {@code lpip merge}: joins the shards of a sweep into one directory and writes its tables. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the shards of a sweep (lpip sweep --shard i/N) into TARGET and write the sweep's tables, charts and "
                + "report.html.",
                "Shards written into TARGET itself need no SOURCE. Every run is verified against its manifest and every "
                        + "conflict (a run present in two places with different results) found before anything is "
                        + "copied; with any damaged run or conflict nothing is copied. Runs are copied atomically. "
                        + "Tables are written only when every run of the sweep is there.",
                "Exit codes: 0 merged and complete, 1 runs missing, damaged or in conflict, 2 bad directories, or another "
                        + "lpip process working on TARGET."})
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TARGET", description = "The sweep directory to merge into (created if missing).")
    Path target;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "SOURCE", description = "Sweep directories of shards.")
    List<Path> sources = new ArrayList<>();

    @CommandLine.Mixin
    SharedOptions.NoReport noReport;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        SweepDirectory into = new SweepDirectory(target);
        String text = null;
        for (Path p : concat(target, sources)) {
            Path file = p.resolve("experiment.yaml");
            if (!Files.isRegularFile(file)) {
                if (p.equals(target)) {
                    continue;
                }
                err.printf("lpip merge: %s is not a sweep directory (no experiment.yaml)%n", p);
                return Lpip.EXIT_BAD_INPUT;
            }
            String t = Files.readString(file, StandardCharsets.UTF_8);
            if (text != null && !text.equals(t)) {
                err.printf("lpip merge: %s holds a sweep of a different experiment file than the others%n", p);
                return Lpip.EXIT_BAD_INPUT;
            }
            text = t;
        }
        if (text == null) {
            err.println("lpip merge: no sweep directories given");
            return Lpip.EXIT_BAD_INPUT;
        }
        uk.lpip.runs.output.DirectoryLock lock;
        try {
            lock = into.lock();
        } catch (IllegalStateException e) {
            err.println("lpip merge: " + e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        }
        try (lock) {
            into.open(text);
            return merge(into, err, out);
        }
    }

    private int merge(SweepDirectory into, PrintWriter err, PrintWriter out) throws IOException {
        into.removeTemporaries();
        // every run to copy and every run already there is checked before anything is copied
        Map<String, Path> toCopy = new LinkedHashMap<>();
        Map<String, List<RecordCheck.Damage>> damaged = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        damaged.putAll(into.damaged(committed(into.runs())));
        for (Path source : sources) {
            if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
                continue;
            }
            SweepDirectory from = new SweepDirectory(source);
            for (String id : committed(from.runs())) {
                List<RecordCheck.Damage> d = from.damage(id);
                if (!d.isEmpty()) {
                    damaged.put(source + ": " + id, d);
                    continue;
                }
                Path other = into.isDone(id) ? into.run(id) : toCopy.get(id);
                if (other == null) {
                    toCopy.put(id, from.run(id));
                } else if (!AtomicFiles.sha256(from.run(id).resolve("timeseries.csv"))
                        .equals(AtomicFiles.sha256(other.resolve("timeseries.csv")))) {
                    conflicts.add("run " + id + " differs between " + from.run(id) + " and " + other);
                }
            }
        }
        if (!damaged.isEmpty() || !conflicts.isEmpty()) {
            if (!damaged.isEmpty()) {
                SweepCommand.printDamaged(err, "lpip merge", damaged);
            }
            conflicts.forEach(c -> err.println("lpip merge: " + c));
            err.printf("lpip merge: nothing copied%n");
            return Lpip.EXIT_FAILED;
        }
        int copied = 0;
        for (Map.Entry<String, Path> e : toCopy.entrySet()) {
            Path temporary = into.temporary(e.getKey());
            try (Stream<Path> files = Files.walk(e.getValue())) {
                for (Path f : files.toList()) {
                    Path to = temporary.resolve(e.getValue().relativize(f).toString());
                    if (!f.equals(e.getValue())) {
                        Files.copy(f, to);
                    }
                }
            }
            into.commit(temporary, e.getKey());
            copied++;
        }
        ExperimentLoader.Loaded plan;
        try {
            plan = ExperimentLoader.readPlan(target.resolve("experiment.yaml"));
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, target.resolve("experiment.yaml").toString(), e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        List<SweepRun> runs = SweepRun.plan(plan);
        List<SweepRun> missing = SweepTables.missing(into, runs);
        if (!missing.isEmpty()) {
            err.printf("lpip merge: copied %d runs; %d of %d runs are still missing (first: %s); tables not written%n",
                    copied, missing.size(), runs.size(), missing.get(0).id());
            return Lpip.EXIT_FAILED;
        }
        into.removeTemporaries(); // every run is in place: what is left in .tmp-* is from cancelled or killed attempts
        SweepTables.write(plan, into, runs);
        SweepCharts.write(into.root(), plan.experiment().name(), BuildInfo.version());
        SweepCommand.printAppraisal(out, into);
        out.printf("Merged %d runs into %s (%d copied); every run of the sweep is there. Tables: runs.csv, points.csv, effects.csv, appraisal.csv, additionality.csv%n",
                runs.size(), target, copied);
        if (!noReport.set) {
            out.printf("Report: %s%n", SweepReport.write(into.root(), BuildInfo.version()));
        }
        out.flush();
        return Lpip.EXIT_OK;
    }

    /** The ids of the committed runs in a sweep's runs/ directory (those with a manifest), in order. */
    private static List<String> committed(Path runs) throws IOException {
        List<String> ids = new ArrayList<>();
        if (!Files.isDirectory(runs)) {
            return ids;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(runs)) {
            for (Path run : s) {
                String id = run.getFileName().toString();
                if (!id.startsWith(".") && Files.isRegularFile(run.resolve("manifest.json"))) {
                    ids.add(id);
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}

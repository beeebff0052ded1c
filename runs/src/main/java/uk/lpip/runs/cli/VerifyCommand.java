package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.output.Manifest;
import uk.lpip.runs.output.RecordCheck;

/** {@code lpip verify}: checks committed records against their manifests. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a run's record against its manifest.json: every file it lists (timeseries.csv, scenario.yaml, "
                + "charts, SVGs, ...) is there with its recorded size and SHA-256, and no file is there that it does not "
                + "list (report.html, derived from the others, aside). For a sweep or a comparison directory, every run "
                + "in it is checked (and a sweep's tables against sweep.json).",
                "Exit codes: 0 intact, 1 damaged (each file named: changed, truncated, size differs, missing, not listed), "
                        + "2 not a run, sweep or comparison directory, or a manifest that cannot be read."})
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A run directory (or its manifest.json), a sweep directory "
            + "or a comparison directory.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path d = Files.isRegularFile(dir) && dir.getFileName().toString().equals("manifest.json")
                ? dir.toAbsolutePath().getParent() : dir;
        if (Files.isRegularFile(d.resolve("manifest.json"))) {
            try {
                List<RecordCheck.Damage> damage = RecordCheck.check(d);
                print(out, d, damage);
                out.flush();
                return damage.isEmpty() ? Lpip.EXIT_OK : Lpip.EXIT_FAILED;
            } catch (Manifest.Invalid e) {
                err.println("lpip verify: " + e.getMessage());
                return Lpip.EXIT_BAD_INPUT;
            }
        }
        List<Path> runs;
        List<RecordCheck.Damage> tables = List.of();
        if (Files.isRegularFile(d.resolve("experiment.yaml")) && Files.isDirectory(d.resolve("runs"))) {
            runs = subdirectories(d.resolve("runs"), false);
            if (Files.isRegularFile(d.resolve("sweep.json"))) {
                tables = sweepTables(d);
            }
        } else if (Files.isRegularFile(d.resolve("comparison.yaml"))) {
            runs = subdirectories(d, true);
        } else {
            err.printf("lpip verify: %s is not a run, sweep or comparison directory (no manifest.json, experiment.yaml "
                    + "with runs/, or comparison.yaml)%n", dir);
            return Lpip.EXIT_BAD_INPUT;
        }
        int damaged = tables.isEmpty() ? 0 : 1;
        if (!tables.isEmpty()) {
            print(out, d.resolve("sweep.json"), tables);
        }
        for (Path run : runs) {
            List<RecordCheck.Damage> damage;
            try {
                damage = Files.isRegularFile(run.resolve("manifest.json")) ? RecordCheck.check(run)
                        : List.of(new RecordCheck.Damage("manifest.json", "missing (an incomplete run)"));
            } catch (Manifest.Invalid e) {
                damage = List.of(new RecordCheck.Damage("manifest.json", e.getMessage()));
            }
            if (!damage.isEmpty()) {
                print(out, run, damage);
                damaged++;
            }
        }
        out.printf("%s: %d run%s checked, %s%n", d, runs.size(), runs.size() == 1 ? "" : "s",
                damaged == 0 ? "all intact" : damaged + " damaged");
        out.flush();
        return damaged == 0 ? Lpip.EXIT_OK : Lpip.EXIT_FAILED;
    }

    private static void print(PrintWriter out, Path record, List<RecordCheck.Damage> damage) {
        if (damage.isEmpty()) {
            out.printf("%s: intact%n", record);
            return;
        }
        out.printf("%s: DAMAGED%n", record);
        for (RecordCheck.Damage x : damage) {
            out.printf("  %s%n", x);
        }
    }

    /** A sweep's tables: the files sweep.json lists (its charts and report are derived and not listed). */
    private static List<RecordCheck.Damage> sweepTables(Path sweep) throws IOException {
        try {
            Manifest m = Manifest.read(sweep.resolve("sweep.json"));
            return RecordCheck.listed(sweep, m);
        } catch (Manifest.Invalid e) {
            return List.of(new RecordCheck.Damage("sweep.json", e.getMessage()));
        }
    }

    /** The run directories in {@code parent}: all but hidden ones, or (in a comparison) those with a manifest. */
    private static List<Path> subdirectories(Path parent, boolean withManifestOnly) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, Files::isDirectory)) {
            for (Path p : s) {
                if (!p.getFileName().toString().startsWith(".")
                        && (!withManifestOnly || Files.isRegularFile(p.resolve("manifest.json")))) {
                    out.add(p);
                }
            }
        }
        out.sort(null);
        return out;
    }
}

package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.Effects;
import uk.lpip.runs.calibrate.Calibration;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.scenarios.calibration.BundledTargets;
import uk.lpip.scenarios.calibration.ScenarioValues;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;

/** {@code lpip calibrate}: fit a scenario's free parameters to published statistics (method of simulated moments). */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit SCENARIO's free parameters to the targets (published statistics) by the method of simulated "
                + "moments: BOBYQA over the parameters' bounds from the scenario's values, each candidate simulated with "
                + "the same replicate seeds, replicates in parallel. Writes DIR/<name>/fitted.yaml (an overlay that "
                + "extends the scenario fitted), fit.csv (target, source, simulated with 95%% interval, error) and evaluations.csv "
                + "(every candidate; running again in the same directory resumes from it). See docs/calibration.md.",
                "Exit codes: 0 done, 2 bad targets file or scenario."})
final class CalibrateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario to fit (bundled name or file). The name of a targets file "
            + "(e.g. northern-ireland) fits the base scenario that file names (northern-ireland-unfitted, which the "
            + "bundled northern-ireland extends with the fitted values).")
    String scenario;

    @Option(names = "--targets", paramLabel = "FILE",
            description = "Targets and free parameters (YAML; default: calibration/<SCENARIO>.yaml).")
    Path targets;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "60",
            description = "Most candidates simulated (default: ${DEFAULT-VALUE}).")
    int budget;

    @CommandLine.Mixin
    SharedOptions.Jobs jobs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/calibration",
            description = "Results directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = jobs.resolve(spec.commandLine());
        String name = Path.of(scenario).getFileName().toString().replaceAll("\\.ya?ml$", "");
        Path file = targets != null ? targets : Path.of("calibration", name + ".yaml");
        // Targets: --targets FILE, else calibration/<name>.yaml in this directory, else the bundled targets of that name.
        boolean bundled = targets == null && !Files.isRegularFile(file) && BundledTargets.names().contains(name);
        if (!bundled && !Files.isRegularFile(file)) {
            String near = uk.lpip.scenarios.format.Suggestions.nearest(name, BundledTargets.names());
            err.printf("lpip calibrate: %s; give a targets file with --targets%n", Files.isDirectory(file)
                    ? file + " is a directory, not a targets file"
                    : "no targets file " + file + (targets != null ? "" : " and no bundled targets named '" + name + "'"
                    + (near != null ? " (did you mean '" + near + "'?)" : "") + " (bundled: "
                    + String.join(", ", BundledTargets.names()) + ")"));
            return Lpip.EXIT_BAD_INPUT;
        }
        String source = bundled ? "bundled targets " + name : file.toString();
        TargetsLoader.Loaded loaded;
        String targetsText;
        try {
            loaded = bundled ? TargetsLoader.loadBundled(name, null) : TargetsLoader.load(file, null);
            if (!loaded.targets().name().equals(scenario)) {
                loaded = bundled ? TargetsLoader.loadBundled(name, scenario) : TargetsLoader.load(file, scenario);
            }
            targetsText = bundled ? new String(BundledTargets.read(name), StandardCharsets.UTF_8)
                    : Files.readString(file, StandardCharsets.UTF_8);
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, source, e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        if (budget < 3) { // after the targets are read, so that their problems come first
            throw new CommandLine.ParameterException(spec.commandLine(), "--budget must be at least 3, was " + budget);
        }
        Targets t = loaded.targets();
        String base = loaded.scenarioReference();
        Path dir = Files.createDirectories(out.resolve(t.name()));
        String text = targetsText + "\n# base scenario: " + base + "\n";
        Path copy = dir.resolve("targets.yaml");
        if (Files.exists(copy) && !Files.readString(copy, StandardCharsets.UTF_8).equals(text)) {
            err.printf("lpip calibrate: %s holds a calibration from a different targets file or scenario; use another --out%n", dir);
            return Lpip.EXIT_BAD_INPUT;
        }
        AtomicFiles.write(copy, w -> w.write(text));
        PrintWriter info = Verbosity.of(spec).progress(err);
        info.printf(Locale.ROOT, "lpip calibrate: %s: %d parameters, %d targets, %d replicates per candidate, budget %d%n",
                base, t.parameters().size(), t.targets().size(), t.replicates(), budget);
        long t0 = System.nanoTime();
        Calibration.Fit fit;
        try (Calibration c = new Calibration(loaded, workers, dir)) {
            fit = c.run(budget, (e, best, b) -> {
                info.printf(Locale.ROOT, "  %3d/%d distance %.5f%s (best %.5f)%n", e.index(), b, e.distance(),
                        e.fromLog() ? " (from the log)" : "", best.distance());
                info.flush();
            });
        }
        List<String> paths = t.parameters().stream().map(Targets.Parameter::path).toList();
        List<String> sets = new java.util.ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            sets.add(paths.get(i) + "=" + fit.parameters()[i]);
        }
        try {
            var fitted = ScenarioLoader.load(base, sets);
            String header = "Fitted by lpip calibrate " + BuildInfo.version() + " (" + base + ", " + source + "): distance "
                    + String.format(Locale.ROOT, "%.5f", fit.distance()) + " after " + fit.evaluations() + " candidates.\n"
                    + "Use it with extends, or run it: ./lpip run <this file>. The fit table is fit.csv beside it.";
            String overlay = ScenarioValues.overlay(header, t.name(), base, fitted, paths);
            AtomicFiles.write(dir.resolve("fitted.yaml"), w -> w.write(overlay));
        } catch (ScenarioException e) {
            throw new IllegalStateException("the fitted parameters did not load: " + e.problems(), e);
        }
        AtomicFiles.write(dir.resolve("fit.csv"), w -> {
            w.write("metric,source,target,simulated,low,high,error,relative_error,weight\n");
            for (int m = 0; m < t.targets().size(); m++) {
                Targets.Target x = t.targets().get(m);
                Effects.Effect e = fit.moments()[m];
                w.write(String.join(",", x.metric(), "\"" + x.source().replace("\"", "'") + "\"", Double.toString(x.value()),
                        Double.toString(e.mean()), Double.toString(e.low()), Double.toString(e.high()),
                        Double.toString(e.mean() - x.value()), Double.toString((e.mean() - x.value()) / Math.abs(x.value())),
                        Double.toString(x.weight())) + "\n");
            }
        });
        o.printf(Locale.ROOT, "%nFit of %s after %d candidates (%.1f s): distance %.5f%n", base, fit.evaluations(),
                (System.nanoTime() - t0) / 1e9, fit.distance());
        o.printf("%-44s %12s %12s%n", "parameter", "start", "fitted");
        for (int i = 0; i < paths.size(); i++) {
            o.printf(Locale.ROOT, "%-44s %12.6g %12.6g%n", paths.get(i), loaded.start()[i], fit.parameters()[i]);
        }
        o.printf("%n%-30s %10s %26s %10s  %s%n", "target", "published", "simulated [95% interval]", "error", "source");
        for (int m = 0; m < t.targets().size(); m++) {
            Targets.Target x = t.targets().get(m);
            Effects.Effect e = fit.moments()[m];
            o.printf(Locale.ROOT, "%-30s %10.4f %26s %+10.4f  %s%n", x.metric(), x.value(), String.format(Locale.ROOT,
                    "%.4f [%.4f, %.4f]", e.mean(), e.low(), e.high()), e.mean() - x.value(), x.source());
        }
        o.printf("%nWrote %s, %s and %s%n", dir.resolve("fitted.yaml"), dir.resolve("fit.csv"), dir.resolve("evaluations.csv"));
        o.flush();
        return Lpip.EXIT_OK;
    }
}

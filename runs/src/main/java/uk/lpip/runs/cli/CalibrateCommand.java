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
import uk.lpip.runs.calibrate.CouncilFit;
import uk.lpip.runs.calibrate.CouncilFitTable;
import uk.lpip.scenarios.Scenario;
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
            description = "Most candidates simulated (default: ${DEFAULT-VALUE}); 0 keeps the region's parameters at their "
                    + "start values and fits only the councils.")
    int budget;

    @Option(names = "--initial-step", paramLabel = "F", defaultValue = "0.2",
            description = "First step of the search in each parameter's range scaled to [0, 1] (default: ${DEFAULT-VALUE}; "
                    + "at most 0.5). A start closer to a bound than this is first moved inwards to it, so a small step "
                    + "(e.g. 0.05) polishes a good start where a large one explores.")
    double initialStep;

    @Option(names = "--start", paramLabel = "SCENARIO",
            description = "Start from this scenario's fit (e.g. the previous fit, northern-ireland): the region's "
                    + "parameters start from its values and are fitted with its council multipliers in place, and the "
                    + "council fit starts from them (one more round of region-then-councils).")
    String start;

    @CommandLine.Mixin
    SharedOptions.Jobs jobs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/calibration",
            description = "Results directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--write", paramLabel = "FILE",
            description = "Also write the fitted scenario, with a header saying how to reproduce it, to FILE (e.g. "
                    + "scenarios/bundled/northern-ireland.yaml to refit a bundled region in one command).")
    Path write;

    /** The targets with the region's parameters starting from another scenario's values (within their bounds). */
    private static TargetsLoader.Loaded startingFrom(TargetsLoader.Loaded loaded, Scenario from) {
        double[] values = loaded.start().clone();
        for (int i = 0; i < values.length; i++) {
            Targets.Parameter p = loaded.targets().parameters().get(i);
            double v = ScenarioValues.number(from, p.path());
            if (Double.isFinite(v)) {
                values[i] = Math.max(p.min(), Math.min(p.max(), v));
            }
        }
        return new TargetsLoader.Loaded(loaded.targets(), loaded.file(), loaded.scenarioReference(), loaded.base(), values);
    }

    /** No region search (--budget 0): the start values, simulated once for the fit table. */
    private static Calibration.Fit atStart(Calibration c, TargetsLoader.Loaded loaded) {
        double[] parameters = loaded.start();
        double[][] perReplicate = c.simulate(parameters);
        int metrics = loaded.targets().targets().size();
        Effects.Effect[] moments = new Effects.Effect[metrics];
        double[] means = new double[metrics];
        for (int m = 0; m < metrics; m++) {
            double[] v = new double[perReplicate.length];
            for (int r = 0; r < v.length; r++) {
                v[r] = perReplicate[r][m];
            }
            moments[m] = Effects.ofValues(v);
            means[m] = moments[m].mean();
        }
        return new Calibration.Fit(parameters, c.distance(means), moments, 1);
    }

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
        if (budget != 0 && budget < 3) { // after the targets are read, so that their problems come first
            throw new CommandLine.ParameterException(spec.commandLine(), "--budget must be 0 or at least 3, was " + budget);
        }
        if (!(initialStep > 0 && initialStep <= 0.5)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--initial-step must be above 0 and at most 0.5, was "
                    + initialStep);
        }
        Scenario startScenario = null;
        if (start != null) {
            try {
                startScenario = ScenarioLoader.load(start, loaded.targets().set());
                loaded = startingFrom(loaded, startScenario);
            } catch (ScenarioException e) {
                ScenarioArguments.printProblems(err, start, e.problems());
                return Lpip.EXIT_BAD_INPUT;
            }
        }
        Targets t = loaded.targets();
        String base = loaded.scenarioReference();
        Path dir = Files.createDirectories(out.resolve(t.name()));
        String text = targetsText + "\n# base scenario: " + base + "\n" + (start != null ? "# start: " + start + "\n" : "");
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
        Scenario previous = startScenario;
        try (Calibration c = new Calibration(loaded, workers, dir)) {
            if (previous != null) {
                c.adjusting(each -> CouncilFit.withCouncilsOf(each, previous));
            }
            fit = budget == 0 ? atStart(c, loaded) : c.run(budget, initialStep, (e, best, b) -> {
                info.printf(Locale.ROOT, "  %3d/%d distance %.5f%s (best %.5f)%n", e.index(), b, e.distance(),
                        e.fromLog() ? " (from the log)" : "", best.distance());
                info.flush();
            });
        }
        List<String> paths = new java.util.ArrayList<>(t.parameters().stream().map(Targets.Parameter::path).toList());
        List<String> sets = new java.util.ArrayList<>();
        for (int i = 0; i < t.parameters().size(); i++) {
            sets.add(paths.get(i) + "=" + fit.parameters()[i]);
        }
        Scenario fitted;
        CouncilFit.Result councils = null;
        try {
            fitted = ScenarioLoader.load(base, sets);
            if (!t.councils().isEmpty()) {
                List<String> runSets = new java.util.ArrayList<>(t.set());
                runSets.addAll(sets);
                runSets.add("run.seed=" + t.seed());
                info.printf(Locale.ROOT, "lpip calibrate: %d councils: fitting their inactivity multipliers (at most %d "
                        + "iterations, damping %.2f, tolerance %.1f points)%n", t.councils().size(), t.councilFit().iterations(),
                        t.councilFit().damping(), 100 * t.councilFit().tolerance());
                try (CouncilFit cf = new CouncilFit(t, workers)) {
                    Scenario runBase = ScenarioLoader.load(base, runSets);
                    councils = cf.run(previous != null ? CouncilFit.withCouncilsOf(runBase, previous) : runBase, fitted, it -> {
                        info.printf(Locale.ROOT, "  council iteration %d: inactivity miss largest %.2f, mean %.2f points; "
                                + "employment miss largest %.2f points%n", it.index(), 100 * it.maxInactivityMiss(),
                                100 * it.meanInactivityMiss(), 100 * it.maxEmploymentMiss());
                        info.flush();
                    });
                }
                fitted = councils.fitted();
                paths.add("labour.councils");
            }
        } catch (ScenarioException e) {
            throw new IllegalStateException("the fitted parameters did not load: " + e.problems(), e);
        }
        String seconds = String.format(Locale.ROOT, "%.0f", (System.nanoTime() - t0) / 1e9);
        String summary = "distance " + String.format(Locale.ROOT, "%.5f", fit.distance()) + " after " + fit.evaluations()
                + " candidates" + (councils == null ? "" : String.format(Locale.ROOT, "; %d councils, largest inactivity miss "
                + "%.2f and employment miss %.2f points after %d iterations", councils.rows().size(),
                100 * councils.iterations().get(councils.iterations().size() - 1).maxInactivityMiss(),
                100 * councils.iterations().get(councils.iterations().size() - 1).maxEmploymentMiss(),
                councils.iterations().size() - 1));
        String header = "Fitted by lpip calibrate " + BuildInfo.version() + " (" + base + ", " + source + "): " + summary + ".\n"
                + "Use it with extends, or run it: ./lpip run <this file>. The fit tables are fit.csv and council-fit.csv beside it.";
        String overlay = ScenarioValues.overlay(header, t.name(), base, fitted, paths);
        AtomicFiles.write(dir.resolve("fitted.yaml"), w -> w.write(overlay));
        if (write != null) {
            String description = fitted.description() == null ? null
                    : fitted.description().endsWith("; calibrated") ? fitted.description() : fitted.description() + "; calibrated";
            String bundledHeader = t.name() + ", calibrated: the place as built from published figures (" + base + ") with its\n"
                    + "free parameters fitted to its published rates by `lpip calibrate` (method of simulated moments),\n"
                    + "region first, then each council's inactivity and match-chance multipliers. Written, in " + seconds + " s, by:\n"
                    + "  ./lpip calibrate " + scenario + (budget != 60 ? " --budget " + budget : "")
                    + (initialStep != Calibration.DEFAULT_INITIAL_STEP ? " --initial-step " + initialStep : "")
                    + (start != null ? " --start " + start : "") + " --write " + write + "   # targets: " + source + "\n"
                    + "Fit: " + summary + ". The fit tables and what they miss are in docs/calibration.md.";
            String written = ScenarioValues.overlay(bundledHeader, t.name(), base, fitted, paths);
            String nameLine = "\nname: " + t.name() + "\n";
            String withDescription = description == null ? written : written.replace(nameLine, nameLine + "description: \""
                    + description.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n");
            Path parent = write.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            AtomicFiles.write(write, w -> w.write(withDescription));
        }
        if (councils != null) {
            CouncilFit.Result c = councils;
            AtomicFiles.write(dir.resolve("council-fit.csv"), w -> CouncilFitTable.writeCsv(w, c));
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
        for (int i = 0; i < t.parameters().size(); i++) {
            o.printf(Locale.ROOT, "%-44s %12.6g %12.6g%n", paths.get(i), loaded.start()[i], fit.parameters()[i]);
        }
        o.printf("%n%-30s %10s %26s %10s  %s%n", "target", "published", "simulated [95% interval]", "error", "source");
        for (int m = 0; m < t.targets().size(); m++) {
            Targets.Target x = t.targets().get(m);
            Effects.Effect e = fit.moments()[m];
            o.printf(Locale.ROOT, "%-30s %10.4f %26s %+10.4f  %s%n", x.metric(), x.value(), String.format(Locale.ROOT,
                    "%.4f [%.4f, %.4f]", e.mean(), e.low(), e.high()), e.mean() - x.value(), x.source());
        }
        if (councils != null) {
            CouncilFitTable.print(o, councils);
        }
        o.printf("%nWrote %s, %s and %s%s%s%n", dir.resolve("fitted.yaml"), dir.resolve("fit.csv"), dir.resolve("evaluations.csv"),
                councils != null ? ", " + dir.resolve("council-fit.csv") : "", write != null ? "; and " + write : "");
        o.flush();
        return Lpip.EXIT_OK;
    }
}

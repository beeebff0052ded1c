package uk.lpip.scenarios.calibration;

import static uk.lpip.scenarios.format.Field.of;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.format.Field;
import uk.lpip.scenarios.format.ListSpec;
import uk.lpip.scenarios.format.ObjectSpec;
import uk.lpip.scenarios.format.SpecReader;
import uk.lpip.scenarios.format.ValueSpec;
import uk.lpip.scenarios.load.NodePaths;
import uk.lpip.scenarios.load.Problem;
import uk.lpip.scenarios.load.Problems;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.scenarios.load.YamlFiles;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.sim.metrics.Metric;

/**
 * Reads a targets file as strictly as a scenario: unknown keys, unknown metrics, bad bounds and
 * parameter paths that do not name a number in the scenario are reported at file:line:column, and
 * the scenario is loaded at each parameter's bounds, so every problem is found before any run.
 */
public final class TargetsLoader {
    private TargetsLoader() {
    }

    static final ObjectSpec<Targets.Target> TARGET = new ObjectSpec<>("target", "a published statistic to match",
            v -> new Targets.Target(v.text("metric"), v.number("value"), v.text("source"), v.number("weight"),
                    v.number("tolerance")),
            of("metric", ValueSpec.id(), Targets.Target::metric, "a metric (docs/outputs.md): its mean over the recorded "
                    + "months at the whole region", "", "employment_rate"),
            of("value", ValueSpec.number(-1e12, 1e12), Targets.Target::value, "the published value, in the metric's unit", "",
                    "0.701"),
            of("source", ValueSpec.text(), Targets.Target::source, "where the value comes from", "", "ONS LFS Jul–Sep 2022"),
            Field.<Targets.Target, Double>of("weight", ValueSpec.number(0, 1e6), Targets.Target::weight,
                    "weight of its squared scaled error in the distance", "", "1").withFallback(1.0),
            Field.<Targets.Target, Double>of("tolerance", ValueSpec.number(0, 1e12), Targets.Target::tolerance,
                    "the miss, in the metric's unit, that counts as one unit of error in the distance; 0: the target's "
                    + "own size (a relative error)", "", "0.005").withFallback(0.0));

    static final ObjectSpec<Targets.Parameter> PARAMETER = new ObjectSpec<>("parameter", "a free parameter and its bounds",
            v -> new Targets.Parameter(v.text("path"), v.number("min"), v.number("max")),
            of("path", ValueSpec.text(), Targets.Parameter::path, "the value's path, as for --set", "",
                    "labour.inactivity[0].hazard_from_employed"),
            of("min", ValueSpec.number(-1e12, 1e12), Targets.Parameter::min, "lower bound", "", "0.0002"),
            of("max", ValueSpec.number(-1e12, 1e12), Targets.Parameter::max, "upper bound", "", "0.004"));

    static final ObjectSpec<Targets.CouncilTarget> COUNCIL_TARGET = new ObjectSpec<>("council target",
            "a council's published rates, ages 16–64",
            v -> new Targets.CouncilTarget(v.text("council"), v.number("employment_rate"), v.number("inactivity_rate"),
                    v.text("source")),
            of("council", ValueSpec.id(), Targets.CouncilTarget::council, "a council id of the scenario", "", "belfast"),
            of("employment_rate", ValueSpec.share(), Targets.CouncilTarget::employmentRate, "published employment rate",
                    "share", "0.679"),
            of("inactivity_rate", ValueSpec.share(), Targets.CouncilTarget::inactivityRate, "published inactivity rate",
                    "share", "0.305"),
            of("source", ValueSpec.text(), Targets.CouncilTarget::source, "where the values come from", "",
                    "NISRA LFS 2023"));

    static final Targets.CouncilFit DEFAULT_COUNCIL_FIT = new Targets.CouncilFit(8, 0.8, 0.004);

    static final ObjectSpec<Targets.CouncilFit> COUNCIL_FIT = new ObjectSpec<>("council fit",
            "the fixed-point iteration that fits the councils' multipliers",
            v -> new Targets.CouncilFit(v.integer("iterations"), v.number("damping"), v.number("tolerance")),
            of("iterations", ValueSpec.integer(0, 100), Targets.CouncilFit::iterations, "most iterations", "", "8"),
            of("damping", ValueSpec.number(0.05, 1), Targets.CouncilFit::damping,
                    "share of the full update taken each iteration", "", "0.8"),
            of("tolerance", ValueSpec.number(0, 0.1), Targets.CouncilFit::tolerance,
                    "stop when every council's inactivity is this close to its target", "share", "0.004"));

    public static final ObjectSpec<Targets> TARGETS = new ObjectSpec<>("targets",
            "published statistics a place should match, and the parameters to fit",
            v -> new Targets(v.text("name"), v.text("scenario"), v.get("set"), v.get("seed"), v.integer("replicates"),
                    v.get("targets"), v.get("parameters"), v.get("councils"), v.get("council_fit")),
            of("name", ValueSpec.id(), Targets::name, "the calibration's name: its results directory", "", "northern-ireland"),
            of("scenario", ValueSpec.text(), Targets::scenario, "the base scenario: bundled name or path", "", "northern-ireland"),
            Field.<Targets, List<String>>of("set", new ListSpec<>(ValueSpec.text(), 0), Targets::set,
                    "overrides for every run, PATH=VALUE (e.g. scale and length)", "", "[run.scale=0.02]").withFallback(List.of()),
            Field.<Targets, Long>of("seed", ValueSpec.whole(0, Long.MAX_VALUE), Targets::seed,
                    "seed of the replicates (the same for every candidate: common random numbers)", "", "20260101")
                    .withFallback(20_260_101L),
            Field.<Targets, Integer>of("replicates", ValueSpec.integer(1, 1000), Targets::replicates,
                    "replicates per candidate; moments are their means", "", "3").withFallback(3),
            of("targets", new ListSpec<>(TARGET, 1), Targets::targets, "the moments to match", "", "see below"),
            of("parameters", new ListSpec<>(PARAMETER, 1), Targets::parameters, "the free parameters", "", "see below"),
            Field.<Targets, List<Targets.CouncilTarget>>of("councils", new ListSpec<>(COUNCIL_TARGET, 0), Targets::councils,
                    "councils' published rates, fitted after the region (none: no council fit)", "", "see below")
                    .withFallback(List.of()),
            Field.<Targets, Targets.CouncilFit>of("council_fit", COUNCIL_FIT, Targets::councilFit,
                    "how the councils' multipliers are fitted", "", "see below").withFallback(DEFAULT_COUNCIL_FIT));

    /** The problem with its base scenario as loaded (with the overrides and seed). */
    public record Loaded(Targets targets, Path file, String scenarioReference, Scenario base, double[] start) { }

    public static Loaded load(Path file) throws ScenarioException {
        return load(file, null);
    }

    /** As {@link #load(Path)}, with the base scenario given on the command line instead of the file's (if not null). */
    public static Loaded load(Path file, String scenarioOverride) throws ScenarioException {
        return load(YamlFiles.read(file), file, scenarioOverride);
    }

    /** A bundled targets file ({@link BundledTargets}), its base scenario given by name (bundled) or by the command line. */
    public static Loaded loadBundled(String name, String scenarioOverride) throws ScenarioException, java.io.IOException {
        return load(YamlFiles.read(name + ".yaml (bundled)", BundledTargets.read(name)), null, scenarioOverride);
    }

    private static Loaded load(YamlFiles.Read read, Path file, String scenarioOverride) throws ScenarioException {
        Problems problems = new Problems();
        Node root = read.root();
        Targets given = new SpecReader(problems).read(TARGETS, root, null, "");
        if (given == null || !problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        Targets t = scenarioOverride == null ? given : given.withScenario(scenarioOverride);
        for (int i = 0; i < t.targets().size(); i++) {
            String id = t.targets().get(i).metric();
            if (metric(id) == null) {
                String at = "targets[" + i + "].metric";
                problems.add(NodePaths.locate(root, at), at, "no metric '" + id + "' (docs/outputs.md lists them)");
            }
        }
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < t.parameters().size(); i++) {
            Targets.Parameter p = t.parameters().get(i);
            String at = "parameters[" + i + "]";
            if (!(p.min() < p.max())) {
                problems.add(NodePaths.locate(root, at + ".max"), at + ".max", "max must be above min (" + p.min() + ")");
            }
            if (!paths.add(p.path())) {
                problems.add(NodePaths.locate(root, at + ".path"), at + ".path", "'" + p.path() + "' is already a parameter");
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        String ref = scenarioOverride != null ? scenarioOverride
                : file == null ? t.scenario() : ExperimentLoader.scenarioReference(file, t.scenario());
        Scenario base = null;
        for (int bound = 0; bound < 2; bound++) {
            List<String> sets = new ArrayList<>(t.set());
            for (Targets.Parameter p : t.parameters()) {
                sets.add(p.path() + "=" + (bound == 0 ? p.min() : p.max()));
            }
            try {
                ScenarioLoader.load(ref, sets);
            } catch (ScenarioException x) {
                report(root, t, x, problems, bound == 0 ? "min" : "max");
            }
        }
        try {
            List<String> sets = new ArrayList<>(t.set());
            sets.add("run.seed=" + t.seed());
            base = ScenarioLoader.load(ref, sets);
        } catch (ScenarioException x) {
            report(root, t, x, problems, null);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        Set<String> councils = new HashSet<>();
        base.region().councils().forEach(c -> councils.add(c.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < t.councils().size(); i++) {
            String id = t.councils().get(i).council();
            String at = "councils[" + i + "].council";
            if (!councils.contains(id)) {
                String near = uk.lpip.scenarios.format.Suggestions.nearest(id, councils);
                problems.add(NodePaths.locate(root, at), at, "the scenario has no council '" + id + "'"
                        + (near != null ? "; did you mean '" + near + "'?" : ""));
            } else if (!seen.add(id)) {
                problems.add(NodePaths.locate(root, at), at, "council '" + id + "' has a target already");
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        double[] start = new double[t.parameters().size()];
        for (int i = 0; i < start.length; i++) {
            Targets.Parameter p = t.parameters().get(i);
            double v = ScenarioValues.number(base, p.path());
            start[i] = Double.isFinite(v) ? Math.max(p.min(), Math.min(p.max(), v)) : (p.min() + p.max()) / 2;
        }
        return new Loaded(t, file, ref, base, start);
    }

    public static Metric metric(String id) {
        for (Metric m : Metric.values()) {
            if (m.id().equals(id)) {
                return m;
            }
        }
        return null;
    }

    private static void report(Node root, Targets t, ScenarioException x, Problems problems, String bound) {
        for (Problem p : x.problems()) {
            int index = -1;
            for (int i = 0; i < t.parameters().size(); i++) {
                if (p.path().equals(t.parameters().get(i).path()) || p.message().contains(t.parameters().get(i).path())) {
                    index = i;
                }
            }
            String at = index >= 0 ? "parameters[" + index + "]" + (bound == null ? ".path" : "." + bound)
                    : p.location().isCommandLine() && !p.location().source().equals(ScenarioLoader.COMMAND_LINE) ? "set" : "scenario";
            problems.add(NodePaths.locate(root, at), at, (bound != null && index >= 0 ? "at its " + bound + ": " : "")
                    + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
        }
    }
}

package uk.lpip.scenarios.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.format.SpecReader;
import uk.lpip.scenarios.load.NodePaths;
import uk.lpip.scenarios.load.Problem;
import uk.lpip.scenarios.load.Problems;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.scenarios.load.YamlFiles;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * Reads and checks an experiment file: its keys (as strictly as a scenario's), its arms against
 * the base scenario's interventions, its factors against the design, and every design point by
 * loading the base scenario with that point's overrides — so a sweep never starts with a run that
 * cannot. Problems point at the experiment file (or, for the base scenario's own problems, at the
 * scenario).
 */
public final class ExperimentLoader {
    private ExperimentLoader() {
    }

    /** An experiment with its file's text, its design points and each point's scenario. */
    public record Loaded(Experiment experiment, Path file, String text, List<Design.Point> points, List<Scenario> scenarios,
                         List<Experiment.Arm> arms) {
        /** The scenario of a point and arm: the point's scenario with only the arm's interventions. */
        public Scenario scenario(int point, String arm) {
            Scenario s = scenarios.get(point);
            if (arm.equals(Experiment.BASELINE)) {
                return s.baseline();
            }
            Experiment.Arm a = arms.stream().filter(x -> x.name().equals(arm)).findFirst().orElseThrow();
            List<InterventionSpec> chosen = s.interventions().stream()
                    .filter(iv -> a.interventions().contains(iv.common().name())).toList();
            return new Scenario(s.name(), s.description(), s.run(), s.region(), s.population(), s.sectors(), s.labour(),
                    s.firms(), s.households(), s.taxBenefit(), s.councilFinance(), s.water(), chosen);
        }

        /** Every arm's name, the baseline first. */
        public List<String> armNames() {
            List<String> out = new ArrayList<>();
            out.add(Experiment.BASELINE);
            arms.forEach(a -> out.add(a.name()));
            return out;
        }
    }

    /** Reads, checks and plans an experiment, loading its base scenario for every design point. */
    public static Loaded load(Path file) throws ScenarioException {
        return load(file, true);
    }

    /**
     * Reads and plans an experiment without loading its scenario (for merging and tables, where the
     * runs exist already and the scenario file may not be at hand): arms are known by name only.
     */
    public static Loaded readPlan(Path file) throws ScenarioException {
        return load(file, false);
    }

    private static Loaded load(Path file, boolean withScenarios) throws ScenarioException {
        Problems problems = new Problems();
        YamlFiles.Read read = YamlFiles.read(file);
        String text = read.text();
        Node root = read.root();
        Experiment e = new SpecReader(problems).read(ExperimentFormat.EXPERIMENT, root, null, "");
        if (e == null || !problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        Checker c = new Checker(root, problems);
        checkFactors(e, c);
        SensitivityChecks.check(e, root, c::add);
        checkSize(e, c);
        for (int i = 0; i < e.outputs().size(); i++) {
            String id = e.outputs().get(i);
            if (java.util.Arrays.stream(Metric.values()).noneMatch(m -> m.id().equals(id))) {
                c.add("outputs[" + i + "]", "no metric '" + id + "' (docs/outputs.md lists them)");
            }
        }
        if (!withScenarios) {
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems.sorted());
            }
            List<Experiment.Arm> arms = e.arms().isEmpty() ? List.of(new Experiment.Arm("intervention", List.of())) : e.arms();
            return new Loaded(e, file, text, Design.points(e), List.of(), arms);
        }
        String scenarioRef = scenarioReference(file, e.scenario());
        Scenario base;
        try {
            base = ScenarioLoader.load(scenarioRef, e.set());
        } catch (ScenarioException x) {
            for (Problem p : x.problems()) {
                if (p.location().source().equals(ScenarioLoader.COMMAND_LINE)) {
                    c.add("scenario", p.message()); // the scenario itself was not found
                } else if (p.location().isCommandLine()) {
                    c.add("set", p.path() + ": " + p.message());
                } else {
                    problems.add(p.location(), p.path(), p.message());
                }
            }
            throw new ScenarioException(problems.sorted());
        }
        List<Experiment.Arm> arms = arms(e, base, c);
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        List<Design.Point> points = Design.points(e);
        List<Scenario> scenarios = new ArrayList<>();
        for (Design.Point p : points) {
            List<String> sets = new ArrayList<>(e.set());
            sets.addAll(p.overrides());
            try {
                scenarios.add(ScenarioLoader.load(scenarioRef, sets));
            } catch (ScenarioException x) {
                for (Problem pr : x.problems()) {
                    int factor = factorOf(e, pr.path());
                    c.add(factor >= 0 ? "factors[" + factor + "]" : "factors", "design point " + p.index() + " ("
                            + String.join(", ", p.overrides()) + "): " + (pr.path().isEmpty() ? "" : pr.path() + ": ") + pr.message());
                }
                throw new ScenarioException(problems.sorted());
            }
        }
        return new Loaded(e, file, text, points, scenarios, arms);
    }

    private static int factorOf(Experiment e, String path) {
        for (int f = 0; f < e.factors().size(); f++) {
            if (e.factors().get(f).path().equals(path)) {
                return f;
            }
        }
        return -1;
    }

    /** A scenario named in a file: a path relative to that file if one exists there, else as given (bundled name or path). */
    public static String scenarioReference(Path file, String ref) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && Files.isRegularFile(parent.resolve(ref))) {
            return parent.resolve(ref).toString();
        }
        return ref;
    }

    private static void checkFactors(Experiment e, Checker c) {
        boolean grid = e.design().equals("grid");
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < e.factors().size(); i++) {
            Experiment.Factor f = e.factors().get(i);
            String at = "factors[" + i + "]";
            if (f.path().equals("run.seed")) {
                c.add(at + ".path", "run.seed cannot be a factor: every run's seed comes from its replicate "
                        + "(replicates: N runs N seeds at every design point); vary replicates instead");
            }
            if (!paths.add(f.path())) {
                c.add(at + ".path", "path '" + f.path() + "' is varied twice");
            }
            if (grid && f.values().isEmpty()) {
                c.add(at, "a grid design needs the factor's values, e.g. values: [0.9, 0.95]");
            }
            if (!grid && (f.min() == null || f.max() == null)) {
                c.add(at, "a " + e.design() + " design needs the factor's min and max");
            } else if (!grid && f.min() >= f.max()) {
                c.add(at + ".max", "max (" + Design.text(f.max()) + ") must be above min (" + Design.text(f.min()) + ")");
            }
        }
    }

    /**
     * Refuses a design too large to plan: a grid of more than {@link Design#MAX_POINTS} points (the
     * cap of the other designs), or more than {@link Design#MAX_RUNS} runs in all. Checked before any
     * point is made or loaded, so a huge grid is a message, not an OutOfMemoryError.
     */
    private static void checkSize(Experiment e, Checker c) {
        long points = Design.count(e);
        String at = e.design().equals("grid") ? "factors" : e.design().equals("morris") ? "trajectories" : "points";
        if (e.design().equals("grid") && points > Design.MAX_POINTS) {
            List<String> sizes = e.factors().stream().map(f -> Integer.toString(f.values().size())).toList();
            c.add("factors", String.format(Locale.ROOT, "a grid of %s values makes %s design points; at most %,d "
                            + "(the limit of the other designs too): use fewer values or a latin_hypercube design",
                    String.join(" × ", sizes), points == Long.MAX_VALUE ? "more than 10^18" : String.format(Locale.ROOT, "%,d", points),
                    Design.MAX_POINTS));
            return;
        }
        if (e.sensitivity() && points > Design.MAX_POINTS) {
            c.add(at, String.format(Locale.ROOT, "a %s design of %,d %s over %d factors makes %,d design points (%s); at most %,d",
                    e.design(), e.design().equals("saltelli") ? e.points() : e.trajectories(),
                    e.design().equals("saltelli") ? "base points" : "trajectories", e.factors().size(), points,
                    e.design().equals("saltelli") ? "N × (k + 2)" : "r × (k + 1)", Design.MAX_POINTS));
            return;
        }
        long arms = (e.arms().isEmpty() ? 1 : e.arms().size()) + 1;
        long runs = points * arms * e.replicates();
        if (runs > Design.MAX_RUNS) {
            c.add(at, String.format(Locale.ROOT,
                    "%,d design points × %d arms (with the baseline) × %d replicates make %,d runs; at most %,d in one sweep",
                    points, arms, e.replicates(), runs, Design.MAX_RUNS));
        }
    }

    private static List<Experiment.Arm> arms(Experiment e, Scenario base, Checker c) {
        List<String> names = base.interventions().stream().map(iv -> iv.common().name()).toList();
        if (e.arms().isEmpty()) {
            if (names.isEmpty()) {
                c.add("scenario", "the scenario has no interventions, so there is nothing to compare with its baseline; "
                        + "name arms or choose a scenario with interventions");
            }
            return List.of(new Experiment.Arm("intervention", names));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < e.arms().size(); i++) {
            Experiment.Arm arm = e.arms().get(i);
            if (arm.name().equals(Experiment.BASELINE)) {
                c.add("arms[" + i + "].name", "'baseline' is always run; give this arm another name");
            }
            if (!seen.add(arm.name())) {
                c.add("arms[" + i + "].name", "duplicate arm name '" + arm.name() + "'");
            }
            for (int k = 0; k < arm.interventions().size(); k++) {
                String iv = arm.interventions().get(k);
                if (!names.contains(iv)) {
                    c.add("arms[" + i + "].interventions[" + k + "]", "the scenario has no intervention '" + iv + "'"
                            + (names.isEmpty() ? "" : "; it has " + String.join(", ", names)));
                }
            }
        }
        return e.arms();
    }

    /** Records problems at the node a path names in the experiment file. */
    private record Checker(Node root, Problems problems) {
        void add(String path, String message) {
            problems.add(NodePaths.locate(root, path), path, message);
        }
    }
}

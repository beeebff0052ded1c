package uk.lpip.scenarios.experiment;

import static uk.lpip.scenarios.format.Field.of;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.format.Field;
import uk.lpip.scenarios.format.ListSpec;
import uk.lpip.scenarios.format.ObjectSpec;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.SpecReader;
import uk.lpip.scenarios.format.ValueSpec;
import uk.lpip.scenarios.load.NodePaths;
import uk.lpip.scenarios.load.Problem;
import uk.lpip.scenarios.load.Problems;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.scenarios.load.YamlFiles;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.InterventionType;
import uk.lpip.sim.policy.InterventionTypes;

/**
 * Reads a comparison file: the places, the package (interventions as in a scenario, acting on the
 * whole region of each place) and how it scales to each place. Each place's scenario is loaded
 * with the comparison's overrides, so every problem is found before anything runs.
 */
public final class ComparisonLoader {
    private ComparisonLoader() {
    }

    static final ObjectSpec<Comparison.Package> PACKAGE = new ObjectSpec<>("package", "a named intervention package",
            v -> new Comparison.Package(v.text("name"), v.get("interventions")),
            of("name", ValueSpec.id(), Comparison.Package::name, "the package's name (its arm; not 'baseline')", "", "skills"),
            of("interventions", ScenarioFormat.Sections.INTERVENTIONS, Comparison.Package::interventions,
                    "the interventions, as in a scenario (whole region; not council-funded)", "", "see below"));

    /** The smallest replicate count a precision target stops at: a t-interval from two is too wide to stop on. */
    public static final int PRECISION_MIN_REPLICATES = 3;

    static final ObjectSpec<Comparison.Precision> PRECISION = new ObjectSpec<>("precision",
            "replicates until every package's employment-rate effect is this precise, up to a cap",
            v -> new Comparison.Precision(v.get("employment_rate_pp"), v.integer("max_replicates")),
            of("employment_rate_pp", ValueSpec.number(0.001, 10), Comparison.Precision::employmentRatePp,
                    "the widest 95% half-width accepted for each package's change in the region's employment rate at the "
                            + "horizon", "percentage points", "0.1"),
            of("max_replicates", ValueSpec.integer(PRECISION_MIN_REPLICATES, 1000), Comparison.Precision::maxReplicates,
                    "the most replicates per place (at least the comparison's replicates)", "", "12"));

    static final ObjectSpec<Comparison> COMPARISON = new ObjectSpec<>("comparison",
            "intervention packages, each scaled to each place and run in each",
            v -> new Comparison(v.text("name"), v.get("description"), v.get("places"), v.get("set"), v.get("seed"),
                    v.integer("replicates"), v.get("places_per_intake_per_1000_working_age"),
                    v.get("budget_per_working_age_resident"), packages(v.get("package"), v.get("packages")),
                    v.get("precision")),
            of("name", ValueSpec.id(), Comparison::name, "the comparison's name: its results directory", "", "skills-everywhere"),
            of("description", ValueSpec.text(), Comparison::description, "one line", "", "...").asOptional(),
            Field.<Comparison, List<String>>of("places", new ListSpec<>(ValueSpec.text(), 1), Comparison::places,
                    "places compared: bundled scenario names or paths", "", "[rural-wales, northern-ireland]")
                    .withFallback(Comparison.LPIP_REGIONS),
            Field.<Comparison, List<String>>of("set", new ListSpec<>(ValueSpec.text(), 0), Comparison::set,
                    "overrides applied to every place, PATH=VALUE", "", "[run.scale=0.02]").withFallback(List.of()),
            Field.<Comparison, Long>of("seed", ValueSpec.whole(0, Long.MAX_VALUE), Comparison::seed, "seed", "", "20260101")
                    .withFallback(20_260_101L),
            Field.<Comparison, Integer>of("replicates", ValueSpec.integer(1, 1000), Comparison::replicates,
                    "replicates per place", "", "3").withFallback(3),
            of("places_per_intake_per_1000_working_age", ValueSpec.number(0, 1000), Comparison::placesPer1000WorkingAge,
                    "skills programmes' places per intake, per 1,000 working-age residents", "places", "0.5").asOptional(),
            of("budget_per_working_age_resident", ValueSpec.number(0, 1e6), Comparison::budgetPerWorkingAgeResident,
                    "each intervention's budget per working-age resident", "£", "40").asOptional(),
            of("precision", PRECISION, Comparison::precision,
                    "add replicates per place until each package's employment-rate effect is this precise (lpip compare "
                            + "--precision overrides it)", "", "{employment_rate_pp: 0.1, max_replicates: 12}").asOptional(),
            of("package", ScenarioFormat.Sections.INTERVENTIONS, ComparisonLoader::single,
                    "one package: the interventions, as in a scenario (whole region; not council-funded); or use packages",
                    "", "see below").asOptional(),
            Field.<Comparison, List<Comparison.Package>>of("packages", new ListSpec<>(PACKAGE, 1), Comparison::packages,
                    "several named packages, for the intervention × place matrix; or use package", "",
                    "[{name: skills, interventions: [...]}]").asOptional());

    private static List<Comparison.Package> packages(List<InterventionSpec> single, List<Comparison.Package> several) {
        List<Comparison.Package> out = new ArrayList<>();
        if (single != null) {
            out.add(new Comparison.Package(Comparison.SINGLE, single));
        }
        if (several != null) {
            out.addAll(several);
        }
        return out;
    }

    private static List<InterventionSpec> single(Comparison c) {
        return c.packages().size() == 1 && c.packages().get(0).name().equals(Comparison.SINGLE)
                ? c.packages().get(0).interventions() : null;
    }

    /** A comparison with its package and each place's scenario (with the overrides and seed). */
    public record Loaded(Comparison comparison, List<Scenario> places) { }

    public static Loaded load(Path file) throws ScenarioException {
        Problems problems = new Problems();
        Node root = YamlFiles.read(file).root();
        Comparison c = new SpecReader(problems).read(COMPARISON, root, null, "");
        if (c == null || !problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        boolean single = root instanceof Node.MapNode m && m.get("package") != null;
        boolean several = root instanceof Node.MapNode m && m.get("packages") != null;
        if (single == several) {
            problems.add(NodePaths.locate(root, ""), "", single ? "give either package or packages, not both"
                    : "missing package (one package of interventions) or packages (several, named)");
        }
        if (c.precision() != null && c.precision().maxReplicates() < c.replicates()) {
            problems.add(NodePaths.locate(root, "precision.max_replicates"), "precision.max_replicates", "the cap of "
                    + c.precision().maxReplicates() + " replicates is below the comparison's replicates (" + c.replicates()
                    + "); give at least " + c.replicates());
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        int offset = single ? 1 : 0; // the single package, when given, comes first
        for (int p = 0; p < c.packages().size(); p++) {
            Comparison.Package pkg = c.packages().get(p);
            if (single && p == 0) {
                checkPackage(root, "package", pkg.interventions(), problems);
                continue;
            }
            String at = "packages[" + (p - offset) + "]";
            if (pkg.name().equals("baseline") || !names.add(pkg.name())) {
                problems.add(NodePaths.locate(root, at + ".name"), at + ".name",
                        pkg.name().equals("baseline") ? "'baseline' is each place without any package; choose another name"
                                : "a second package named '" + pkg.name() + "'; names must differ");
            }
            checkPackage(root, at + ".interventions", pkg.interventions(), problems);
        }
        List<Scenario> places = new ArrayList<>();
        for (int i = 0; i < c.places().size(); i++) {
            List<String> sets = new ArrayList<>(c.set());
            sets.add("run.seed=" + c.seed());
            try {
                places.add(ScenarioLoader.load(c.places().get(i), sets).baseline());
            } catch (ScenarioException e) {
                for (Problem p : e.problems()) {
                    problems.add(NodePaths.locate(root, "places[" + i + "]"), "places[" + i + "]",
                            p.location().source().equals(ScenarioLoader.COMMAND_LINE) ? p.message() // the place itself is not found
                                    : c.places().get(i) + ": " + p.location() + ": " + (p.path().isEmpty() ? "" : p.path() + ": ")
                                    + p.message());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        return new Loaded(c, places);
    }

    private static void checkPackage(Node root, String prefix, List<InterventionSpec> specs, Problems problems) {
        for (int i = 0; i < specs.size(); i++) {
            InterventionSpec s = specs.get(i);
            String at = prefix + "[" + i + "]";
            if (!InterventionTypes.of(s).comparableAcrossPlaces()) {
                problems.add(NodePaths.locate(root, at + ".type"), at + ".type", "a " + s.type()
                        + " names one place's roads, buses or rivers; compare " + comparableTypes());
            }
            if (!s.common().councils().isEmpty() || !s.common().zones().isEmpty()) {
                problems.add(NodePaths.locate(root, at), at, "a compared package acts on each whole region: leave out councils and zones");
            }
            if (s.common().funder().startsWith("council:")) {
                problems.add(NodePaths.locate(root, at + ".funder"), at + ".funder",
                        "a compared package cannot be funded by one council; use uk_government, devolved_government or partnership");
            }
        }
    }


    /** The types that can be compared across places, as "a, b or c". */
    private static String comparableTypes() {
        List<String> keys = InterventionTypes.all().stream().filter(InterventionType::comparableAcrossPlaces)
                .map(InterventionType::key).toList();
        return keys.size() == 1 ? keys.get(0)
                : String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }
}

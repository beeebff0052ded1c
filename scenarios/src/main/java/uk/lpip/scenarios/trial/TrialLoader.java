package uk.lpip.scenarios.trial;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.format.SpecReader;
import uk.lpip.scenarios.load.NodePaths;
import uk.lpip.scenarios.load.Problem;
import uk.lpip.scenarios.load.Problems;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.scenarios.load.YamlFiles;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.WhoSpec;

/**
 * Reads and checks a trial file: its keys (as strictly as a scenario's), its scenario (with the
 * trial's and each design's overrides), the follow-up against the run's months, and each design
 * against the place (councils named, clusters enough to randomise, interventions a design can
 * restrict). Problems point at the trial file (or, for the scenario's own problems, at the scenario).
 */
public final class TrialLoader {
    private TrialLoader() {
    }

    /**
     * A checked trial.
     *
     * @param scenarioRef the scenario as the loader finds it (a path beside the trial file, or a bundled name)
     * @param base        the scenario with the trial's overrides
     * @param startMonth  the reported month the interventions start (the earliest start_month)
     */
    public record Loaded(Trial trial, Path file, String text, String scenarioRef, Scenario base, int startMonth) {
        /** The councils of the place, by id, in the place's order. */
        public List<String> councils() {
            return base.region().councils().stream().map(PlaceConfig.CouncilConfig::id).toList();
        }

        /** The zones of the place, by id, in the place's order. */
        public List<String> zones() {
            return base.region().zones().stream().map(PlaceConfig.ZoneConfig::id).toList();
        }

        /** Indexes of the scenario's interventions that reach people one by one (they have eligibility rules). */
        public List<Integer> peopleInterventions() {
            return TrialLoader.peopleInterventions(base);
        }

        /** The scenario with the trial's overrides, then {@code extra} (checked at loading, so a failure here is a bug). */
        public Scenario scenario(List<String> extra) {
            List<String> sets = new ArrayList<>(trial.set());
            sets.addAll(extra);
            try {
                return ScenarioLoader.load(scenarioRef, sets);
            } catch (ScenarioException e) {
                throw new IllegalStateException("a checked trial's scenario failed to load: " + e.getMessage(), e);
            }
        }
    }

    /** Reads and checks a trial file. */
    public static Loaded load(Path file) throws ScenarioException {
        Problems problems = new Problems();
        YamlFiles.Read read = YamlFiles.read(file);
        Node root = read.root();
        Trial t = new SpecReader(problems).read(TrialFormat.TRIAL, root, null, "");
        if (t == null || !problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        At at = new At(root, problems);
        String ref = ExperimentLoader.scenarioReference(file, t.scenario());
        Scenario base = scenario(ref, t.set(), "set", at, problems);
        if (base == null) {
            throw new ScenarioException(problems.sorted());
        }
        int start = base.interventions().stream().mapToInt(iv -> iv.common().startMonth()).min().orElse(-1);
        if (base.interventions().isEmpty()) {
            at.add("scenario", "the scenario has no interventions: a trial needs an intervention package to evaluate");
            throw new ScenarioException(problems.sorted());
        }
        if (start < 1) {
            at.add("scenario", "the interventions start in month " + start + "; a trial needs at least one month before the "
                    + "start to observe its sample (start_month 1 or later)");
        } else if (start + t.followUpMonths() > base.run().months()) {
            at.add("follow_up_months", "the follow-up ends in month " + (start + t.followUpMonths()) + " (start_month " + start
                    + " + " + t.followUpMonths() + "), after the run's " + base.run().months()
                    + " months; raise run.months in set or shorten the follow-up");
        }
        Loaded loaded = new Loaded(t, file, read.text(), ref, base, start);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < t.designs().size(); i++) {
            Trial.Design d = t.designs().get(i);
            String p = "designs[" + i + "]";
            if (!names.add(d.name())) {
                at.add(p + ".name", "duplicate design name '" + d.name() + "'");
            }
            checkDesign(loaded, d, p, at);
            if (!d.set().isEmpty()) {
                List<String> sets = new ArrayList<>(t.set());
                sets.addAll(d.set());
                scenario(ref, sets, p + ".set", at, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.sorted());
        }
        return loaded;
    }

    private static void checkDesign(Loaded l, Trial.Design d, String p, At at) {
        List<String> councils = l.councils();
        switch (d.type()) {
            case Trial.INDIVIDUAL -> {
                if (l.peopleInterventions().isEmpty()) {
                    at.add(p + ".type", "an individual_rct randomises people to an offer, and none of the scenario's "
                            + "interventions reaches people one by one (skills programme, outreach, wage subsidy)");
                }
            }
            case Trial.CLUSTER -> {
                int g = d.cluster().equals("zone") ? l.zones().size() : councils.size();
                long treated = Math.round(d.allocation() * g);
                if (g < 4 || treated < 1 || treated > g - 1) {
                    at.add(p + ".allocation", "a cluster_rct by " + d.cluster() + " needs at least 4 clusters and an "
                            + "allocation that treats at least one and leaves one as control; the place has " + g + " "
                            + d.cluster() + (g == 1 ? "" : "s") + " and " + d.allocation() + " treats " + treated);
                }
            }
            case Trial.DID -> {
                Set<String> covered = covered(l.base);
                if (covered.isEmpty() || covered.size() == councils.size()) {
                    at.add(p + ".type", "difference_in_differences compares the councils the interventions cover with "
                            + "others, and the scenario's interventions cover " + (covered.isEmpty() ? "no council by name"
                            : "every council"));
                }
                for (int k = 0; k < d.comparisonCouncils().size(); k++) {
                    String c = d.comparisonCouncils().get(k);
                    if (!councils.contains(c)) {
                        at.add(p + ".comparison_councils[" + k + "]", "the place has no council '" + c + "'; it has "
                                + String.join(", ", councils));
                    } else if (covered.contains(c)) {
                        at.add(p + ".comparison_councils[" + k + "]", "council '" + c + "' is covered by the interventions, "
                                + "so it cannot be a comparison");
                    }
                }
            }
            case Trial.STEPPED_WEDGE -> checkSteppedWedge(l, d, p, at);
            default -> {
                if (l.peopleInterventions().isEmpty()) {
                    at.add(p + ".type", "a matched design compares participants with non-participants, and none of the "
                            + "scenario's interventions has participants (skills programme, wage subsidy)");
                }
            }
        }
        if (!d.type().equals(Trial.STEPPED_WEDGE) && (d.steps() != null || d.stepMonths() != null)) {
            at.add(p + (d.steps() != null ? ".steps" : ".step_months"), "steps and step_months are keys of a stepped_wedge "
                    + "design only (this design's type is " + d.type() + ")");
        }
        if (!d.clustered() && d.plannedSizes().stream().anyMatch(n -> n < 4)) {
            at.add(p + ".planned_sizes", "a trial of people needs at least 4 of them");
        }
    }

    /**
     * A stepped wedge: its steps and step_months given, at least 3 clusters and one per step, the
     * rollout (a baseline period and a period per step, each step_months long) within the follow-up,
     * and every intervention still running when the last step starts.
     */
    private static void checkSteppedWedge(Loaded l, Trial.Design d, String p, At at) {
        if (d.steps() == null || d.stepMonths() == null) {
            at.add(p, "a stepped_wedge needs " + (d.steps() == null ? "steps (the number of steps at which a group of "
                    + "clusters starts)" : "step_months (the months between steps)") + (d.steps() == null
                    && d.stepMonths() == null ? " and step_months (the months between steps)" : ""));
            return;
        }
        int g = d.cluster().equals("zone") ? l.zones().size() : l.councils().size();
        if (g < 3 || d.steps() > g) {
            at.add(p + ".steps", "a stepped_wedge by " + d.cluster() + " needs at least 3 clusters and one per step; the "
                    + "place has " + g + " " + d.cluster() + (g == 1 ? "" : "s") + " for " + d.steps() + " steps");
        }
        int rollout = (d.steps() + 1) * d.stepMonths();
        if (rollout > l.trial().followUpMonths()) {
            at.add(p + ".step_months", "the rollout takes " + rollout + " months (a baseline period and " + d.steps()
                    + " steps of " + d.stepMonths() + " months), longer than the follow-up of " + l.trial().followUpMonths()
                    + " months; take fewer or shorter steps, or lengthen follow_up_months");
            return;
        }
        for (InterventionSpec iv : l.base.interventions()) {
            int last = iv.common().startMonth() + d.steps() * d.stepMonths();
            if (last > iv.common().endMonth()) {
                at.add(p + ".steps", "the last step starts intervention '" + iv.common().name() + "' in month " + last
                        + " (its start_month " + iv.common().startMonth() + " + " + d.steps() + " × " + d.stepMonths()
                        + "), after its end_month " + iv.common().endMonth());
            }
        }
    }

    /** The councils the scenario's interventions name (directly or through their zones). */
    public static Set<String> covered(Scenario s) {
        Set<String> out = new HashSet<>();
        for (InterventionSpec iv : s.interventions()) {
            out.addAll(iv.common().councils());
            for (String z : iv.common().zones()) {
                s.region().zones().stream().filter(x -> x.id().equals(z)).forEach(x -> out.add(x.councilId()));
            }
        }
        return out;
    }

    static List<Integer> peopleInterventions(Scenario s) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.interventions().size(); i++) {
            Class<?> c = s.interventions().get(i).getClass();
            if (c.isRecord() && Arrays.stream(c.getRecordComponents()).anyMatch(rc -> rc.getType() == WhoSpec.class)) {
                out.add(i);
            }
        }
        return out;
    }

    private static Scenario scenario(String ref, List<String> sets, String setPath, At at, Problems problems) {
        try {
            return ScenarioLoader.load(ref, sets);
        } catch (ScenarioException x) {
            for (Problem p : x.problems()) {
                if (p.location().source().equals(ScenarioLoader.COMMAND_LINE)) {
                    at.add("scenario", p.message());
                } else if (p.location().isCommandLine()) {
                    at.add(setPath, p.path() + ": " + p.message());
                } else {
                    problems.add(p.location(), p.path(), p.message());
                }
            }
            return null;
        }
    }

    /** Records problems at the node a path names in the trial file. */
    private record At(Node root, Problems problems) {
        void add(String path, String message) {
            problems.add(NodePaths.locate(root, path), path, message);
        }
    }
}

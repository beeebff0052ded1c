package uk.lpip.runs.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.scenarios.trial.TrialLoader;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * How a design's trial arm differs from the scenario, as overrides of the scenario (the same
 * route as {@code --set}): an individual trial sets {@code offer_share} on every intervention that
 * reaches people, so only those randomised to the offer are eligible; a cluster trial points every
 * intervention at the randomly chosen clusters ({@code councils} or {@code zones}); a stepped wedge
 * draws each cluster's step and replaces the package by one copy per step ({@link SteppedWedge}), in
 * code, since overrides cannot add interventions; the observational designs evaluate the scenario
 * as it is.
 *
 * @param sets           the overrides of the trial arm (after the trial's and the design's own)
 * @param treatedCluster for a cluster trial, whether each council or zone (the place's order) is treated
 * @param step           for a stepped wedge, each council's or zone's step (1 to S; the place's order)
 */
record DesignPlan(List<String> sets, boolean[] treatedCluster, int[] step) {
    /** The plan of {@code design} in the replicate seeded {@code seed}: a cluster trial draws its clusters from the seed. */
    static DesignPlan of(TrialLoader.Loaded l, Trial.Design design, long seed) {
        List<String> sets = new ArrayList<>(design.set());
        switch (design.type()) {
            case Trial.INDIVIDUAL -> {
                for (int i : l.peopleInterventions()) {
                    sets.add("interventions[" + i + "].offer_share=" + String.format(Locale.ROOT, "%s", design.allocation()));
                }
                return new DesignPlan(sets, null, null);
            }
            case Trial.STEPPED_WEDGE -> {
                List<String> ids = design.cluster().equals("zone") ? l.zones() : l.councils();
                return new DesignPlan(sets, null, SteppedWedge.rollout(ids.size(), design.steps(),
                        Simulation.replicateSeed(seed, (design.name().hashCode() & 0xffff) + 1)));
            }
            case Trial.CLUSTER -> {
                boolean byZone = design.cluster().equals("zone");
                List<String> ids = byZone ? l.zones() : l.councils();
                boolean[] treated = choose(ids.size(), (int) Math.round(design.allocation() * ids.size()),
                        Simulation.replicateSeed(seed, (design.name().hashCode() & 0xffff) + 1));
                List<String> chosen = new ArrayList<>();
                for (int c = 0; c < ids.size(); c++) {
                    if (treated[c]) {
                        chosen.add(ids.get(c));
                    }
                }
                String list = "[" + String.join(", ", chosen) + "]";
                for (int i = 0; i < l.base().interventions().size(); i++) {
                    sets.add("interventions[" + i + "].councils=" + (byZone ? "[]" : list));
                    sets.add("interventions[" + i + "].zones=" + (byZone ? list : "[]"));
                }
                return new DesignPlan(sets, treated, null);
            }
            default -> {
                return new DesignPlan(sets, null, null);
            }
        }
    }

    /** {@code k} of {@code n} chosen at random (a partial Fisher–Yates shuffle seeded by {@code seed}). */
    static boolean[] choose(int n, int k, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean[] out = new boolean[n];
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            out[order[i]] = true;
        }
        return out;
    }

    /** The key of the trial arm (designs with the same overrides, and the same rollout if any, share one simulation). */
    String key() {
        return String.join("\n", sets) + (step == null ? "" : "\nrollout " + java.util.Arrays.toString(step));
    }

    /**
     * The trial arm's interventions: the scenario's ({@code scenario}, loaded with {@link #sets}), or
     * for a stepped wedge one copy of them per step, each limited to its clusters and starting at its step.
     */
    List<InterventionSpec> interventions(TrialLoader.Loaded l, Trial.Design design, List<InterventionSpec> scenario) {
        if (step == null) {
            return scenario;
        }
        boolean byZone = design.cluster().equals("zone");
        return SteppedWedge.interventions(scenario, step, byZone ? l.zones() : l.councils(), byZone, design.steps(),
                design.stepMonths());
    }
}

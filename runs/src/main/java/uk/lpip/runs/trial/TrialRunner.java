package uk.lpip.runs.trial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.scenarios.trial.TrialLoader;
import uk.lpip.sim.api.Cohort;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.api.WorkerPool;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * Simulates a trial: for each replicate (its own seed) the baseline arm and each design's trial arm
 * (paired: the same seed, so the same people and the same luck until the interventions act), each
 * person's state kept at the trial's start and at follow-up; then each design's estimator on what
 * its evaluator observes ({@link Evaluation}).
 */
public final class TrialRunner {
    private final TrialLoader.Loaded loaded;
    private final int threads;

    public TrialRunner(TrialLoader.Loaded loaded, int threads) {
        this.loaded = loaded;
        this.threads = threads;
    }

    /** One arm's cohorts (by reported month) and participants. */
    record Arm(Map<Integer, Cohort> cohorts, List<Participants> participants) { }

    /** Runs every replicate and returns each design's result in each, replicate by replicate; {@code progress} hears each. */
    public List<Replicate> run(Consumer<String> progress) {
        Trial t = loaded.trial();
        Evaluation evaluation = new Evaluation(loaded);
        int startMonth = loaded.startMonth() - 1;
        int followUp = startMonth + t.followUpMonths();
        Set<Integer> months = new TreeSet<>(List.of(startMonth, followUp));
        for (Trial.Design d : t.designs()) {
            if (d.type().equals(Trial.STEPPED_WEDGE)) {
                Arrays.stream(SteppedWedge.periodMonths(loaded.startMonth(), d, t.followUpMonths())).forEach(months::add);
            }
        }
        List<Replicate> out = new ArrayList<>();
        try (WorkerPool workers = new WorkerPool(threads)) {
            for (int r = 0; r < t.replicates(); r++) {
                long seed = Simulation.replicateSeed(t.seed(), r);
                String seedSet = "run.seed=" + seed;
                Scenario base = loaded.scenario(List.of(seedSet));
                Arm baseline = simulate(base.model(), List.of(), workers, months);
                Map<String, Arm> arms = new LinkedHashMap<>();
                for (Trial.Design d : t.designs()) {
                    DesignPlan plan = DesignPlan.of(loaded, d, seed);
                    Arm arm = arms.computeIfAbsent(plan.key(), k -> {
                        List<String> sets = new ArrayList<>(plan.sets());
                        sets.add(seedSet);
                        Scenario s = loaded.scenario(sets);
                        return simulate(s.model(), plan.interventions(loaded, d, s.interventions()), workers, months);
                    });
                    Observed o = new Observed(baseline.cohorts().get(startMonth), baseline.cohorts().get(followUp),
                            arm.cohorts().get(followUp), arm.participants(), baseline.cohorts(), arm.cohorts());
                    out.add(evaluation.evaluate(r, seed, d, plan, o));
                }
                progress.accept("replicate " + (r + 1) + " of " + t.replicates() + " (" + (1 + arms.size()) + " simulations)");
            }
        }
        return out;
    }

    /** Simulates {@code config} with {@code interventions}, keeping everyone's state at each of {@code months}. */
    static Arm simulate(ModelConfig config, List<InterventionSpec> interventions, WorkerPool workers, Set<Integer> months) {
        Map<Integer, Cohort> kept = new HashMap<>();
        try (Simulation sim = new Simulation(config, interventions, workers)) {
            sim.observeCohorts(months, c -> kept.put(c.reportedMonth(), c));
            sim.run();
            return new Arm(Map.copyOf(kept), sim.results().participants());
        }
    }
}

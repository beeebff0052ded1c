package uk.lpip.runs.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.scenarios.trial.TrialLoader;
import uk.lpip.sim.api.Cohort;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.api.WorkerPool;

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

    /** One arm's cohorts and participants. */
    private record Arm(Cohort start, Cohort followUp, List<Participants> participants) { }

    /** Runs every replicate and returns each design's result in each, replicate by replicate; {@code progress} hears each. */
    public List<Replicate> run(Consumer<String> progress) {
        Trial t = loaded.trial();
        Evaluation evaluation = new Evaluation(loaded);
        int startMonth = loaded.startMonth() - 1;
        int followUp = startMonth + t.followUpMonths();
        List<Replicate> out = new ArrayList<>();
        try (WorkerPool workers = new WorkerPool(threads)) {
            for (int r = 0; r < t.replicates(); r++) {
                long seed = Simulation.replicateSeed(t.seed(), r);
                String seedSet = "run.seed=" + seed;
                Arm baseline = simulate(loaded.scenario(List.of(seedSet)).baseline(), workers, startMonth, followUp);
                Map<String, Arm> arms = new LinkedHashMap<>();
                for (Trial.Design d : t.designs()) {
                    DesignPlan plan = DesignPlan.of(loaded, d, seed);
                    Arm arm = arms.computeIfAbsent(plan.key(), k -> {
                        List<String> sets = new ArrayList<>(plan.sets());
                        sets.add(seedSet);
                        return simulate(loaded.scenario(sets), workers, startMonth, followUp);
                    });
                    Observed o = new Observed(baseline.start(), baseline.followUp(), arm.followUp(), arm.participants());
                    out.add(evaluation.evaluate(r, seed, d, plan, o));
                }
                progress.accept("replicate " + (r + 1) + " of " + t.replicates() + " (" + (1 + arms.size()) + " simulations)");
            }
        }
        return out;
    }

    private static Arm simulate(Scenario s, WorkerPool workers, int startMonth, int followUp) {
        Cohort[] kept = new Cohort[2];
        try (Simulation sim = new Simulation(s.model(), s.interventions(), workers)) {
            sim.observeCohorts(Set.of(startMonth, followUp), c -> kept[c.reportedMonth() == startMonth ? 0 : 1] = c);
            sim.run();
            return new Arm(kept[0], kept[1], sim.results().participants());
        }
    }
}

package uk.lpip.bench;

import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.model.EconomyModel;

/**
 * The benchmarks' economies: a bundled region's place (Yorkshire and the Humber by default) at a
 * chosen number of persons, its metrics table long enough for every month a benchmark steps.
 */
final class Populations {
    private Populations() {
    }

    /** A started model of {@code persons} agents after {@code warmup} months. */
    static EconomyModel started(String scenario, long persons, int threads, int warmup, int maxMonths) {
        EconomyModel model = new EconomyModel(config(scenario, persons, warmup, maxMonths), threads);
        model.start();
        for (int m = 0; m < warmup; m++) {
            model.schedule.step(model);
        }
        return model;
    }

    /** The scenario at {@code persons} agents, no burn-in, long enough for warm-up and measured months. */
    static ModelConfig config(String scenario, long persons, int warmup, int maxMonths) {
        ModelConfig base;
        try {
            base = ScenarioLoader.load(scenario).baseline().model();
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(scenario + ": " + e.getMessage(), e);
        }
        long population = base.place().zones().stream().mapToLong(PlaceConfig.ZoneConfig::population).sum();
        return base.withRun(base.run().withScale((double) persons / population).withBurnIn(0)
                .withMonths(warmup + maxMonths));
    }
}

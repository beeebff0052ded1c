package uk.lpip.sim.api;

import java.util.Arrays;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Status;

/**
 * Every person's and household's state that per-person comparisons of a run need, copied out of
 * the model (so callers never hold the live arrays): each person's status (a {@code Status} code),
 * zone and household, and each household's equivalised income and size. Ids match across the arms
 * of a replicate (births and deaths do not depend on interventions).
 */
public record Population(byte[] status, int[] zone, int[] household, double[] equivalisedIncome, int[] householdSize) {
    /** The {@link #status()} code of a person in work. */
    public static final byte EMPLOYED = Status.EMPLOYED;

    /** Whether person {@code p} is in work; an id beyond the population is not. */
    public boolean employed(int p) {
        return p < status.length && status[p] == EMPLOYED;
    }

    /** The model's population now (after a run: at the horizon). */
    public static Population of(EconomyModel model) {
        Economy e = model.economy();
        int n = e.persons.count();
        int h = e.households.count();
        return new Population(Arrays.copyOf(e.persons.status, n), e.persons.zones(n),
                Arrays.copyOf(e.persons.household, n), Arrays.copyOf(e.households.equivalisedIncome, h),
                e.households.sizes());
    }

    /** Working-age residents (16–64) of a configuration's starting population, at full scale. */
    public static double workingAgeAtStart(ModelConfig config) {
        Economy e = EconomyBuilder.build(config, new ParallelChunks(1));
        try {
            long n = 0;
            for (int p = 0; p < e.persons.count(); p++) {
                n += e.persons.isWorkingAge(p) ? 1 : 0;
            }
            return n / config.run().scale();
        } finally {
            e.parallel.close();
        }
    }
}

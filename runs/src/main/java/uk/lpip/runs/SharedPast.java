package uk.lpip.runs;

import java.util.List;
import java.util.function.IntConsumer;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.api.WorkerPool;
import uk.lpip.sim.config.ModelConfig;

/**
 * The past that the arms of one replicate share: every arm of a paired run, and every arm of a
 * sweep's design point, is the same as the others until the first of their interventions starts
 * (the same configuration and seed; common random numbers). That past (burn-in included) is
 * simulated once, without interventions, when the first arm asks for it; each arm then continues
 * from a copy of its state ({@link Simulation#branchFrom}), and its results are byte for byte those
 * of simulating it from the start. When the arms share no month (an intervention starts in the
 * first month) or there is only one arm, each arm is simulated from the start.
 */
public final class SharedPast implements AutoCloseable {
    private final ModelConfig config;
    private final WorkerPool workers;
    private final int branch;
    private final boolean share;
    private final IntConsumer monthsDone;
    private Simulation past;
    private double[] startIncome = new double[0];

    /** The past of {@code arms} (all of {@code config}, with their own interventions), told to {@code monthsDone} month by month. */
    public SharedPast(ModelConfig config, WorkerPool workers, List<SingleRun.Arm> arms, IntConsumer monthsDone) {
        this.config = config;
        this.workers = workers;
        this.branch = SingleRun.branchMonth(config, arms);
        this.share = arms.size() > 1 && branch > 0;
        this.monthsDone = monthsDone;
    }

    /** Months (counting the burn-in) simulated once for all the arms; 0 when they share none. */
    public int months() {
        return share ? branch : 0;
    }

    /** Simulates {@code arm} (one of the arms this past was made for) from the shared past, or from the start if there is none. */
    public SingleRun.ArmResult simulate(SingleRun.Arm arm, int replicate, long seed, IntConsumer armMonthsDone,
                                        SingleRun.PhaseTimes phases) {
        if (!share) {
            return SingleRun.simulate(config, workers, arm, replicate, seed, armMonthsDone, phases);
        }
        if (past == null) {
            Simulation sim = new Simulation(config, List.of(), workers);
            try {
                int[] done = {0};
                sim.observe(month -> {
                    monthsDone.accept(++done[0]);
                    if (month.firstMonthEquivalisedIncome() != null) {
                        startIncome = month.firstMonthEquivalisedIncome();
                    }
                });
                sim.runTo(branch);
            } catch (RuntimeException | Error e) {
                sim.close();
                throw e;
            } finally {
                Simulation.PhaseTimes times = sim.phaseTimes();
                phases.simulated(times.phases(), times.nanos());
            }
            past = sim;
        }
        return SingleRun.simulate(config, workers, arm, replicate, seed, armMonthsDone, phases, past, startIncome);
    }

    @Override
    public void close() {
        if (past != null) {
            past.close();
            past = null;
        }
    }
}

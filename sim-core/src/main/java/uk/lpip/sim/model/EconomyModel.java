package uk.lpip.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import sim.engine.Schedule;
import sim.engine.SimState;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.councils.CouncilBudgets;
import uk.lpip.sim.demography.Demography;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.firms.FirmPlanning;
import uk.lpip.sim.firms.Production;
import uk.lpip.sim.households.HouseholdIncomes;
import uk.lpip.sim.labour.InactivityFlows;
import uk.lpip.sim.labour.LabourMarket;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.MetricsPhase;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.Intervention;
import uk.lpip.sim.policy.InterventionPhase;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.water.Catchment;
import uk.lpip.sim.water.WaterPhase;

/**
 * The model as a MASON {@link SimState}: one simulated month per unit of schedule time, its
 * phases scheduled in the order of docs/model.md (demography, inactivity, firms, labour market, water,
 * household incomes, production, councils, interventions, metrics). Each phase steps its whole
 * population at once, in parallel chunks. This is the only class that knows every mechanism:
 * the mechanisms share the economy's state and never call each other.
 *
 * <p>MASON's own generator ({@code random}) is not used by the model: every draw comes from
 * {@link KeyedRandom}, so results do not depend on the order of scheduling or on threads.
 */
public final class EconomyModel extends SimState implements AutoCloseable {
    private final Economy economy;
    private final Catchment catchment;
    private final List<Phase> phases = new ArrayList<>();
    private final MetricsTable table;
    private final List<Consumer<Economy>> stateProbes = new ArrayList<>();
    private final InterventionPhase policy;
    private final boolean ownsParallel;
    private long[] phaseNanos;

    public EconomyModel(ModelConfig config, int threads, List<Intervention> interventions) {
        this(config, threads, e -> interventions);
    }

    /**
     * @param interventions builds the run's interventions once the economy exists (they resolve
     *                      their targets against it), e.g. {@code Interventions.factory(specs)}
     */
    public EconomyModel(ModelConfig config, int threads, Function<Economy, List<Intervention>> interventions) {
        this(config, new ParallelChunks(threads), true, interventions);
    }

    /**
     * A model on worker threads the caller owns (and closes), so that the arms and replicates of
     * one run share one pool instead of starting one each.
     */
    public EconomyModel(ModelConfig config, ParallelChunks parallel, Function<Economy, List<Intervention>> interventions) {
        this(config, parallel, false, interventions);
    }

    private EconomyModel(ModelConfig config, ParallelChunks parallel, boolean ownsParallel,
                         Function<Economy, List<Intervention>> interventions) {
        super(config.run().seed());
        this.ownsParallel = ownsParallel;
        this.economy = EconomyBuilder.build(config, parallel);
        this.catchment = config.water() == null ? null : new Catchment(config.water(), economy);
        if (catchment != null) {
            economy.installWater(catchment);
        }
        this.table = new MetricsTable(new Areas(economy.places));
        this.policy = new InterventionPhase(economy, interventions.apply(economy));
        phases.add(new Demography());
        phases.add(new InactivityFlows());
        phases.add(new FirmPlanning());
        phases.add(new LabourMarket());
        phases.add(new WaterPhase(catchment));
        phases.add(new HouseholdIncomes(economy));
        phases.add(new Production(economy));
        phases.add(new CouncilBudgets());
        phases.add(policy);
        phases.add(new MetricsPhase(table, policy));
    }

    public EconomyModel(ModelConfig config, int threads) {
        this(config, threads, List.of());
    }

    /**
     * Hands {@code probe} the live economy after each month's phases, in the order probes were
     * added. Only for sim-core itself: {@code api.MonthRecord.observe} builds observers' month
     * records from it, and the invariant tests (sim-core's and the bundled scenarios' accounting
     * test) read the state to check it. Other modules observe a run through {@code MonthRecord.observe}.
     */
    public void addStateProbe(Consumer<Economy> probe) {
        stateProbes.add(probe);
    }

    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(Schedule.EPOCH, 0, state -> startMonth(), 1.0);
        phaseNanos = new long[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            int index = i;
            schedule.scheduleRepeating(Schedule.EPOCH, i + 1, state -> {
                long t0 = System.nanoTime();
                phase.step(economy);
                phaseNanos[index] += System.nanoTime() - t0;
            }, 1.0);
        }
        schedule.scheduleRepeating(Schedule.EPOCH, phases.size() + 1, state -> {
            for (Consumer<Economy> probe : stateProbes) {
                probe.accept(economy);
            }
        }, 1.0);
    }

    private void startMonth() {
        economy.setMonth((int) Math.round(schedule.getTime()));
        economy.counters.reset();
        economy.ledger.startMonth();
        economy.councils.resetMonth();
    }

    /** Runs the burn-in and the recorded months, and returns the recorded metrics. */
    public MetricsTable run() {
        start();
        int total = economy.config.run().totalMonths();
        for (int m = 0; m < total; m++) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("the schedule ran out of events at month " + m);
            }
        }
        finish();
        return table;
    }

    public Economy economy() {
        return economy;
    }

    /** The place's catchment, or null for a place without one. */
    public Catchment catchment() {
        return catchment;
    }

    public MetricsTable table() {
        return table;
    }

    /** The run's interventions, e.g. to read a programme's participants after the run. */
    public List<Intervention> interventions() {
        return policy.interventions();
    }

    /** Each intervention's spending in every recorded month, £ at the run's scale. */
    public java.util.Map<String, double[]> interventionSpend() {
        return policy.spendByMonth();
    }

    /** The monthly cycle's phases in order (for benchmarks of one phase; {@link #start()} schedules them). */
    public List<Phase> phases() {
        return List.copyOf(phases);
    }

    public List<String> phaseNames() {
        return phases.stream().map(Phase::name).toList();
    }

    /** Wall time spent in each phase since {@link #start()}, ns, in {@link #phaseNames()} order (for profiling). */
    public long[] phaseNanos() {
        return phaseNanos == null ? new long[phases.size()] : phaseNanos.clone();
    }

    @Override
    public void close() {
        if (ownsParallel) {
            economy.parallel.close();
        }
    }
}

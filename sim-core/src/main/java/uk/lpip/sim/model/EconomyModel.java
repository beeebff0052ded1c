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
import uk.lpip.sim.engine.BranchLocal;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.engine.StateCopy;
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
    @BranchLocal
    private final List<Consumer<Economy>> stateProbes = new ArrayList<>();
    private final InterventionPhase policy;
    @BranchLocal
    private final boolean ownsParallel;
    @BranchLocal
    private boolean started;
    /** Months simulated so far (counting the burn-in), including a shared past this model was branched from. */
    private int monthsSimulated;
    @BranchLocal
    private long[] phaseNanos;
    @BranchLocal
    private long[] phaseParallelNanos;

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
        phases.add(policy.monthStart());
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

    /**
     * Schedules the monthly cycle from the next month to simulate: the first month of the burn-in,
     * or, for a model {@link #branchFrom branched} from a shared past, the month after it.
     */
    @Override
    public void start() {
        if (started) {
            throw new IllegalStateException("the model has already started");
        }
        started = true;
        super.start();
        double first = Schedule.EPOCH + monthsSimulated;
        schedule.scheduleRepeating(first, 0, state -> startMonth(), 1.0);
        phaseNanos = new long[phases.size()];
        phaseParallelNanos = new long[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            Phase phase = phases.get(i);
            int index = i;
            schedule.scheduleRepeating(first, i + 1, state -> {
                long p0 = economy.parallel.parallelNanos();
                long t0 = System.nanoTime();
                phase.step(economy);
                phaseNanos[index] += System.nanoTime() - t0;
                phaseParallelNanos[index] += economy.parallel.parallelNanos() - p0;
            }, 1.0);
        }
        schedule.scheduleRepeating(first, phases.size() + 1, state -> {
            monthsSimulated++;
            for (Consumer<Economy> probe : stateProbes) {
                probe.accept(economy);
            }
        }, 1.0);
    }

    /** Months simulated so far, counting the burn-in (and any shared past this model was branched from). */
    public int monthsSimulated() {
        return monthsSimulated;
    }

    /**
     * Simulates up to the end of month {@code month - 1} (counting the burn-in) and stops there, so
     * that arms can {@link #branchFrom branch} from this state; starts the model if need be.
     */
    public void runTo(int month) {
        if (month > economy.config.run().totalMonths() || month < monthsSimulated) {
            throw new IllegalArgumentException("cannot run to month " + month + " from month " + monthsSimulated
                    + " of " + economy.config.run().totalMonths());
        }
        if (!started) {
            start();
        }
        while (monthsSimulated < month) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("the schedule ran out of events at month " + monthsSimulated);
            }
        }
    }

    /**
     * Makes this model, built from the same configuration and not yet started, continue from the
     * state {@code past} has reached: every agent, place, account, catchment, metrics row and phase's
     * state is copied (see {@link StateCopy}); this model's own interventions (which must not start
     * before that month) and observers are kept, and its interventions step records the months it
     * skipped as a straight run would have (nothing spent). {@link #run()} then simulates the rest.
     */
    public void branchFrom(EconomyModel past) {
        if (started) {
            throw new IllegalStateException("a model can only branch before it starts");
        }
        RunConfigCheck.same(economy.config, past.economy.config);
        StateCopy.into(past, this);
        policy.branchedAt(monthsSimulated - economy.config.run().burnInMonths());
    }

    private void startMonth() {
        economy.setMonth((int) Math.round(schedule.getTime()));
        economy.counters.reset();
        economy.ledger.startMonth();
        economy.councils.resetMonth();
    }

    /** Runs the burn-in and the recorded months, and returns the recorded metrics. */
    public MetricsTable run() {
        runTo(economy.config.run().totalMonths());
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

    /** The checks a branch can make that two models were built from the same configuration (arrays in it compare by identity). */
    private static final class RunConfigCheck {
        static void same(ModelConfig a, ModelConfig b) {
            if (!a.name().equals(b.name()) || !a.run().equals(b.run())) {
                throw new IllegalArgumentException("a model can only branch from one built from the same configuration ("
                        + a.name() + " " + a.run() + " against " + b.name() + " " + b.run() + ")");
            }
        }
    }

    /**
     * Wall time each phase spent on one thread since {@link #start()} (outside loops spread over the
     * threads), ns, in {@link #phaseNames()} order (for profiling).
     */
    public long[] phaseSerialNanos() {
        long[] out = new long[phases.size()];
        if (phaseNanos != null) {
            for (int i = 0; i < out.length; i++) {
                out[i] = phaseNanos[i] - phaseParallelNanos[i];
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (ownsParallel) {
            economy.parallel.close();
        }
    }
}

package uk.lpip.sim.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.Interventions;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.water.Catchment;

/**
 * One simulation of a configuration, for the modules outside sim-core: they run the model and read
 * its results only through this class and the records it returns, never the live state.
 *
 * <pre>{@code
 * try (WorkerPool workers = new WorkerPool(threads)) {          // one pool for every arm and replicate
 *     try (Simulation sim = new Simulation(config, specs, workers)) {
 *         sim.observe(month -> progress(month));
 *         MetricsTable table = sim.run();
 *         Simulation.Results results = sim.results();
 *     }
 * }
 * }</pre>
 *
 * The economy is built (and the interventions resolved against it) when the simulation is created.
 */
public final class Simulation implements AutoCloseable {
    /**
     * What a finished simulation produced, copied out of the model.
     *
     * @param table        the recorded metrics
     * @param population   every person and household at the horizon
     * @param participants the participants of each intervention that has them, in the run's order
     * @param spend        each intervention's spending in every recorded month, £ at the run's scale, by name in the run's order
     * @param water        the catchment's history, or null for a place without a catchment
     */
    public record Results(MetricsTable table, Population population, List<Participants> participants,
                          Map<String, double[]> spend, WaterHistory water) {
        public Results {
            participants = List.copyOf(participants);
            spend = Collections.unmodifiableMap(new LinkedHashMap<>(spend));   // in the run's order: costs add up in it
        }
    }

    /** The number of agents of the economy as built. */
    public record Size(long persons, int households, int firms) { }

    /** Wall time spent in each phase of the monthly cycle since the simulation started, ns, in cycle order. */
    public record PhaseTimes(List<String> phases, long[] nanos) {
        public PhaseTimes {
            phases = List.copyOf(phases);
            nanos = nanos.clone();
        }
    }

    private final EconomyModel model;
    private final int recordedMonths;
    private EmploymentHistory employment;

    /** A simulation with the interventions built from {@code interventions}, on the shared {@code workers}. */
    public Simulation(ModelConfig config, List<InterventionSpec> interventions, WorkerPool workers) {
        this.model = new EconomyModel(config, workers.parallel, Interventions.factory(List.copyOf(interventions)));
        this.recordedMonths = config.run().months();
    }

    /** A simulation on {@code threads} threads of its own, stopped when it is closed. */
    public Simulation(ModelConfig config, List<InterventionSpec> interventions, int threads) {
        this.model = new EconomyModel(config, threads, Interventions.factory(List.copyOf(interventions)));
        this.recordedMonths = config.run().months();
    }

    /** A simulation without interventions on {@code threads} threads of its own. */
    public Simulation(ModelConfig config, int threads) {
        this(config, List.of(), threads);
    }

    /**
     * The seed of replicate {@code replicate} of a run seeded {@code seed}: replicate 0 uses the
     * run's seed, replicate r a seed derived from it and r (non-negative, so that it is a valid
     * {@code run.seed} itself).
     */
    public static long replicateSeed(long seed, int replicate) {
        return replicate == 0 ? seed : KeyedRandom.derive(seed, replicate) & Long.MAX_VALUE;
    }

    /** Tells {@code observer} each month's record after the month's phases (before {@link #run()} or {@link #start()}). */
    public Simulation observe(Consumer<MonthRecord> observer) {
        MonthRecord.observe(model, observer);
        return this;
    }

    /**
     * Tells {@code observer} every person's state ({@link Cohort}) after each of the recorded months
     * {@code reportedMonths} (before {@link #run()}): what a simulated trial's evaluator observes.
     */
    public Simulation observeCohorts(java.util.Set<Integer> reportedMonths, Consumer<Cohort> observer) {
        java.util.Set<Integer> months = java.util.Set.copyOf(reportedMonths);
        model.addStateProbe(e -> {
            if (months.contains(e.reportedMonth())) {
                observer.accept(Cohort.of(e));
            }
        });
        return this;
    }

    /**
     * Keeps who is in work after each recorded month this simulation runs (before {@link #run()}), for
     * participants' outcomes months after they started ({@link #employment()}).
     */
    public Simulation recordEmployment() {
        if (employment == null) {
            EmploymentHistory history = new EmploymentHistory(recordedMonths);
            model.addStateProbe(history::record);
            employment = history;
        }
        return this;
    }

    /** Who was in work in each recorded month, or null unless {@link #recordEmployment()} was called. */
    public EmploymentHistory employment() {
        return employment;
    }

    /** Runs the burn-in and the recorded months, and returns the recorded metrics. */
    public MetricsTable run() {
        return model.run();
    }

    /**
     * The first month (counting the burn-in, 0-based) in which arms with these interventions can
     * differ from one another: the earliest start of any of their interventions (none acts before
     * its start month; common random numbers make everything before it the same in every arm).
     * The run's total months when no arm has an intervention.
     */
    public static int branchMonth(ModelConfig config, List<List<InterventionSpec>> arms) {
        int total = config.run().totalMonths();
        int month = total;
        for (List<InterventionSpec> arm : arms) {
            for (InterventionSpec spec : arm) {
                month = Math.min(month, config.run().burnInMonths() + spec.common().startMonth());
            }
        }
        return Math.max(0, month);
    }

    /**
     * Simulates the months before {@code month} (counting the burn-in) and pauses: the shared past
     * that arms {@link #branchFrom branch} from. Observers are told each month as in {@link #run()}.
     */
    public void runTo(int month) {
        model.runTo(month);
    }

    /** Months simulated so far, counting the burn-in. */
    public int monthsSimulated() {
        return model.monthsSimulated();
    }

    /**
     * Makes this simulation (built from the same configuration, not yet run) continue from the state
     * {@code past} reached with {@link #runTo}, keeping its own interventions (none may start before
     * that month) and observers; {@link #run()} then simulates the remaining months. The results are
     * the same, byte for byte, as simulating this arm from the start.
     */
    public Simulation branchFrom(Simulation past) {
        model.branchFrom(past.model);
        return this;
    }

    /** Schedules the monthly cycle, to {@link #step()} through it month by month (benchmarks). */
    public void start() {
        model.start();
    }

    /** Simulates one month after {@link #start()}. */
    public void step() {
        if (!model.schedule.step(model)) {
            throw new IllegalStateException("the schedule ran out of events at time " + model.schedule.getTime());
        }
    }

    /** The agents of the economy. */
    public Size size() {
        Economy e = model.economy();
        return new Size(e.persons.count(), e.households.count(), e.firms.count());
    }

    /** Wall time by phase so far (all zero before the simulation starts). */
    public PhaseTimes phaseTimes() {
        return new PhaseTimes(model.phaseNames(), model.phaseNanos());
    }

    /**
     * Wall time by phase so far spent on one thread (outside the loops spread over the worker
     * threads), ns, in {@link #phaseTimes()} order: what a second thread cannot shorten.
     */
    public long[] phaseSerialNanos() {
        return model.phaseSerialNanos();
    }

    /** The results after {@link #run()}: the state at the horizon, the participants, the spending and the water. */
    public Results results() {
        Catchment c = model.catchment();
        return new Results(model.table(), Population.of(model), Participants.of(model.interventions()),
                model.interventionSpend(), c == null ? null : WaterHistory.of(c));
    }

    /** Stops the simulation's own threads (a shared {@link WorkerPool} stays open). */
    @Override
    public void close() {
        model.close();
    }
}

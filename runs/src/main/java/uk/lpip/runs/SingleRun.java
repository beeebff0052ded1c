package uk.lpip.runs;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import uk.lpip.sim.api.EmploymentHistory;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.api.Population;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.api.WaterHistory;
import uk.lpip.sim.api.WorkerPool;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.CostType;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.runs.output.TableIds;

/**
 * One run of one scenario, in one or more arms with the same seed (a baseline, and an arm with the
 * scenario's interventions) and one or more replicates: simulates each arm of each replicate on one
 * pool of workers, then hands the results to {@link RunWriter}, which writes and commits the run's
 * directory.
 */
public final class SingleRun {

    /** One arm: a name for the {@code arm} column and the specs of its interventions. */
    public record Arm(String name, List<InterventionSpec> interventions) {
        public Arm {
            interventions = List.copyOf(interventions);
        }

        public static Arm baseline() {
            return new Arm("baseline", List.of());
        }
    }

    /**
     * The state at the horizon (the last recorded month) that per-person comparisons need: every
     * person's status, zone and household, and every household's equivalised income and size; and
     * each household's equivalised income in the first recorded month, before any intervention acts
     * (the same in both arms of a replicate), for classifying households without regression to the mean.
     * Ids match across the arms of a replicate (births and deaths do not depend on interventions).
     */
    public record Horizon(Population population, double[] startEquivalisedIncome) {
        public Horizon(byte[] status, int[] zone, int[] household, double[] equivalisedIncome, int[] householdSize,
                       double[] startEquivalisedIncome) {
            this(new Population(status, zone, household, equivalisedIncome, householdSize), startEquivalisedIncome);
        }

        public byte[] status() {
            return population.status();
        }

        public int[] zone() {
            return population.zone();
        }

        public int[] household() {
            return population.household();
        }

        public double[] equivalisedIncome() {
            return population.equivalisedIncome();
        }

        public int[] householdSize() {
            return population.householdSize();
        }
    }

    /**
     * What an arm of one replicate produced: its metrics, the horizon state, its interventions'
     * participants and spending, its catchment's history (null for a place without one) and who was
     * in work in each recorded month it simulated (null when not kept), for participants' outcomes.
     */
    public record ArmResult(String name, int replicate, long seed, MetricsTable table, Horizon horizon,
                            List<Participants> participants, Map<String, double[]> spend, WaterHistory water,
                            EmploymentHistory employment) {
        public ArmResult(String name, int replicate, long seed, MetricsTable table, Horizon horizon,
                         List<Participants> participants, Map<String, double[]> spend) {
            this(name, replicate, seed, table, horizon, participants, spend, null, null);
        }

        public ArmResult(String name, int replicate, long seed, MetricsTable table, Horizon horizon,
                         List<Participants> participants, Map<String, double[]> spend, WaterHistory water) {
            this(name, replicate, seed, table, horizon, participants, spend, water, null);
        }

        /** Each person's status at the horizon. */
        public byte[] finalStatus() {
            return horizon.status();
        }
    }

    /** What a finished run produced: every arm of every replicate. */
    public record Result(Path directory, List<ArmResult> arms, double wallSeconds) {
        /** The arm of the first replicate (the run's own seed). */
        public ArmResult arm(String name) {
            return arms.stream().filter(a -> a.name().equals(name) && a.replicate() == 0).findFirst().orElseThrow();
        }

        /** The last arm of the first replicate. */
        public MetricsTable table() {
            return arms.stream().filter(a -> a.replicate() == 0).reduce((a, b) -> b).orElseThrow().table();
        }
    }

    /** An extra text output written before the manifest (the summary, the resolved scenario). */
    public interface ExtraOutput {
        String fileName();

        void write(Writer w, List<ArmResult> arms) throws IOException;

        /** Writes text from the arms' results. */
        interface Content {
            void write(Writer w, List<ArmResult> arms) throws IOException;
        }

        static ExtraOutput of(String fileName, Content content) {
            return new ExtraOutput() {
                @Override
                public String fileName() {
                    return fileName;
                }

                @Override
                public void write(Writer w, List<ArmResult> arms) throws IOException {
                    content.write(w, arms);
                }
            };
        }
    }

    private final ModelConfig config;
    private final int threads;
    private final String toolVersion;
    private final String gitCommit;
    private final List<Arm> arms;
    private boolean withCharts = true;
    private Map<String, CostType> costTypes = Map.of();
    private int replicates = 1;
    private boolean sharedPast = true;
    private Enough enough;
    private int maxReplicates;
    private PhaseTimes phaseTimes = (names, nanos) -> { };
    private String runId;
    private String experiment = "";
    private Map<String, Object> describe = new java.util.LinkedHashMap<>();

    public SingleRun(ModelConfig config, int threads, String toolVersion, String gitCommit) {
        this(config, threads, toolVersion, gitCommit, List.of(Arm.baseline()));
    }

    public SingleRun(ModelConfig config, int threads, String toolVersion, String gitCommit, List<Arm> arms) {
        this.config = config;
        this.threads = threads;
        this.toolVersion = toolVersion;
        this.gitCommit = gitCommit;
        this.arms = List.copyOf(arms);
    }

    /** The interventions' cost types, for the appraisal chart of a paired run. */
    public SingleRun costTypes(Map<String, CostType> types) {
        this.costTypes = Map.copyOf(types);
        return this;
    }

    /** Where each arm's phase times go (for {@code --verbose}); nowhere by default. */
    public SingleRun phaseTimes(PhaseTimes sink) {
        this.phaseTimes = sink;
        return this;
    }

    /**
     * The run's id in every table (by default a fresh one, {@link TableIds#freshRun}: no two runs share
     * it); {@code lpip rerun} passes the recorded id to reproduce the files byte for byte.
     */
    public SingleRun runId(String id) {
        this.runId = id;
        return this;
    }

    /** The experiment (a comparison) this run belongs to, in every row of its tables; empty by default. */
    public SingleRun experiment(String id) {
        this.experiment = id;
        return this;
    }

    /** Extra fields of the manifest (the command's overrides). */
    public SingleRun describe(String key, Object value) {
        this.describe.put(key, value);
        return this;
    }

    /** The ids every row of this run's tables carries; fixed by the first call. */
    public TableIds ids() {
        if (runId == null) {
            runId = TableIds.freshRun(config.name(), Instant.now());
        }
        return new TableIds(runId, experiment, config.run().scale());
    }

    /** Whether to draw the run's charts (default: yes). */
    public SingleRun charts(boolean draw) {
        this.withCharts = draw;
        return this;
    }

    /**
     * Replicates: replicate 0 uses the run's seed, replicate r its seed derived from the run seed and r;
     * every arm of a replicate shares its seed (common random numbers).
     */
    public SingleRun replicates(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + count);
        }
        this.replicates = count;
        return this;
    }

    /**
     * Simulates one arm of one replicate (the config's seed is the replicate's) and keeps what the
     * outputs and the per-person comparisons need.
     */
    public static ArmResult simulate(ModelConfig config, int threads, Arm arm, int replicate, long seed, IntConsumer monthsDone) {
        try (WorkerPool workers = new WorkerPool(threads)) {
            return simulate(config, workers, arm, replicate, seed, monthsDone);
        }
    }

    /** As {@link #simulate(ModelConfig, int, Arm, int, long, IntConsumer)}, on worker threads the caller owns. */
    public static ArmResult simulate(ModelConfig config, WorkerPool workers, Arm arm, int replicate, long seed,
                                     IntConsumer monthsDone) {
        return simulate(config, workers, arm, replicate, seed, monthsDone, (names, nanos) -> { });
    }

    /** Told the wall time of each phase of the monthly cycle (ns) when an arm's simulation ends or fails. */
    @FunctionalInterface
    public interface PhaseTimes {
        void simulated(List<String> phases, long[] nanos);
    }

    /** As {@link #simulate(ModelConfig, WorkerPool, Arm, int, long, IntConsumer)}, telling {@code phases} its times. */
    public static ArmResult simulate(ModelConfig config, WorkerPool workers, Arm arm, int replicate, long seed,
                                     IntConsumer monthsDone, PhaseTimes phases) {
        return simulate(config, workers, arm, replicate, seed, monthsDone, phases, null, new double[0]);
    }

    /**
     * Simulates every arm of one replicate from one shared past: the months before the first of
     * their interventions starts (burn-in included) are simulated once, without interventions, and
     * each arm continues from a copy of that state ({@link Simulation#branchFrom}). Common random
     * numbers make each arm's results byte-identical to simulating it from the start. A single arm,
     * or arms whose interventions start in the first month, are simulated straight.
     */
    public static List<ArmResult> simulateArms(ModelConfig config, WorkerPool workers, List<Arm> arms, int replicate,
                                               long seed, IntConsumer monthsDone, PhaseTimes phases) {
        List<ArmResult> out = new ArrayList<>();
        try (SharedPast past = new SharedPast(config, workers, arms, monthsDone)) {
            for (Arm arm : arms) {
                out.add(past.simulate(arm, replicate, seed, monthsDone, phases));
            }
        }
        return out;
    }

    /** The month (counting the burn-in) from which {@code arms} can differ ({@link Simulation#branchMonth}). */
    public static int branchMonth(ModelConfig config, List<Arm> arms) {
        return Simulation.branchMonth(config, arms.stream().map(Arm::interventions).toList());
    }

    /** One arm, from the start or (with {@code past}) from the shared past, whose first recorded incomes are {@code pastIncome}. */
    static ArmResult simulate(ModelConfig config, WorkerPool workers, Arm arm, int replicate, long seed,
                              IntConsumer monthsDone, PhaseTimes phases, Simulation past, double[] pastIncome) {
        try (Simulation sim = new Simulation(config, arm.interventions(), workers).recordEmployment()) {
            double[][] startIncome = {pastIncome};
            int[] done = {0};
            sim.observe(month -> {
                monthsDone.accept(++done[0]);
                if (month.firstMonthEquivalisedIncome() != null) {
                    startIncome[0] = month.firstMonthEquivalisedIncome();
                }
            });
            if (past != null) {
                sim.branchFrom(past);
            }
            try {
                sim.run();
            } finally {
                Simulation.PhaseTimes times = sim.phaseTimes();
                phases.simulated(times.phases(), times.nanos());
            }
            Simulation.Results r = sim.results();
            return new ArmResult(arm.name(), replicate, seed, r.table(), new Horizon(r.population(), startIncome[0]),
                    r.participants(), r.spend(), r.water(), sim.employment());
        }
    }

    /** The seed of replicate {@code replicate} of a run seeded {@code seed} ({@link Simulation#replicateSeed}). */
    public static long replicateSeed(long seed, int replicate) {
        return Simulation.replicateSeed(seed, replicate);
    }

    /** Months simulated in all, over every arm and replicate, the shared past once per replicate (for progress). */
    public int totalMonths() {
        int total = config.run().totalMonths();
        int branch = sharedMonths();
        return (enough == null ? replicates : maxReplicates) * (branch + arms.size() * (total - branch));
    }

    /** Months at the start of each replicate that its arms share (simulated once); 0 when they share none. */
    public int sharedMonths() {
        int branch = branchMonth(config, arms);
        return sharedPast && arms.size() > 1 && branch > 0 ? branch : 0;
    }

    /**
     * Whether the arms of a replicate share their past (the default): simulated once up to the first
     * intervention's start and branched from there. Off, every arm is simulated from the start (the
     * results are the same; the tests compare the two).
     */
    public SingleRun sharedPast(boolean share) {
        this.sharedPast = share;
        return this;
    }

    /** Decides, after each replicate from the first {@link #replicates} on, whether there are enough. */
    @FunctionalInterface
    public interface Enough {
        boolean enough(List<ArmResult> resultsSoFar, int replicatesSoFar);
    }

    /**
     * Adds replicates beyond {@link #replicates} one at a time, up to {@code max} in all, until
     * {@code rule} says there are enough (a precision target on the headline effect); the run then
     * records as many replicates as it simulated.
     */
    public SingleRun until(Enough rule, int max) {
        if (max < replicates) {
            throw new IllegalArgumentException("the cap " + max + " is below the " + replicates + " replicates to start with");
        }
        this.enough = rule;
        this.maxReplicates = max;
        return this;
    }

    /** Replicates the run will have (after {@link #run}: has simulated). */
    public int replicateCount() {
        return replicates;
    }

    public Result run(Path resultsRoot, IntConsumer monthsDone, List<ExtraOutput> extras) throws IOException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<ArmResult> results = new ArrayList<>();
        int[] done = {0};
        int cap = enough == null ? replicates : maxReplicates;
        int simulated = 0;
        try (WorkerPool workers = new WorkerPool(threads)) {   // one pool for every arm and replicate
            for (int r = 0; r < cap; r++) {
                long seed = replicateSeed(config.run().seed(), r);
                ModelConfig replicate = config.withRun(config.run().withSeed(seed));
                IntConsumer progress = m -> monthsDone.accept(++done[0]);
                if (sharedPast) {
                    results.addAll(simulateArms(replicate, workers, arms, r, seed, progress, phaseTimes));
                } else {
                    for (Arm arm : arms) {
                        results.add(simulate(replicate, workers, arm, r, seed, progress, phaseTimes));
                    }
                }
                simulated = r + 1;
                if (enough != null && simulated >= replicates && enough.enough(results, simulated)) {
                    break;
                }
            }
        }
        this.replicates = simulated;
        double wall = (System.nanoTime() - t0) / 1e9;
        Path dir = new RunWriter(config, threads, toolVersion, gitCommit, arms, replicates, withCharts, costTypes)
                .write(resultsRoot, ids(), describe, results, extras, started, wall);
        return new Result(dir, results, wall);
    }

}

package uk.lpip.runs.calibrate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import uk.lpip.runs.Effects;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * The method of simulated moments. A candidate's moments are the means, over replicates, of each
 * target metric's mean over the recorded months at the whole region; every candidate uses the same
 * replicate seeds (common random numbers), so the distance is a deterministic, smooth-ish function of
 * the parameters. The distance is the weighted sum of squared scaled errors
 * {@code Σ w ((simulated − target) / s)²}, {@code s} the target's tolerance (a miss that counts as one unit)
 * or, without one, {@code |target|} (a relative error). It is minimised over the parameters scaled to
 * [0, 1] by BOBYQA (Powell's bound-constrained quadratic model; Brent's method for one parameter),
 * from the base scenario's values, within an evaluation budget. Replicates run in parallel.
 *
 * <p>Every evaluation is appended to {@code evaluations.csv}; a calibration started again in the
 * same directory replays them from the log instead of simulating (the optimiser is deterministic),
 * so an interrupted calibration resumes where it stopped.
 */
public final class Calibration implements AutoCloseable {
    /** One evaluated candidate. */
    public record Evaluation(int index, double[] parameters, double distance, double[] moments, boolean fromLog) { }

    /** The best candidate with each moment's spread across replicates. */
    public record Fit(double[] parameters, double distance, Effects.Effect[] moments, int evaluations) { }

    /** Called after each evaluation (progress). */
    public interface Listener {
        void evaluated(Evaluation e, Evaluation best, int budget);
    }

    private final TargetsLoader.Loaded loaded;
    private final Targets t;
    private final Metric[] metrics;
    private final int jobs;
    private final Path log;
    private final Map<String, double[]> cache = new HashMap<>();
    private java.util.function.UnaryOperator<Scenario> adjust = java.util.function.UnaryOperator.identity();
    private Evaluation best;
    private int count;
    private ExecutorService pool;

    public Calibration(TargetsLoader.Loaded loaded, int jobs, Path dir) throws IOException {
        this.loaded = loaded;
        this.t = loaded.targets();
        this.metrics = t.targets().stream().map(x -> TargetsLoader.metric(x.metric())).toArray(Metric[]::new);
        this.jobs = jobs;
        this.log = dir.resolve("evaluations.csv");
        readLog();
    }

    /**
     * Changes every candidate's scenario after its parameters are set: the council fit's multipliers, so that
     * the region's parameters are fitted with the councils as they were last fitted.
     */
    public Calibration adjusting(java.util.function.UnaryOperator<Scenario> each) {
        this.adjust = each;
        return this;
    }

    /** The default first step of the search, in each parameter's range scaled to [0, 1]. */
    public static final double DEFAULT_INITIAL_STEP = 0.2;

    /** Minimises the distance within {@code budget} evaluations and returns the best fit. */
    public Fit run(int budget, Listener listener) throws IOException {
        return run(budget, DEFAULT_INITIAL_STEP, listener);
    }

    /**
     * As {@link #run(int, Listener)}, with BOBYQA's initial trust-region radius {@code initialStep} (in the
     * parameters' ranges scaled to [0, 1], at most 0.5). BOBYQA first evaluates the start and a step up and
     * down each parameter, and moves a start closer to a bound than the step inwards to that distance: a
     * small step keeps a good start (and a parameter whose start is near a bound) where it is.
     */
    public Fit run(int budget, double initialStep, Listener listener) throws IOException {
        if (!(initialStep > 0 && initialStep <= 0.5)) {
            throw new IllegalArgumentException("initial step must be in (0, 0.5], was " + initialStep);
        }
        int k = t.parameters().size();
        double[] start = new double[k];
        for (int i = 0; i < k; i++) {
            Targets.Parameter p = t.parameters().get(i);
            start[i] = (loaded.start()[i] - p.min()) / (p.max() - p.min());
        }
        try {
            if (k == 1) {
                UnivariateFunction f = x -> evaluate(new double[] {x}, budget, listener);
                new BrentOptimizer(1e-4, 1e-6).optimize(new MaxEval(budget), new UnivariateObjectiveFunction(f),
                        GoalType.MINIMIZE, new SearchInterval(0, 1, start[0]));
            } else {
                double[] lower = new double[k];
                double[] upper = new double[k];
                Arrays.fill(upper, 1);
                new BOBYQAOptimizer(2 * k + 1, initialStep, Math.min(1e-4, initialStep / 10)).optimize(new MaxEval(budget),
                        new ObjectiveFunction(x -> evaluate(x, budget, listener)), GoalType.MINIMIZE,
                        new InitialGuess(start), new SimpleBounds(lower, upper));
            }
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: keep the best found
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double[] parameters = best.parameters();
        double[][] perReplicate = simulate(parameters);
        Effects.Effect[] moments = new Effects.Effect[metrics.length];
        for (int m = 0; m < metrics.length; m++) {
            double[] v = new double[t.replicates()];
            for (int r = 0; r < v.length; r++) {
                v[r] = perReplicate[r][m];
            }
            moments[m] = Effects.ofValues(v);
        }
        return new Fit(parameters, best.distance(), moments, count);
    }

    /**
     * The weighted sum of squared scaled errors of a candidate's moments: each error divided by its target's
     * tolerance (in the metric's unit), or by the target's value where no tolerance is given (a relative error).
     */
    public double distance(double[] moments) {
        double d = 0;
        for (int m = 0; m < metrics.length; m++) {
            Targets.Target target = t.targets().get(m);
            double e = (moments[m] - target.value()) / target.scale();
            d += target.weight() * e * e;
        }
        return d;
    }

    /** Parameters in their own units from the optimiser's [0, 1] scale. */
    public double[] unscale(double[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            Targets.Parameter p = t.parameters().get(i);
            out[i] = p.min() + Math.max(0, Math.min(1, x[i])) * (p.max() - p.min());
        }
        return out;
    }

    private double evaluate(double[] x, int budget, Listener listener) {
        double[] parameters = unscale(x);
        String key = key(parameters);
        double[] moments = cache.get(key);
        boolean fromLog = moments != null;
        if (moments == null) {
            double[][] r = simulate(parameters);
            moments = new double[metrics.length];
            for (double[] replicate : r) {
                for (int m = 0; m < metrics.length; m++) {
                    moments[m] += replicate[m] / r.length;
                }
            }
            cache.put(key, moments);
        }
        double distance = distance(moments);
        Evaluation e = new Evaluation(++count, parameters, distance, moments, fromLog);
        if (!fromLog) {
            try {
                append(e);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
        if (best == null || distance < best.distance()) {
            best = e;
        }
        listener.evaluated(e, best, budget);
        return distance;
    }

    /** Each replicate's moments for a candidate: [replicate][target]. */
    public double[][] simulate(double[] parameters) {
        List<String> sets = new ArrayList<>(t.set());
        for (int i = 0; i < parameters.length; i++) {
            sets.add(t.parameters().get(i).path() + "=" + parameters[i]);
        }
        sets.add("run.seed=" + t.seed());
        Scenario s;
        try {
            s = ScenarioLoader.load(loaded.scenarioReference(), sets);
        } catch (ScenarioException e) {
            throw new IllegalStateException("a candidate within the checked bounds did not load: " + e.problems(), e);
        }
        ModelConfig config = adjust.apply(s).baseline().model();
        ExecutorService pool = pool();
        List<Future<double[]>> futures = new ArrayList<>();
        for (int r = 0; r < t.replicates(); r++) {
            ModelConfig replicate = config.withRun(config.run().withSeed(SingleRun.replicateSeed(t.seed(), r)));
            futures.add(pool.submit(() -> moments(replicate)));
        }
        return awaitAll(futures).toArray(new double[0][]);
    }

    /** The results of the replicates' runs, in order; a failed or interrupted run fails the calibration. */
    static <T> List<T> awaitAll(List<Future<T>> futures) {
        List<T> out = new ArrayList<>(futures.size());
        try {
            for (Future<T> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a run failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    /** The replicates' threads, started once for the whole calibration (not once per candidate). */
    private synchronized ExecutorService pool() {
        if (pool == null) {
            pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, t.replicates())), r -> {
                Thread thread = new Thread(r, "lpip-calibrate");
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }

    /** Stops the replicates' threads. */
    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.shutdownNow();
            pool = null;
        }
    }

    private double[] moments(ModelConfig config) {
        try (Simulation sim = new Simulation(config, 1)) {
            MetricsTable table = sim.run();
            int region = table.areas().region();
            double[] out = new double[metrics.length];
            for (int m = 0; m < metrics.length; m++) {
                double sum = 0;
                for (int month = 0; month < table.monthCount(); month++) {
                    sum += table.value(month, region, metrics[m]);
                }
                out[m] = sum / table.monthCount();
            }
            return out;
        }
    }

    private static String key(double[] parameters) {
        StringBuilder b = new StringBuilder();
        for (double p : parameters) {
            b.append(Double.toString(p)).append(';');
        }
        return b.toString();
    }

    private void readLog() throws IOException {
        if (!Files.exists(log)) {
            return;
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        int k = t.parameters().size();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length != 2 + k + metrics.length) {
                continue;   // a line cut short by an interruption
            }
            double[] parameters = new double[k];
            double[] moments = new double[metrics.length];
            for (int i = 0; i < k; i++) {
                parameters[i] = Double.parseDouble(f[1 + i]);
            }
            for (int m = 0; m < metrics.length; m++) {
                moments[m] = Double.parseDouble(f[2 + k + m]);
            }
            cache.put(key(parameters), moments);
        }
    }

    private void append(Evaluation e) throws IOException {
        boolean fresh = !Files.exists(log);
        try (Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            if (fresh) {
                StringBuilder h = new StringBuilder("evaluation");
                t.parameters().forEach(p -> h.append(",\"").append(p.path()).append('"'));
                h.append(",distance");
                t.targets().forEach(x -> h.append(',').append(x.metric()));
                w.write(h.append('\n').toString());
            }
            StringBuilder b = new StringBuilder(Integer.toString(cache.size()));
            for (double p : e.parameters()) {
                b.append(',').append(p);
            }
            b.append(',').append(String.format(Locale.ROOT, "%.9g", e.distance()));
            for (double m : e.moments()) {
                b.append(',').append(m);
            }
            w.write(b.append('\n').toString());
        }
    }
}

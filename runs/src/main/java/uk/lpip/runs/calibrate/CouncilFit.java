package uk.lpip.runs.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.lpip.runs.Effects;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.sim.config.CouncilHazardsConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * Fits each council's two multipliers to its published inactivity and employment rates, after the
 * region's parameters are fitted. One multiplier {@code m} per council scales its residents' hazards into
 * caring, long-term sickness, early retirement and discouragement by {@code m} and their hazards of
 * returning to search by {@code 1/m}, so the odds of being in one of those states move roughly as
 * {@code m²}. Each iteration simulates every replicate (the same seeds every time: common random
 * numbers) and moves each council's multiplier by a damped fixed-point step on those odds:
 *
 * <pre>  A = inactive − students (simulated),  A* = target inactive − students (simulated)
 *   m ← m × (odds(A*) / odds(A))^(damping / 2),  the step limited to ×0.5 … ×2</pre>
 *
 * and each council's match-chance multiplier {@code q} (on its unemployed residents' applications,
 * {@code labour.councils[].match_chance}) by a damped step on the unemployed share of 16–64s that its
 * published employment and inactivity imply:
 *
 * <pre>  U = 1 − employment − inactivity (simulated),  U* the same from the published rates
 *   q ← q × (U / U*)^damping,  the step limited to ×0.5 … ×2</pre>
 *
 * until every council is within the tolerance of both its targets or the iterations are spent. Students
 * are left out of the adjustable part because the multiplier does not act on them. Without {@code q}
 * a council's unemployment followed from the jobs in its reach alone: Bradford, next to Leeds, had half
 * its published unemployment and employment 3 points over (docs/calibration.md).
 */
public final class CouncilFit implements AutoCloseable {
    private static final double MAX_STEP = 2.0;

    /** One council's fit: targets, the simulated means with 95% intervals over replicates, its two multipliers. */
    public record Row(Targets.CouncilTarget target, Effects.Effect employment, Effects.Effect inactivity, double multiplier,
                      double matchMultiplier) { }

    /** One iteration's misses (simulated − published, percentage points as shares). */
    public record Iteration(int index, double maxInactivityMiss, double meanInactivityMiss, double maxEmploymentMiss) { }

    /** The fit: the scenario with the fitted multipliers, the council table, the iterations and the region's rates. */
    public record Result(Scenario fitted, List<Row> rows, List<Iteration> iterations, Effects.Effect regionEmployment,
                         Effects.Effect regionUnemployment, Effects.Effect regionInactivity) { }

    /** Called after each iteration (progress). */
    public interface Listener {
        void iterated(Iteration i);
    }

    private final Targets t;
    private final ExecutorService pool;

    public CouncilFit(Targets targets, int jobs) {
        this.t = targets;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, targets.replicates())), r -> {
            Thread thread = new Thread(r, "lpip-council-fit");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Fits the councils of {@code base} (the region's fitted scenario with the targets' run overrides)
     * and returns {@code forOverlay} (the same scenario without the run overrides) with the multipliers.
     */
    public Result run(Scenario base, Scenario forOverlay, Listener listener) {
        List<Targets.CouncilTarget> targets = t.councils();
        double[] m = new double[targets.size()];
        double[] q = new double[targets.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = base.labour().hazardsOf(targets.get(i).council()).longTermSick();
            q[i] = base.labour().hazardsOf(targets.get(i).council()).matchChance();
        }
        List<Iteration> history = new ArrayList<>();
        double[][][] sim;
        for (int iteration = 0; ; iteration++) {
            sim = simulate(with(base, m, q));
            double maxInactive = 0;
            double sumInactive = 0;
            double maxEmployed = 0;
            for (int i = 0; i < m.length; i++) {
                double inactive = mean(sim, i, INACTIVE);
                maxInactive = Math.max(maxInactive, Math.abs(inactive - targets.get(i).inactivityRate()));
                sumInactive += Math.abs(inactive - targets.get(i).inactivityRate());
                maxEmployed = Math.max(maxEmployed, Math.abs(mean(sim, i, EMPLOYED) - targets.get(i).employmentRate()));
            }
            Iteration it = new Iteration(iteration, maxInactive, m.length == 0 ? 0 : sumInactive / m.length, maxEmployed);
            history.add(it);
            listener.iterated(it);
            if ((maxInactive <= t.councilFit().tolerance() && maxEmployed <= t.councilFit().tolerance())
                    || iteration >= t.councilFit().iterations()) {
                break;
            }
            for (int i = 0; i < m.length; i++) {
                double students = mean(sim, i, STUDENTS);
                double adjustable = clamp(mean(sim, i, INACTIVE) - students, 0.005, 0.9);
                double wanted = clamp(targets.get(i).inactivityRate() - students, 0.005, 0.9);
                double step = Math.pow(odds(wanted) / odds(adjustable), t.councilFit().damping() / 2);
                m[i] = clamp(m[i] * clamp(step, 1 / MAX_STEP, MAX_STEP), 1 / CouncilHazardsConfig.MAX,
                        CouncilHazardsConfig.MAX);
                // The unemployed share of 16-64s, simulated and published (1 - employment - inactivity): more
                // than published, and the council's unemployed are made likelier to be hired, and the reverse.
                double unemployed = clamp(1 - mean(sim, i, EMPLOYED) - mean(sim, i, INACTIVE), 0.002, 0.5);
                double wantedUnemployed = clamp(1 - targets.get(i).employmentRate() - targets.get(i).inactivityRate(), 0.002, 0.5);
                double matchStep = Math.pow(unemployed / wantedUnemployed, t.councilFit().damping());
                q[i] = clamp(q[i] * clamp(matchStep, 1 / MAX_STEP, MAX_STEP), 1 / CouncilHazardsConfig.MAX,
                        CouncilHazardsConfig.MAX);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < m.length; i++) {
            rows.add(new Row(targets.get(i), effect(sim, i, EMPLOYED), effect(sim, i, INACTIVE), m[i], q[i]));
        }
        int region = m.length;
        return new Result(with(forOverlay, m, q), rows, history, effect(sim, region, EMPLOYED), effect(sim, region, UNEMPLOYED),
                effect(sim, region, INACTIVE));
    }

    private static final int EMPLOYED = 0;
    private static final int INACTIVE = 1;
    private static final int STUDENTS = 2;
    private static final int UNEMPLOYED = 3;
    private static final List<Metric> METRICS = List.of(Metric.EMPLOYMENT_RATE, Metric.INACTIVITY_RATE,
            Metric.INACTIVE_STUDENT_RATE, Metric.UNEMPLOYMENT_RATE);

    /** The scenario with the council multipliers of {@code from} (e.g. the previous fit) where it has them. */
    public static Scenario withCouncilsOf(Scenario s, Scenario from) {
        LabourConfig labour = s.labour().toBuilder().councils(from.labour().councils()).build();
        return new Scenario(s.name(), s.description(), s.run(), s.region(), s.population(), s.sectors(), labour, s.firms(),
                s.households(), s.taxBenefit(), s.councilFinance(), s.water(), s.interventions());
    }

    /**
     * The scenario with each target council's inactivity multiplier {@code m} and match-chance multiplier
     * {@code q} (other councils as they were).
     */
    Scenario with(Scenario s, double[] m, double[] q) {
        List<CouncilHazardsConfig> councils = new ArrayList<>();
        for (CouncilHazardsConfig c : s.labour().councils()) {
            if (t.councils().stream().noneMatch(x -> x.council().equals(c.council()))) {
                councils.add(c);
            }
        }
        for (int i = 0; i < m.length; i++) {
            double v = Math.round(m[i] * 10000) / 10000.0;
            councils.add(CouncilHazardsConfig.neutral(t.councils().get(i).council()).toBuilder().caring(v).longTermSick(v)
                    .retired(v).discouraged(v).inactivityExit(Math.round(10000 / v) / 10000.0)
                    .matchChance(Math.round(q[i] * 10000) / 10000.0).build());
        }
        LabourConfig labour = s.labour().toBuilder().councils(councils).build();
        return new Scenario(s.name(), s.description(), s.run(), s.region(), s.population(), s.sectors(), labour, s.firms(),
                s.households(), s.taxBenefit(), s.councilFinance(), s.water(), s.interventions());
    }

    /** [replicate][target council, then the region][metric]: means over the recorded months. */
    private double[][][] simulate(Scenario s) {
        ModelConfig config = s.baseline().model();
        List<Future<double[][]>> futures = new ArrayList<>();
        for (int r = 0; r < t.replicates(); r++) {
            ModelConfig replicate = config.withRun(config.run().withSeed(SingleRun.replicateSeed(t.seed(), r)));
            int index = r;
            futures.add(pool.submit(() -> means(replicate, index)));
        }
        return Calibration.awaitAll(futures).toArray(new double[0][][]);
    }

    private double[][] means(ModelConfig config, int replicate) {
        MetricsTable table = SingleRun.simulate(config, 1, SingleRun.Arm.baseline(), replicate, config.run().seed(),
                months -> { }).table();
        Areas areas = table.areas();
        int n = t.councils().size();
        double[][] out = new double[n + 1][METRICS.size()];
        for (int i = 0; i <= n; i++) {
            int area = i == n ? areas.region() : areas.indexOf("council:" + t.councils().get(i).council());
            for (int k = 0; k < METRICS.size(); k++) {
                double sum = 0;
                for (int month = 0; month < table.monthCount(); month++) {
                    sum += table.value(month, area, METRICS.get(k));
                }
                out[i][k] = sum / table.monthCount();
            }
        }
        return out;
    }

    private static double mean(double[][][] sim, int area, int metric) {
        double sum = 0;
        for (double[][] replicate : sim) {
            sum += replicate[area][metric];
        }
        return sum / sim.length;
    }

    private static Effects.Effect effect(double[][][] sim, int area, int metric) {
        double[] v = new double[sim.length];
        for (int r = 0; r < v.length; r++) {
            v[r] = sim[r][area][metric];
        }
        return Effects.ofValues(v);
    }

    private static double odds(double p) {
        return p / (1 - p);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}

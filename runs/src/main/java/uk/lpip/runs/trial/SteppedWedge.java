package uk.lpip.runs.trial;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.sim.policy.CommonSpec;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * A stepped-wedge rollout: the clusters (councils or zones) randomised to the step at which they
 * start, the package copied once per step (each copy limited to that step's clusters and starting
 * at that step's month), and the months at which each period's outcome is observed.
 *
 * <p>The trial starts with the interventions (their earliest {@code start_month}, month s). Period 0,
 * months s to s + M − 1 (M = {@code step_months}), is the baseline: no cluster is treated. Step k
 * (1 to S) starts the package in its clusters in month s + k·M, each intervention at its own
 * start_month + k·M; period k runs from then to the next step. A period's outcome is observed in its
 * last month, the last period's at the follow-up. Every cluster is treated in the last period.
 */
final class SteppedWedge {
    private SteppedWedge() {
    }

    /**
     * Each of {@code clusters} clusters' step (1 to {@code steps}), drawn at random from {@code seed}:
     * a random order of the clusters dealt round the steps, so the steps' sizes differ by at most one.
     */
    static int[] rollout(int clusters, int steps, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] order = new int[clusters];
        for (int i = 0; i < clusters; i++) {
            order[i] = i;
        }
        for (int i = clusters - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] step = new int[clusters];
        for (int i = 0; i < clusters; i++) {
            step[order[i]] = 1 + i % steps;
        }
        return step;
    }

    /** Whether each cluster is treated in each period: from its step on ({@code [cluster][period]}, periods 0 to S). */
    static boolean[][] treated(int[] step, int steps) {
        boolean[][] x = new boolean[step.length][steps + 1];
        for (int c = 0; c < step.length; c++) {
            for (int t = 0; t <= steps; t++) {
                x[c][t] = step[c] <= t;
            }
        }
        return x;
    }

    /**
     * The reported month at which each period's outcome is observed: the last month of period t,
     * {@code start − 1 + (t + 1)·M}, and the follow-up ({@code start − 1 + followUp}) for the last.
     */
    static int[] periodMonths(int startMonth, Trial.Design d, int followUpMonths) {
        int[] out = new int[d.steps() + 1];
        for (int t = 0; t < d.steps(); t++) {
            out[t] = startMonth - 1 + (t + 1) * d.stepMonths();
        }
        out[d.steps()] = startMonth - 1 + followUpMonths;
        return out;
    }

    /**
     * The trial arm's interventions: for each step k, a copy of each of {@code package}'s
     * interventions named {@code <name>-step<k>}, limited to the step's clusters ({@code ids} of the
     * clusters whose {@code step} is k; councils or zones as {@code byZone}) and starting at its own
     * start_month + k·M (its end_month kept). Each copy keeps the package's levers: its places per
     * intake, rates and budget are that step's.
     */
    static List<InterventionSpec> interventions(List<InterventionSpec> pack, int[] step, List<String> ids, boolean byZone,
                                                int steps, int stepMonths) {
        List<InterventionSpec> out = new ArrayList<>();
        for (int k = 1; k <= steps; k++) {
            List<String> mine = new ArrayList<>();
            for (int c = 0; c < step.length; c++) {
                if (step[c] == k) {
                    mine.add(ids.get(c));
                }
            }
            for (InterventionSpec iv : pack) {
                CommonSpec c = iv.common();
                out.add(withCommon(iv, new CommonSpec(c.name() + "-step" + k, byZone ? List.of() : mine,
                        byZone ? mine : List.of(), c.startMonth() + k * stepMonths, c.endMonth(), c.funder(), c.costType(),
                        c.budgetPounds())));
            }
        }
        return out;
    }

    /** {@code spec} (an intervention's levers record) with its common keys replaced. */
    static InterventionSpec withCommon(InterventionSpec spec, CommonSpec common) {
        Class<?> type = spec.getClass();
        RecordComponent[] parts = type.getRecordComponents();
        if (parts == null) {
            throw new IllegalStateException("intervention spec " + type.getName() + " is not a record");
        }
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                values[i] = types[i] == CommonSpec.class ? common : parts[i].getAccessor().invoke(spec);
            }
            Constructor<?> make = type.getDeclaredConstructor(types);
            return (InterventionSpec) make.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("copying " + spec.common().name() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("copying " + spec.common().name() + ": " + e, e);
        }
    }

    /**
     * The SE of the cluster-period analysis for clusters of the people the agents stand for. The
     * estimate is θ = Σ_c (1/n_c) Σ_{i∈c} s_i with s_i = Σ_t w_ct·y_it (w the estimator's weights;
     * each person followed over the periods), so its variance from sampling people within clusters
     * is V_w = Σ_c var_c(s)/n_c at the model's scale and scale·V_w for clusters of real size. As for a
     * cluster trial, SE_full² = SE² − (1 − scale)·V_w, at least scale·V_w.
     *
     * @param y       each person's outcome in each period, {@code y[period][person]}
     * @param cluster each person's cluster (an index of {@code w})
     */
    static double fullScale(double se, double[][] w, double[][] y, int[] cluster, double scale) {
        int g = w.length;
        double[] sum = new double[g];
        double[] sumSq = new double[g];
        int[] n = new int[g];
        for (int i = 0; i < cluster.length; i++) {
            int c = cluster[i];
            double s = 0;
            for (int t = 0; t < y.length; t++) {
                s += w[c][t] * y[t][i];
            }
            sum[c] += s;
            sumSq[c] += s * s;
            n[c]++;
        }
        double within = 0;
        for (int c = 0; c < g; c++) {
            if (n[c] > 1) {
                double var = (sumSq[c] - sum[c] * sum[c] / n[c]) / (n[c] - 1);
                within += Math.max(0, var) / n[c];
            }
        }
        return Math.sqrt(Math.max(se * se - (1 - scale) * within, scale * within));
    }
}

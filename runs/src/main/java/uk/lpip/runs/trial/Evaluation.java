package uk.lpip.runs.trial;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.scenarios.trial.TrialLoader;
import uk.lpip.sim.api.Cohort;
import uk.lpip.sim.policy.WhoSpec;

/**
 * Applies a design's estimator to one replicate: builds the units an evaluator would have (who is
 * treated, their outcomes in the trial arm, their clusters and covariates), estimates, and sets the
 * estimate against the truth the paired baseline arm gives (see {@link Replicate}).
 */
final class Evaluation {
    private final TrialLoader.Loaded loaded;
    private final Trial trial;
    private final int skillCeiling;
    private final double scale;

    Evaluation(TrialLoader.Loaded loaded) {
        this.loaded = loaded;
        this.trial = loaded.trial();
        this.skillCeiling = List.of("none", "low", "medium", "high").indexOf(trial.skillCeiling());
        this.scale = loaded.base().run().scale();
    }

    /** The design's units of analysis. */
    static String unit(Trial.Design d) {
        return d.clustered() ? (d.randomisesClusters() ? d.cluster() + "s" : "councils") : "people";
    }

    /** The planned sizes of the power curve (the first the planned one): the design's, or the size simulated. */
    int[] sizes(Trial.Design d, Replicate first) {
        if (!d.plannedSizes().isEmpty()) {
            return d.plannedSizes().stream().mapToInt(Integer::intValue).toArray();
        }
        return new int[] {d.clustered() ? first.sampleSize() : (int) Math.round(first.sampleSize() / scale)};
    }

    Replicate evaluate(int replicate, long seed, Trial.Design d, DesignPlan plan, Observed o) {
        return switch (d.type()) {
            case Trial.INDIVIDUAL -> individual(replicate, seed, d, o);
            case Trial.CLUSTER -> cluster(replicate, seed, d, plan, o);
            case Trial.DID -> differenceInDifferences(replicate, seed, d, o);
            case Trial.STEPPED_WEDGE -> steppedWedge(replicate, seed, d, plan, o);
            default -> matched(replicate, seed, d, o);
        };
    }

    private boolean[] coveredCouncils() {
        Set<String> covered = TrialLoader.covered(loaded.base());
        List<String> ids = loaded.councils();
        boolean[] in = new boolean[ids.size()];
        for (int c = 0; c < in.length; c++) {
            in[c] = covered.isEmpty() || covered.contains(ids.get(c));
        }
        return in;
    }

    private double[] outcomes(Cohort c, int[] people) {
        return Arrays.stream(people).mapToDouble(p -> Observed.outcome(c, p, trial.outcome())).toArray();
    }

    private Replicate individual(int replicate, long seed, Trial.Design d, Observed o) {
        int[] people = Observed.sample(o.start(), trial.eligible(), skillCeiling, coveredCouncils());
        boolean[] offered = new boolean[people.length];
        for (int i = 0; i < people.length; i++) {
            offered[i] = WhoSpec.offered(seed, people[i], d.allocation());
        }
        double[] y1 = outcomes(o.trial(), people);
        double[] y0 = outcomes(o.baseline(), people);
        Estimate e = Estimators.differenceInMeans(y1, offered);
        double[] parts = parts(y1, y0, offered);
        int treated = (int) IntStream.range(0, offered.length).filter(i -> offered[i]).count();
        double seFull = e.se() * Math.sqrt(scale);
        Replicate first = new Replicate(replicate, seed, d.name(), d.type(), people.length, treated, people.length, e, parts[0],
                parts[1], parts[2], new double[0], seFull);
        int[] sizes = sizes(d, first);
        double[] power = new double[sizes.length];
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int k = 0; k < sizes.length; k++) {
            int n = sizes[k];
            if (n > people.length) {
                // a sample beyond the simulated people would repeat them, and its SE would understate the estimate's
                // noise: beyond them power follows from the SE's scaling only
                power[k] = Double.NaN;
                continue;
            }
            int[] pick = withoutReplacement(people.length, n, r);
            double[] y = new double[n];
            boolean[] t = new boolean[n];
            for (int i = 0; i < n; i++) {
                y[i] = y1[pick[i]];
                t[i] = offered[pick[i]];
            }
            Estimate at = Estimators.differenceInMeans(y, t);
            power[k] = Double.isNaN(at.value()) ? Double.NaN : at.rejects() ? 1 : 0;
        }
        return new Replicate(replicate, seed, d.name(), d.type(), people.length, treated, people.length, e, parts[0], parts[1],
                parts[2], power, seFull);
    }

    private static int[] withoutReplacement(int n, int k, SplittableRandom r) {
        int[] order = IntStream.range(0, n).toArray();
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(n - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return Arrays.copyOf(order, k);
    }

    /** Truth, imbalance and controls' term of a treated-versus-control comparison of individuals. */
    static double[] parts(double[] y1, double[] y0, boolean[] treated) {
        double[] s = new double[4]; // treated y1 − y0, treated y0, control y0, control y1 − y0
        int[] n = new int[2];
        for (int i = 0; i < y1.length; i++) {
            if (treated[i]) {
                s[0] += y1[i] - y0[i];
                s[1] += y0[i];
                n[1]++;
            } else {
                s[2] += y0[i];
                s[3] += y1[i] - y0[i];
                n[0]++;
            }
        }
        return new double[] {s[0] / n[1], s[1] / n[1] - s[2] / n[0], -s[3] / n[0]};
    }

    private Replicate cluster(int replicate, long seed, Trial.Design d, DesignPlan plan, Observed o) {
        boolean byZone = d.cluster().equals("zone");
        int[] people = Observed.sample(o.start(), trial.eligible(), skillCeiling, null);
        int[] cluster = Arrays.stream(people).map(p -> byZone ? o.start().zone()[p] : o.start().council()[p]).toArray();
        boolean[] treated = plan.treatedCluster();
        int g = treated.length;
        double[] y1 = outcomes(o.trial(), people);
        double[] m1 = Estimators.means(y1, cluster, g);
        double[] m0 = Estimators.means(outcomes(o.baseline(), people), cluster, g);
        Estimate e = Estimators.clusterMeans(m1, treated);
        double[] parts = clusterParts(m1, m0, treated);
        int t = 0;
        for (boolean b : treated) {
            t += b ? 1 : 0;
        }
        return new Replicate(replicate, seed, d.name(), d.type(), g, t, people.length, e, parts[0], parts[1], parts[2],
                new double[0], fullScale(e.se(), y1, cluster, treated, scale));
    }

    /**
     * The SE of a cluster-level analysis for clusters of the people the agents stand for. A cluster
     * mean's variance is σ_b² + σ_w²/m: the between-cluster part is the place's, the within part
     * shrinks with the cluster's size, and each agent stands for 1/scale people. With σ_w² the pooled
     * within-cluster variance and m the harmonic mean of the agents per cluster, the full-scale SE² is
     * SE² − (1 − scale)·σ_w²/m·(1/G₁ + 1/G₀), at least its within part at full scale (σ_b² estimated
     * negative is taken as zero).
     */
    static double fullScale(double se, double[] y, int[] cluster, boolean[] treated, double scale) {
        int g = treated.length;
        double[] mean = Estimators.means(y, cluster, g);
        double[] ss = new double[g];
        int[] n = new int[g];
        for (int i = 0; i < y.length; i++) {
            double dv = y[i] - mean[cluster[i]];
            ss[cluster[i]] += dv * dv;
            n[cluster[i]]++;
        }
        double within = 0;
        int dof = 0;
        double inverse = 0;
        int clusters = 0;
        int g1 = 0;
        for (int c = 0; c < g; c++) {
            if (n[c] > 1) {
                within += ss[c];
                dof += n[c] - 1;
                inverse += 1.0 / n[c];
                clusters++;
                g1 += treated[c] ? 1 : 0;
            }
        }
        if (clusters < 3 || g1 == 0 || g1 == clusters) {
            return se;
        }
        double groups = 1.0 / g1 + 1.0 / (clusters - g1);
        double agentPart = within / dof * (inverse / clusters) * groups;
        return Math.sqrt(Math.max(se * se - (1 - scale) * agentPart, scale * agentPart));
    }

    /** Truth, imbalance and controls' term of a comparison of cluster means (unweighted, as the estimator weighs them). */
    static double[] clusterParts(double[] m1, double[] m0, boolean[] treated) {
        double[] s = new double[4];
        int[] n = new int[2];
        for (int c = 0; c < m1.length; c++) {
            if (Double.isNaN(m1[c])) {
                continue;
            }
            if (treated[c]) {
                s[0] += m1[c] - m0[c];
                s[1] += m0[c];
                n[1]++;
            } else {
                s[2] += m0[c];
                s[3] += m1[c] - m0[c];
                n[0]++;
            }
        }
        return new double[] {s[0] / n[1], s[1] / n[1] - s[2] / n[0], -s[3] / n[0]};
    }

    /**
     * A stepped wedge: the sample (everyone eligible at the start, in every cluster) followed over the
     * periods; each cluster-period's mean outcome in the trial arm; {@link Estimators#clusterPeriod}.
     * Clusters without anyone in the sample are left out (the analysis needs every cell). With the
     * estimator's weights w (treated cells' summing to 1, untreated cells' to −1) and each cell's
     * effect δ (trial arm minus baseline arm, the same people), θ = θ(baseline) + Σ_treated w·δ +
     * Σ_untreated w·δ exactly: the imbalance is the estimator applied to the baseline arm (chance
     * imbalance between the steps' clusters and their trends, mean zero under randomisation), the
     * truth the treated cells' effect as the estimator weighs them, and the controls' term minus the
     * not-yet-treated cells' effect (contamination by the clusters already treated).
     */
    private Replicate steppedWedge(int replicate, long seed, Trial.Design d, DesignPlan plan, Observed o) {
        boolean byZone = d.cluster().equals("zone");
        int[] people = Observed.sample(o.start(), trial.eligible(), skillCeiling, null);
        int[] all = plan.step();
        int[] index = new int[all.length];
        Arrays.fill(index, -1);
        int g = 0;
        int[] rawCluster = Arrays.stream(people).map(p -> byZone ? o.start().zone()[p] : o.start().council()[p]).toArray();
        for (int c : rawCluster) {
            if (index[c] < 0) {
                index[c] = g++;
            }
        }
        int[] step = new int[g];
        for (int c = 0; c < all.length; c++) {
            if (index[c] >= 0) {
                step[index[c]] = all[c];
            }
        }
        int[] cluster = Arrays.stream(rawCluster).map(c -> index[c]).toArray();
        int[] months = SteppedWedge.periodMonths(loaded.startMonth(), d, trial.followUpMonths());
        int periods = months.length;
        double[][] y1 = new double[periods][];
        double[][] m1 = new double[g][periods];
        double[][] m0 = new double[g][periods];
        for (int t = 0; t < periods; t++) {
            y1[t] = outcomes(o.trialAt().get(months[t]), people);
            double[] a = Estimators.means(y1[t], cluster, g);
            double[] b = Estimators.means(outcomes(o.baselineAt().get(months[t]), people), cluster, g);
            for (int c = 0; c < g; c++) {
                m1[c][t] = a[c];
                m0[c][t] = b[c];
            }
        }
        boolean[][] x = SteppedWedge.treated(step, d.steps());
        Estimate e = Estimators.clusterPeriod(m1, x);
        double[][] w = Estimators.clusterPeriodWeights(x);
        double truth = 0;
        double controls = 0;
        double cells = 0;
        int treatedCells = 0;
        for (int c = 0; c < g; c++) {
            for (int t = 0; t < periods; t++) {
                double effect = w[c][t] * (m1[c][t] - m0[c][t]);
                truth += x[c][t] ? effect : 0;
                controls += x[c][t] ? 0 : effect;
                cells += x[c][t] ? m1[c][t] - m0[c][t] : 0;
                treatedCells += x[c][t] ? 1 : 0;
            }
        }
        double imbalance = Estimators.clusterPeriod(m0, x).value();
        return new Replicate(replicate, seed, d.name(), d.type(), g, g, people.length, e, truth, imbalance, controls,
                new double[0], SteppedWedge.fullScale(e.se(), w, y1, cluster, scale), cells / treatedCells);
    }

    private Replicate differenceInDifferences(int replicate, long seed, Trial.Design d, Observed o) {
        boolean[] covered = coveredCouncils();
        List<String> ids = loaded.councils();
        boolean[] in = new boolean[ids.size()];
        for (int c = 0; c < in.length; c++) {
            in[c] = covered[c] || (d.comparisonCouncils().isEmpty() || d.comparisonCouncils().contains(ids.get(c)));
        }
        double[] pre = residentMeans(o.start(), in);
        double[] post1 = residentMeans(o.trial(), in);
        double[] post0 = residentMeans(o.baseline(), in);
        double[] change1 = new double[in.length];
        double[] change0 = new double[in.length];
        for (int c = 0; c < in.length; c++) {
            change1[c] = post1[c] - pre[c];
            change0[c] = post0[c] - pre[c];
        }
        Estimate e = Estimators.clusterMeans(change1, covered);
        double[] parts = clusterParts(change1, change0, covered);
        int t = 0;
        int g = 0;
        for (int c = 0; c < in.length; c++) {
            t += covered[c] ? 1 : 0;
            g += in[c] ? 1 : 0;
        }
        int people = (int) IntStream.range(0, o.trial().size()).filter(p -> o.trial().workingAge(p) && in[o.trial().council()[p]])
                .count();
        return new Replicate(replicate, seed, d.name(), d.type(), g, t, people, e, parts[0], parts[1], parts[2], new double[0],
                e.se());
    }

    /** Each included council's mean outcome over its working-age residents ({@code NaN} for councils left out). */
    private double[] residentMeans(Cohort c, boolean[] in) {
        double[] s = new double[in.length];
        int[] n = new int[in.length];
        for (int p = 0; p < c.size(); p++) {
            int k = c.council()[p];
            if (in[k] && c.workingAge(p)) {
                s[k] += Observed.outcome(c, p, trial.outcome());
                n[k]++;
            }
        }
        for (int k = 0; k < in.length; k++) {
            s[k] = in[k] && n[k] > 0 ? s[k] / n[k] : Double.NaN;
        }
        return s;
    }

    private Replicate matched(int replicate, long seed, Trial.Design d, Observed o) {
        int[] people = Observed.sample(o.start(), trial.eligible(), skillCeiling, null);
        Set<Integer> participants = o.participantIds();
        int[] treated = Arrays.stream(people).filter(participants::contains).toArray();
        int[] controls = Arrays.stream(people).filter(p -> !participants.contains(p)).toArray();
        Cohort s = o.start();
        boolean exact = d.covariates().contains("status");
        int[] category = new int[s.size()];
        if (exact) {
            for (int p = 0; p < category.length; p++) {
                category[p] = s.status()[p];
            }
        }
        double[][] x = d.covariates().stream().filter(v -> !v.equals("status")).map(v -> {
            double[] col = new double[s.size()];
            for (int p = 0; p < col.length; p++) {
                col[p] = v.equals("age") ? s.age()[p] : s.monthsWithoutWork()[p];
            }
            return col;
        }).toArray(double[][]::new);
        int[] match = Estimators.nearest(treated, controls, category, x);
        int n = s.size() + 1;
        double[] y1 = new double[n];
        double[] y0 = new double[n];
        for (int p : people) {
            y1[p] = Observed.outcome(o.trial(), p, trial.outcome());
            y0[p] = Observed.outcome(o.baseline(), p, trial.outcome());
        }
        Estimate e = Estimators.matched(y1, treated, match);
        double[] s4 = new double[3];
        int m = 0;
        for (int k = 0; k < treated.length; k++) {
            if (match[k] < 0) {
                continue;
            }
            int i = treated[k];
            int c = match[k];
            s4[0] += y1[i] - y0[i];
            s4[1] += y0[i] - y0[c];
            s4[2] -= y1[c] - y0[c];
            m++;
        }
        return new Replicate(replicate, seed, d.name(), d.type(), m, m, m + controls.length, e, s4[0] / m, s4[1] / m,
                s4[2] / m, new double[0], e.se() * Math.sqrt(scale));
    }
}

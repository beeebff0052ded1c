package uk.lpip.runs.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.output.ManifestBuilder;
import uk.lpip.runs.sensitivity.MorrisEffects;
import uk.lpip.runs.sensitivity.Prim;
import uk.lpip.runs.sensitivity.SobolIndices;
import uk.lpip.scenarios.experiment.Condition;
import uk.lpip.scenarios.experiment.Design;
import uk.lpip.scenarios.experiment.Experiment;
import uk.lpip.scenarios.experiment.ExperimentLoader;

/**
 * The sensitivity tables of a finished sweep, written with its other tables and listed in
 * {@code sweep.json}: for a saltelli design {@code sensitivity.csv} (per arm, output and input, the
 * first- and total-order Sobol indices with bootstrap 95% intervals), for a morris design
 * {@code morris.csv} (μ, μ*, σ), and where the experiment asks for discovery {@code discovery.csv}
 * (the PRIM peeling trajectory, then the chosen box after pasting and simplification) and {@code discovery_box.csv} (the chosen box's limits). The model
 * output at a design point is the mean over its replicates of the arm's paired difference from
 * the baseline ({@link SweepOutputs}).
 */
public final class SweepSensitivity {
    /** The input name of the replicate-noise row of sensitivity.csv. */
    public static final String NOISE = "(replicate noise)";

    /** Bootstrap resamples of the Sobol indices' intervals. */
    public static final int RESAMPLES = 1000;

    private SweepSensitivity() {
    }

    /** The tables a sweep of this experiment writes besides the usual ones. */
    public static List<String> tables(Experiment e) {
        List<String> out = new ArrayList<>();
        if (e.design().equals("saltelli")) {
            out.add("sensitivity.csv");
        }
        if (e.design().equals("morris")) {
            out.add("morris.csv");
        }
        if (e.discovery() != null) {
            out.addAll(List.of("discovery.csv", "discovery_box.csv"));
        }
        return out;
    }

    public static void write(ExperimentLoader.Loaded loaded, SweepDirectory dir, ManifestBuilder manifest) throws IOException {
        Experiment e = loaded.experiment();
        if (!e.sensitivity() && e.discovery() == null) {
            return;
        }
        List<String> arms = loaded.armNames().subList(1, loaded.armNames().size());
        Map<String, Map<String, double[]>> outputs = SweepOutputs.read(dir.root(), arms, loaded.points().size(), e.replicates());
        if (e.design().equals("saltelli")) {
            Map<String, Map<String, double[]>> noise = SweepOutputs.noise(dir.root(), arms, loaded.points().size(), e.replicates());
            manifest.write("sensitivity.csv", dir.root().resolve("sensitivity.csv"), w -> sobol(w, e, outputs, noise));
        }
        if (e.design().equals("morris")) {
            manifest.write("morris.csv", dir.root().resolve("morris.csv"), w -> morris(w, e, outputs));
        }
        if (e.discovery() != null) {
            List<Prim.Result> found = new ArrayList<>();
            List<String> foundArms = new ArrayList<>();
            Condition c = Condition.parse(e.discovery().condition());
            double[][] x = loaded.points().stream().map(p -> p.values().stream().mapToDouble(Double::doubleValue).toArray())
                    .toArray(double[][]::new);
            for (String arm : arms) {
                double[] y = outputs.get(c.output()).get(arm);
                boolean[] cases = new boolean[y.length];
                boolean any = false;
                for (int p = 0; p < y.length; p++) {
                    cases[p] = c.test(y[p]);
                    any |= cases[p];
                }
                if (any) {
                    found.add(Prim.run(x, cases, e.discovery().alpha(), e.discovery().minSupport()));
                    foundArms.add(arm);
                }
            }
            manifest.write("discovery.csv", dir.root().resolve("discovery.csv"), w -> trajectory(w, c, foundArms, found));
            manifest.write("discovery_box.csv", dir.root().resolve("discovery_box.csv"), w -> box(w, e, c, foundArms, found));
        }
    }

    private static void sobol(Writer w, Experiment e, Map<String, Map<String, double[]>> outputs,
                              Map<String, Map<String, double[]>> noise) throws IOException {
        w.write("arm,output,input,index,estimate,ci_low,ci_high,base_points\n");
        int k = e.factors().size();
        for (Map.Entry<String, Map<String, double[]>> output : outputs.entrySet()) {
            for (Map.Entry<String, double[]> arm : output.getValue().entrySet()) {
                if (!SweepOutputs.varies(arm.getValue())) {
                    continue;
                }
                SobolIndices.Result r = SobolIndices.estimate(arm.getValue(), k, RESAMPLES, e.seed());
                for (SobolIndices.Index i : r.indices()) {
                    w.write(arm.getKey() + "," + output.getKey() + ",\"" + e.factors().get(i.input()).path() + "\"," + i.type() + ","
                            + i.estimate() + "," + i.low() + "," + i.high() + "," + r.basePoints() + "\n");
                }
                double share = noiseShare(arm.getValue(), noise.get(output.getKey()).get(arm.getKey()), k);
                if (!Double.isNaN(share)) {
                    w.write(arm.getKey() + "," + output.getKey() + ",\"" + NOISE + "\",noise," + share + ",NaN,NaN," + r.basePoints()
                            + "\n");
                }
            }
        }
    }

    /**
     * The share of an output's variance over the design that is replicate noise: the mean noise
     * variance of a point's replicate mean over the variance of the outputs at A and B (NaN with one
     * replicate). Each input that changes a run's path (so its random draws) adds about this much to
     * its total-order estimate, since f(A) and f(A_B^(i)) then carry independent noise.
     */
    static double noiseShare(double[] y, double[] noise, int k) {
        int block = k + 2;
        double sum = 0;
        double sq = 0;
        double n = 0;
        double noiseSum = 0;
        int noiseCount = 0;
        for (int j = 0; j < y.length / block; j++) {
            for (int m = 0; m < 2; m++) {
                double v = y[j * block + m];
                if (Double.isFinite(v)) {
                    sum += v;
                    sq += v * v;
                    n++;
                }
            }
        }
        for (double v : noise) {
            if (Double.isFinite(v)) {
                noiseSum += v;
                noiseCount++;
            }
        }
        double mean = sum / n;
        double variance = sq / n - mean * mean;
        return noiseCount == 0 || !(variance > 0) ? Double.NaN : noiseSum / noiseCount / variance;
    }

    private static void morris(Writer w, Experiment e, Map<String, Map<String, double[]>> outputs) throws IOException {
        w.write("arm,output,input,mu,mu_star,sigma,effects\n");
        List<double[]> unit = Design.unitPoints(e);
        for (Map.Entry<String, Map<String, double[]>> output : outputs.entrySet()) {
            for (Map.Entry<String, double[]> arm : output.getValue().entrySet()) {
                if (!SweepOutputs.varies(arm.getValue())) {
                    continue;
                }
                for (MorrisEffects.Effect m : MorrisEffects.estimate(unit, arm.getValue(), e.factors().size())) {
                    w.write(arm.getKey() + "," + output.getKey() + ",\"" + e.factors().get(m.input()).path() + "\"," + m.mu() + ","
                            + m.muStar() + "," + m.sigma() + "," + m.effects() + "\n");
                }
            }
        }
    }

    private static void trajectory(Writer w, Condition c, List<String> arms, List<Prim.Result> found) throws IOException {
        w.write("arm,condition,stage,step,coverage,density,support,points,cases,chosen\n");
        for (int a = 0; a < arms.size(); a++) {
            Prim.Result r = found.get(a);
            for (int s = 0; s < r.trajectory().size(); s++) {
                row(w, arms.get(a), c, "peel", s, r.trajectory().get(s), r.cases(), s == r.chosen());
            }
            row(w, arms.get(a), c, "box", r.chosen(), r.box(), r.cases(), true);
        }
    }

    private static void row(Writer w, String arm, Condition c, String stage, int step, Prim.Box b, int cases, boolean chosen)
            throws IOException {
        w.write(arm + ",\"" + c + "\"," + stage + "," + step + "," + b.coverage() + "," + b.density() + "," + b.support() + ","
                + b.points() + "," + cases + "," + chosen + "\n");
    }

    private static void box(Writer w, Experiment e, Condition c, List<String> arms, List<Prim.Result> found) throws IOException {
        w.write("arm,condition,input,low,high,design_min,design_max\n");
        for (int a = 0; a < arms.size(); a++) {
            Prim.Result r = found.get(a);
            for (int d : r.restricted()) {
                w.write(arms.get(a) + ",\"" + c + "\",\"" + e.factors().get(d).path() + "\"," + r.box().low()[d] + ","
                        + r.box().high()[d] + "," + r.min()[d] + "," + r.max()[d] + "\n");
            }
        }
    }
}

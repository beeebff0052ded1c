package uk.lpip.runs.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris's (1991) elementary effects from model outputs along trajectories (blocks of k + 1
 * points, each step moving one input; see {@code uk.lpip.scenarios.experiment.SensitivitySample}).
 * An elementary effect is the change in the output over the change in the input, the input
 * measured on its unit scale (0 at min, 1 at max, in probability when its distribution is not
 * uniform). Per input: μ, the mean effect; μ*, the mean absolute effect (Campolongo, Cariboni and
 * Saltelli 2007), which ranks inputs even when effects of opposite signs cancel in μ; σ, the
 * standard deviation of the effects (n − 1), large where the input interacts or acts non-linearly.
 * Steps where an output is not a number are left out.
 */
public final class MorrisEffects {
    /** The measures of one input over {@code effects} elementary effects. */
    public record Effect(int input, double mu, double muStar, double sigma, int effects) { }

    private MorrisEffects() {
    }

    public static List<Effect> estimate(List<double[]> unit, double[] y, int k) {
        if (unit.size() != y.length || y.length % (k + 1) != 0) {
            throw new IllegalArgumentException(y.length + " outputs at " + unit.size() + " points are not trajectories of k + 1 = "
                    + (k + 1));
        }
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            effects.add(new ArrayList<>());
        }
        for (int t = 0; t < y.length / (k + 1); t++) {
            for (int s = 0; s < k; s++) {
                int p = t * (k + 1) + s;
                double[] x0 = unit.get(p);
                double[] x1 = unit.get(p + 1);
                for (int f = 0; f < k; f++) {
                    double dx = x1[f] - x0[f];
                    if (Math.abs(dx) > 1e-12 && Double.isFinite(y[p]) && Double.isFinite(y[p + 1])) {
                        effects.get(f).add((y[p + 1] - y[p]) / dx);
                    }
                }
            }
        }
        List<Effect> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Double> e = effects.get(f);
            int n = e.size();
            double mu = e.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            double muStar = e.stream().mapToDouble(Math::abs).average().orElse(Double.NaN);
            double ss = e.stream().mapToDouble(v -> (v - mu) * (v - mu)).sum();
            out.add(new Effect(f, mu, muStar, n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN, n));
        }
        return out;
    }
}

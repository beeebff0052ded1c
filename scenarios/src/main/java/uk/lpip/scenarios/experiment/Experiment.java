package uk.lpip.scenarios.experiment;

import java.util.List;

/**
 * An experiment: a base scenario, the arms to compare with its baseline, replicates, and factors
 * varied over a design. Read from an experiment file by {@link ExperimentLoader}; see
 * docs/experiments.md.
 *
 * @param scenario   a bundled scenario name or a path relative to the experiment file
 * @param set        overrides applied to the base scenario before any factor ({@code path=value})
 * @param seed       the experiment seed: replicate r runs with the seed derived from it and r
 * @param arms       the compared arms (the baseline, with no interventions, is always run too)
 * @param design       grid, latin_hypercube, sobol, saltelli or morris
 * @param points       design points for latin_hypercube and sobol; base points N for saltelli (N(k + 2) points)
 * @param trajectories Morris trajectories r (r(k + 1) points)
 * @param levels       Morris grid levels p (even)
 * @param outputs      metric ids summarised in the sweep's effects table
 * @param discovery    scenario discovery (PRIM) over the design, or null
 */
public record Experiment(String name, String description, String scenario, List<String> set, long seed, int replicates,
                         List<Arm> arms, String design, int points, int trajectories, int levels, List<Factor> factors,
                         List<String> outputs, Discovery discovery) {
    public Experiment {
        set = List.copyOf(set);
        arms = List.copyOf(arms);
        factors = List.copyOf(factors);
        outputs = List.copyOf(outputs);
    }

    /** The name of the arm without interventions that every other arm is compared with. */
    public static final String BASELINE = "baseline";

    /** An arm: a name and the base scenario's interventions it runs (by name). */
    public record Arm(String name, List<String> interventions) {
        public Arm {
            interventions = List.copyOf(interventions);
        }
    }

    /** The designs whose points are drawn from the factors' ranges (not a grid of values). */
    public boolean sampled() {
        return !design.equals("grid");
    }

    /** The designs made for a sensitivity analysis (their points have a structure the estimators rely on). */
    public boolean sensitivity() {
        return design.equals("saltelli") || design.equals("morris");
    }

    /**
     * A factor: a value in the scenario, by path, varied over the design — over {@code values}
     * for a grid, over [{@code min}, {@code max}] for the sampled designs (rounded when
     * {@code integer}), spread by its {@code distribution}: uniform (the default), triangular
     * (peak at {@code mode}, the middle of the range when left out) or log_uniform (min above 0).
     */
    public record Factor(String path, List<Double> values, Double min, Double max, boolean integer, String distribution,
                         Double mode) {
        public Factor {
            values = values == null ? List.of() : List.copyOf(values);
            distribution = distribution == null ? "uniform" : distribution;
        }

        /** The value at cumulative probability {@code u} in [0, 1] of the factor's distribution over [min, max]. */
        public double quantile(double u) {
            double lo = min;
            double hi = max;
            return switch (distribution) {
                case "log_uniform" -> Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo)));
                case "triangular" -> {
                    double c = mode == null ? (lo + hi) / 2 : mode;
                    double fc = (c - lo) / (hi - lo);
                    yield u < fc ? lo + Math.sqrt(u * (hi - lo) * (c - lo)) : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - c));
                }
                default -> lo + u * (hi - lo);
            };
        }
    }

    /**
     * Scenario discovery over the design: PRIM boxes for the runs where {@code condition} holds
     * (e.g. {@code bcr < 1}); {@code alpha} is the share of the box's points each peel removes,
     * {@code minSupport} the smallest share of all points a box may keep.
     */
    public record Discovery(String condition, double alpha, double minSupport) { }
}

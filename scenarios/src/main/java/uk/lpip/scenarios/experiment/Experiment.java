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
 * @param design     grid, latin_hypercube or sobol
 * @param points     design points for latin_hypercube and sobol
 * @param outputs    metric ids summarised in the sweep's effects table
 */
public record Experiment(String name, String description, String scenario, List<String> set, long seed, int replicates,
                         List<Arm> arms, String design, int points, List<Factor> factors, List<String> outputs) {
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

    /**
     * A factor: a value in the scenario, by path, varied over the design — over {@code values}
     * for a grid, over [{@code min}, {@code max}] for a Latin hypercube or Sobol design (rounded
     * when {@code integer}).
     */
    public record Factor(String path, List<Double> values, Double min, Double max, boolean integer) {
        public Factor {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }
}

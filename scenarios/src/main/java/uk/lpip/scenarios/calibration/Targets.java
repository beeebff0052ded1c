package uk.lpip.scenarios.calibration;

import java.util.List;

/**
 * A calibration problem for the method of simulated moments: the published statistics a place
 * should match (targets), the free parameters with their bounds, and how each candidate is
 * simulated (the base scenario with overrides, replicates with common random numbers).
 * See docs/calibration.md.
 */
public record Targets(String name, String scenario, List<String> set, long seed, int replicates, List<Target> targets,
                      List<Parameter> parameters, List<CouncilTarget> councils, CouncilFit councilFit) {
    public Targets {
        set = List.copyOf(set);
        targets = List.copyOf(targets);
        parameters = List.copyOf(parameters);
        councils = List.copyOf(councils);
    }

    /** The same problem with another base scenario. */
    public Targets withScenario(String newScenario) {
        return new Targets(name, newScenario, set, seed, replicates, targets, parameters, councils, councilFit);
    }

    /**
     * A council's published rates (ages 16–64), fitted after the region's parameters through the council's
     * inactivity hazard multipliers ({@code labour.councils}).
     */
    public record CouncilTarget(String council, double employmentRate, double inactivityRate, String source) { }

    /**
     * How the council multipliers are fitted: a damped fixed-point iteration on the odds of each council's
     * adjustable inactivity, stopped when every council is within {@code tolerance} of its inactivity target.
     */
    public record CouncilFit(int iterations, double damping, double tolerance) { }

    /**
     * One moment: a metric's mean over the recorded months at the whole region.
     *
     * @param weight how much its squared scaled error counts in the distance
     * @param tolerance the miss, in the metric's unit, that counts as one unit of error: the distance adds
     *     {@code weight × ((simulated − value) / tolerance)²}; 0 scales by {@code |value|} instead (a relative error)
     */
    public record Target(String metric, double value, String source, double weight, double tolerance) {
        /** The error that counts as one unit: the tolerance, or the target's own size if none is given. */
        public double scale() {
            if (tolerance > 0) {
                return tolerance;
            }
            return Math.abs(value) > 1e-12 ? Math.abs(value) : 1;
        }
    }

    /** A free parameter: a scenario value by its --set path, searched between bounds. */
    public record Parameter(String path, double min, double max) { }
}

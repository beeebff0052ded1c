package uk.lpip.scenarios.calibration;

import java.util.List;

/**
 * A calibration problem for the method of simulated moments: the published statistics a place
 * should match (targets), the free parameters with their bounds, and how each candidate is
 * simulated (the base scenario with overrides, replicates with common random numbers).
 * See docs/calibration.md.
 */
public record Targets(String name, String scenario, List<String> set, long seed, int replicates, List<Target> targets,
                      List<Parameter> parameters) {
    public Targets {
        set = List.copyOf(set);
        targets = List.copyOf(targets);
        parameters = List.copyOf(parameters);
    }

    /**
     * One moment: a metric's mean over the recorded months at the whole region.
     *
     * @param weight how much its relative error counts in the distance
     */
    public record Target(String metric, double value, String source, double weight) { }

    /** A free parameter: a scenario value by its --set path, searched between bounds. */
    public record Parameter(String path, double min, double max) { }
}

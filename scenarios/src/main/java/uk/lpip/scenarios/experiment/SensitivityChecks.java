package uk.lpip.scenarios.experiment;

import java.util.Locale;
import java.util.function.BiConsumer;
import uk.lpip.scenarios.yaml.Node;

/**
 * The checks of an experiment file that concern its sampled designs, the factors' distributions
 * and scenario discovery: each problem reported at the key it is about.
 */
final class SensitivityChecks {
    private SensitivityChecks() {
    }

    static void check(Experiment e, Node root, BiConsumer<String, String> problem) {
        for (int i = 0; i < e.factors().size(); i++) {
            distribution(e, e.factors().get(i), "factors[" + i + "]", problem);
        }
        boolean present = root instanceof Node.MapNode m && m.has("trajectories");
        boolean levels = root instanceof Node.MapNode m && m.has("levels");
        if (!e.design().equals("morris")) {
            if (present) {
                problem.accept("trajectories", "trajectories is for a morris design (this is a " + e.design() + " design)");
            }
            if (levels) {
                problem.accept("levels", "levels is for a morris design (this is a " + e.design() + " design)");
            }
        } else if (e.levels() % 2 != 0) {
            problem.accept("levels", "a morris design needs an even number of levels (its step Δ = p / (2(p − 1)) then "
                    + "takes every level to another), found " + e.levels());
        }
        if (e.sensitivity() && e.factors().isEmpty()) {
            problem.accept("design", "a " + e.design() + " design needs at least one factor with min and max");
        }
        if (e.design().equals("saltelli") && e.points() < 2) {
            problem.accept("points", "a saltelli design needs at least 2 base points (its estimators and their bootstrap "
                    + "resample them); 64 or more give steadier indices");
        }
        if (e.discovery() != null) {
            try {
                Condition.parse(e.discovery().condition());
            } catch (IllegalArgumentException x) {
                problem.accept("discovery.condition", x.getMessage());
            }
            if (e.factors().isEmpty()) {
                problem.accept("discovery", "scenario discovery looks for ranges of the factors, and this experiment has none");
            }
        }
    }

    private static void distribution(Experiment e, Experiment.Factor f, String at, BiConsumer<String, String> problem) {
        if (!e.sampled() || f.min() == null || f.max() == null || f.min() >= f.max()) {
            return;
        }
        if (f.distribution().equals("log_uniform") && f.min() <= 0) {
            problem.accept(at + ".min", "a log_uniform factor needs min above 0, found " + Design.text(f.min()));
        }
        if (f.mode() != null && !f.distribution().equals("triangular")) {
            problem.accept(at + ".mode", "mode is for a triangular distribution (this factor's is " + f.distribution() + ")");
        } else if (f.mode() != null && (f.mode() < f.min() || f.mode() > f.max())) {
            problem.accept(at + ".mode", String.format(Locale.ROOT, "mode (%s) must be within min (%s) and max (%s)",
                    Design.text(f.mode()), Design.text(f.min()), Design.text(f.max())));
        }
    }
}

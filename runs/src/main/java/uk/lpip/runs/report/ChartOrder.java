package uk.lpip.runs.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The order of each report's charts, by meaning: the effects of the interventions first (the
 * estimate with its interval, then value for money, then the arms compared), then the context
 * (the place over time, council by council). Within a kind, the headline metric first.
 */
final class ChartOrder {
    /** Metrics in the order a reader looks for them. */
    private static final List<String> METRICS = List.of("employment_rate", "unemployment_rate", "inactivity_rate",
            "discouraged_rate", "median_monthly_wage");

    private ChartOrder() {
    }

    /**
     * A run's charts: with interventions, the effects (forest plots, the appraisal, the arms across
     * replicates, the arms in replicate 0) before the context (paths by council, the catchment).
     *
     * @param fanNote the note under the effects or context heading about the fan charts, or null
     */
    static List<Html.ChartGroup> run(boolean paired, String fanNote) {
        List<String> context = new ArrayList<>(METRICS);
        context.addAll(List.of("water_delivered", "water_by_holder", "water_flow", "water_.*"));
        List<Html.ChartGroup> out = new ArrayList<>();
        if (paired) {
            List<String> effects = new ArrayList<>(byMetric("forest_"));
            effects.add("appraisal");
            effects.addAll(byMetric("fan_"));
            effects.addAll(byMetric("arms_"));
            out.add(new Html.ChartGroup("Effects of the interventions", fanNote, effects));
            out.add(new Html.ChartGroup("Context: the place over time, by council (with interventions)", null, context));
        } else {
            List<String> all = new ArrayList<>(context);
            all.addAll(byMetric("fan_"));
            out.add(new Html.ChartGroup("The place over time", fanNote, all));
        }
        return out;
    }

    /** A sweep's charts: the effect across the design, then the sensitivity analysis. */
    static List<Html.ChartGroup> sweep() {
        return List.of(new Html.ChartGroup("Effects across the design", null, List.of("response_.*", "heatmap_.*")),
                new Html.ChartGroup("What drives the effect (sensitivity)", null, List.of("sobol_.*", "morris_.*")));
    }

    /** A comparison's charts: the effect in every place, then value for money. */
    static List<Html.ChartGroup> compare() {
        return List.of(new Html.ChartGroup("Effects in each place", null, List.of("compare_.*", "matrix_employment_rate")),
                new Html.ChartGroup("Value for money", null, List.of("matrix_bcr", "matrix_.*")));
    }

    /** Patterns for {@code prefix + metric} in the reading order of the metrics, then any other with the prefix. */
    private static List<String> byMetric(String prefix) {
        List<String> out = new ArrayList<>();
        METRICS.forEach(m -> out.add(prefix + m));
        out.add(prefix + ".*");
        return out;
    }
}

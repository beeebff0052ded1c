package uk.lpip.viz;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * The charts of a single run: the headline labour-market metrics over time, by council and for the
 * region, and for a place with a catchment the water wanted and delivered.
 */
public final class RunCharts {
    /** A chart to write, with its file name. */
    public record NamedChart(String fileName, JFreeChart chart) { }

    /** The metrics charted for every run, with their titles and axis labels. */
    private record Spec(Metric metric, String title, String yLabel, boolean percent) { }

    private static final List<Spec> SPECS = List.of(
            new Spec(Metric.EMPLOYMENT_RATE, "Employment rate, ages 16–64", "% of working-age population", true),
            new Spec(Metric.UNEMPLOYMENT_RATE, "Unemployment rate (ILO)", "% of economically active", true),
            new Spec(Metric.INACTIVITY_RATE, "Economic inactivity rate, ages 16–64", "% of working-age population", true),
            new Spec(Metric.DISCOURAGED_RATE, "Discouraged (hidden unemployed), ages 16–64", "% of working-age population", true),
            new Spec(Metric.MEDIAN_MONTHLY_WAGE, "Median gross wage of employed residents", "£ per month", false));

    private RunCharts() {
    }

    /**
     * @param place  the place's name, for subtitles
     * @param source the source line: scenario, seed, replicates, version
     */
    public static List<NamedChart> of(MetricsTable table, String place, String source) {
        List<NamedChart> charts = new ArrayList<>();
        for (Spec spec : SPECS) {
            ChartText text = new ChartText(spec.title(), place + ", by council",
                    "Month after burn-in", spec.yLabel(), source);
            charts.add(new NamedChart(spec.metric().id() + ".png",
                    TimePathChart.of(text, seriesByCouncil(table, spec.metric()), spec.percent())));
        }
        if (table.monthCount() > 0 && !Double.isNaN(table.value(0, table.areas().region(), Metric.WATER_DEMAND))) {
            charts.add(water(table, place, source));
        }
        return charts;
    }

    /** For a place with a catchment: abstraction wanted and delivered, the whole catchment. */
    private static NamedChart water(MetricsTable table, String place, String source) {
        ChartText text = new ChartText("Water wanted and delivered by all licence holders", place
                + ", whole catchment; the gap is the shortfall", "Month after burn-in", "Ml per day (monthly mean)", source);
        List<Series> series = List.of(regionSeries(table, Metric.WATER_DEMAND, "Demand", false),
                regionSeries(table, Metric.WATER_DELIVERED, "Delivered", true));
        return new NamedChart("water_delivered.png", TimePathChart.of(text, series, false));
    }

    /** The metrics compared between arms in a paired run. */
    private static final List<Spec> PAIRED = List.of(SPECS.get(0), SPECS.get(1), SPECS.get(3));

    /**
     * Charts of a paired run: for the region, the baseline (black) against the arm with
     * interventions (blue), for the headline labour-market metrics.
     */
    public static List<NamedChart> paired(MetricsTable baseline, MetricsTable intervention, String place, String source) {
        List<NamedChart> charts = new ArrayList<>();
        for (Spec spec : PAIRED) {
            ChartText text = new ChartText(spec.title() + ": with interventions and without",
                    place + ", whole region; same seed in both arms", "Month after burn-in", spec.yLabel(), source);
            List<Series> series = List.of(regionSeries(baseline, spec.metric(), "Baseline (no interventions)", true),
                    regionSeries(intervention, spec.metric(), "With interventions", false));
            charts.add(new NamedChart("arms_" + spec.metric().id() + ".png", TimePathChart.of(text, series, spec.percent())));
        }
        return charts;
    }

    /**
     * Fan charts across replicates, whole region: the baseline's median and 90% band against the
     * intervention arm's (when there is one), for the headline labour-market metrics.
     *
     * @param intervention the intervention arm's tables by replicate, or empty for a single arm
     */
    public static List<NamedChart> fans(List<MetricsTable> baseline, List<MetricsTable> intervention, String place,
                                        String source) {
        List<NamedChart> charts = new ArrayList<>();
        for (Spec spec : PAIRED) {
            ChartText text = new ChartText(spec.title() + ": range across replicates", place + ", whole region; "
                    + fanKey(baseline.size()), "Month after burn-in", spec.yLabel(), source);
            List<FanChart.Fan> fans = new ArrayList<>();
            fans.add(new FanChart.Fan(intervention.isEmpty() ? "Simulated" : "Baseline (no interventions)",
                    regionValues(baseline, spec.metric()), true));
            if (!intervention.isEmpty()) {
                fans.add(new FanChart.Fan("With interventions", regionValues(intervention, spec.metric()), false));
            }
            charts.add(new NamedChart("fan_" + spec.metric().id() + ".png", FanChart.of(text, fans, spec.percent())));
        }
        return charts;
    }

    /** What a fan chart of {@code replicates} replicates draws, for its subtitle. */
    static String fanKey(int replicates) {
        return FanChart.hasBands(replicates) ? "line: median, band: 90% of replicates"
                : "one line per replicate, no band: a 90% band needs at least " + FanChart.MIN_BAND_REPLICATES
                + " replicates, and " + replicates + " give only their lowest and highest";
    }

    private static double[][] regionValues(List<MetricsTable> tables, Metric metric) {
        double[][] out = new double[tables.size()][];
        for (int r = 0; r < tables.size(); r++) {
            MetricsTable t = tables.get(r);
            out[r] = new double[t.monthCount()];
            for (int m = 0; m < t.monthCount(); m++) {
                out[r][m] = t.value(m, t.areas().region(), metric);
            }
        }
        return out;
    }

    private static Series regionSeries(MetricsTable table, Metric metric, String name, boolean emphasised) {
        int n = table.monthCount();
        int[] months = new int[n];
        double[] values = new double[n];
        for (int m = 0; m < n; m++) {
            months[m] = m;
            values[m] = table.value(m, table.areas().region(), metric);
        }
        return new Series(name, months, values, emphasised);
    }

    /** One series per council and one, emphasised, for the region. */
    public static List<Series> seriesByCouncil(MetricsTable table, Metric metric) {
        Areas areas = table.areas();
        List<Series> out = new ArrayList<>();
        for (int a = 0; a < areas.count(); a++) {
            if (areas.isZone(a)) {
                continue;
            }
            int n = table.monthCount();
            int[] months = new int[n];
            double[] values = new double[n];
            for (int m = 0; m < n; m++) {
                months[m] = m;
                values[m] = table.value(m, a, metric);
            }
            boolean region = a == areas.region();
            out.add(new Series(region ? "Whole region" : areas.name(a), months, values, region));
        }
        return out;
    }
}

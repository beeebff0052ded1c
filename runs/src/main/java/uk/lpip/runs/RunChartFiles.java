package uk.lpip.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.output.ChartFiles;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.CostType;
import uk.lpip.viz.RunCharts;
import uk.lpip.viz.WaterCharts;

/**
 * The charts of a run, written under {@code charts/}: time paths by council, the arms compared,
 * fans and forest plots across replicates, the appraisal, and the catchment's charts.
 */
final class RunChartFiles {
    private static final int CHART_WIDTH = 800;
    private static final int CHART_HEIGHT = 480;

    private final ModelConfig config;
    private final String toolVersion;
    private final int replicates;
    private final int arms;
    private final Map<String, CostType> costTypes;

    RunChartFiles(ModelConfig config, String toolVersion, int replicates, int arms, Map<String, CostType> costTypes) {
        this.config = config;
        this.toolVersion = toolVersion;
        this.replicates = replicates;
        this.arms = arms;
        this.costTypes = costTypes;
    }

    void write(Path dir, List<ArmResult> results, Map<String, Object> outputs) throws IOException {
        Path charts = Files.createDirectory(dir.resolve("charts"));
        String source = "Source: lpip " + toolVersion + " simulation · scenario " + config.name()
                + " · seed " + config.run().seed() + " · replicate 0 of " + replicates;
        List<ArmResult> first = results.stream().filter(a -> a.replicate() == 0).toList();
        ArmResult last = first.get(first.size() - 1);
        List<RunCharts.NamedChart> all = new ArrayList<>(RunCharts.of(last.table(), config.place().regionName()
                + (first.size() > 1 ? " with interventions" : ""), source));
        if (first.size() > 1) {
            all.addAll(RunCharts.paired(first.get(0).table(), last.table(), config.place().regionName(), source));
        }
        if (last.water() != null && !last.water().months().isEmpty()) {
            String place = config.place().regionName() + (first.size() > 1 ? " with interventions" : "");
            all.add(new RunCharts.NamedChart("water_by_holder.png", WaterCharts.deliveredByHolder(last.water(), place, source)));
            all.add(new RunCharts.NamedChart("water_flow.png", WaterCharts.flowAndScarcity(last.water(), place, source)));
        }
        if (replicates > 1) {
            List<MetricsTable> base = results.stream().filter(a -> a.name().equals("baseline")).map(ArmResult::table).toList();
            List<MetricsTable> treated = results.stream().filter(a -> !a.name().equals("baseline")).map(ArmResult::table).toList();
            all.addAll(RunCharts.fans(base, treated, config.place().regionName(), source.replace("replicate 0 of ",
                    "replicates: ")));
            if (!treated.isEmpty()) {
                all.addAll(forests(results, source.replace("replicate 0 of ", "replicates: ")));
            }
        }
        if (arms > 1) {
            all.add(new RunCharts.NamedChart("appraisal.png", appraisalChart(results, source)));
        }
        for (RunCharts.NamedChart c : all) {
            ChartFiles.write(charts.resolve(c.fileName()), c.chart(), CHART_WIDTH, CHART_HEIGHT, outputs, "charts/");
        }
    }

    /** The half-width of the 95% Student-t interval of a mean over replicates (NaN from one). */
    private static double half(double[] values) {
        Effects.Effect e = Effects.ofValues(values);
        return (e.high() - e.low()) / 2;
    }

    /** Present values of costs and benefits, mean over replicates, at full scale. */
    private org.jfree.chart.JFreeChart appraisalChart(List<ArmResult> results, String source) {
        double[] sums = new double[6];
        double[][] bars = new double[3][replicates];   // each replicate's PV of costs, GVA and earnings
        int n = 0;
        for (int r = 0; r < replicates; r++) {
            final int rep = r;
            ArmResult base = results.stream().filter(a -> a.replicate() == rep && a.name().equals("baseline")).findFirst().orElseThrow();
            ArmResult treated = results.stream().filter(a -> a.replicate() == rep && !a.name().equals("baseline")).findFirst()
                    .orElseThrow();
            uk.lpip.runs.appraisal.Appraisal a = uk.lpip.runs.appraisal.Appraisal.of(base, treated, costTypes, config.run().scale());
            double[] v = {a.pvCosts(), a.pvGva(), a.pvEarnings(), a.onGva().npv(), a.onGva().bcr(), a.onGva().switchingValue()};
            for (int i = 0; i < v.length; i++) {
                sums[i] += v[i];
            }
            for (int i = 0; i < 3; i++) {
                bars[i][r] = v[i];
            }
            n++;
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] /= n;
        }
        // the switching value on the means, not averaged as a ratio, and not applicable with a negative NPV;
        // from one replicate no ratio at all (docs/appraisal.md)
        sums[5] = uk.lpip.runs.appraisal.SwitchingValue.of(sums[1], sums[0]).benefitsFall();
        if (n < 2) {
            sums[4] = Double.NaN;
            sums[5] = Double.NaN;
        }
        return uk.lpip.viz.AppraisalChart.of(config.place().regionName() + (n > 1 ? ", mean over " + n + " replicates" : ""),
                new uk.lpip.viz.AppraisalChart.Figures(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], half(bars[0]),
                        half(bars[1]), half(bars[2])),
                source.replace("replicate 0 of ", "replicates: "));
    }

    /** Forest plots of the paired effect at the horizon, by council and for the region, with 95% intervals. */
    private List<RunCharts.NamedChart> forests(List<ArmResult> results, String source) {
        Effects effects = new Effects(results);
        MetricsTable table = results.get(0).table();
        uk.lpip.sim.metrics.Areas areas = table.areas();
        int last = table.monthCount() - 1;
        List<RunCharts.NamedChart> out = new ArrayList<>();
        for (uk.lpip.sim.metrics.Metric metric : List.of(uk.lpip.sim.metrics.Metric.EMPLOYMENT_RATE,
                uk.lpip.sim.metrics.Metric.UNEMPLOYMENT_RATE, uk.lpip.sim.metrics.Metric.DISCOURAGED_RATE)) {
            List<uk.lpip.viz.ForestPlot.Row> rows = new ArrayList<>();
            for (int a = 0; a < areas.count(); a++) {
                if (areas.isZone(a)) {
                    continue;
                }
                Effects.Effect e = effects.effect(last, a, metric);
                rows.add(new uk.lpip.viz.ForestPlot.Row(a == areas.region() ? "Whole region" : areas.name(a),
                        100 * e.mean(), 100 * e.low(), 100 * e.high(), a == areas.region()));
            }
            uk.lpip.viz.ChartText text = new uk.lpip.viz.ChartText("Effect of the interventions on the " + metric.id().replace('_', ' ')
                    + " at month " + last, config.place().regionName() + "; mean paired difference over " + replicates
                    + " replicates with 95% interval; dashed line: no effect", "Percentage points (intervention − baseline)", "",
                    source);
            out.add(new RunCharts.NamedChart("forest_" + metric.id() + ".png", uk.lpip.viz.ForestPlot.of(text, rows)));
        }
        return out;
    }

}

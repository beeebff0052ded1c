package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lpip.runs.Effects;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.sweep.SweepCharts;
import uk.lpip.runs.sweep.SweepTables;

/**
 * {@code report.html} for a finished sweep: what the swept levers change (the headline outcome's
 * effect across the design, where it is largest and how often it is distinguishable from zero),
 * value for money across the design, the response charts and heat maps, the table of every design
 * point, the experiment as run, and how to reproduce it.
 */
public final class SweepReport {
    private SweepReport() {
    }

    public static Path write(Path root, String version) throws IOException {
        String name = root.getFileName().toString();
        SweepCharts.Table t = SweepCharts.headline(root);
        Map<String, Map<Integer, double[]>> jobs = appraisal(root, "net_additional_jobs");
        Map<String, Map<Integer, double[]>> bcr = bcr(root);
        int runs = CsvRows.read(root.resolve("runs.csv")).rows().size();
        Html h = new Html();
        h.open(name + " — sweep");
        h.tag("h1", name + ": what the sweep shows");
        h.tag("p", runs + " runs" + (t == null ? "" : " · " + t.points().size() + " design points × " + (t.arms().size() + 1)
                + " arms × " + t.replicates() + " replicates (each arm paired with the baseline on the same seed)") + " · lpip "
                + version, "meta");
        h.tag("h2", "Summary");
        h.raw("<ul class=\"summary\">");
        for (String line : summary(t, jobs, bcr)) {
            h.tag("li", line);
        }
        h.raw("</ul>");
        h.tag("p", "A simulation of a stylised place, not a forecast. Intervals are 95% Student-t intervals over the paired "
                + "replicates at each design point; with few replicates they are wide, and with many points some will exclude "
                + "zero by chance.", "note");
        if (t != null) {
            MapSection.writeSweep(h, root.resolve("effects.csv"), scenarioOf(root), largest(t));
        }
        SensitivitySection.write(h, root, CsvRows.read(root.resolve("points.csv")).rows().size());
        h.tag("h2", "Charts");
        h.figures(root.resolve("charts"), ChartOrder.sweep());
        if (t != null) {
            h.tag("h2", "Every design point");
            h.tag("p", "Effect on " + t.metric().replace('_', ' ') + " (" + SweepCharts.unit(t.metric()) + ") in the region at month "
                    + t.month() + "; net additional jobs and the benefit–cost ratio to UK society (with its DfT value-for-money "
                    + "category) from the Green Book appraisal at full scale (docs/appraisal.md); mean [95% interval].", "note");
            h.table(header(t), rows(t, jobs, bcr));
            h.tag("h3", "By perspective");
            h.tag("p", "Present values at full scale over the appraisal period, mean [95% interval] over replicates: the benefits "
                    + "to the target area, the rest of the region and the rest of the UK (they add up to the UK-society benefits), "
                    + "and the Exchequer's net position (docs/appraisal.md). The sensitivity table is made by lpip run of a point's "
                    + "scenario with replicates (each run of a sweep is one replicate).",
                    "note");
            h.table(perspectivesHeader(t), perspectives(root, t));
        }
        h.tag("h2", "What was assumed");
        h.tag("p", "The experiment as run (its base scenario, overrides, arms, factors and design); every run's resolved scenario "
                + "is in runs/<id>/scenario.yaml. Calibration status: see docs/calibration.md.");
        Path experiment = root.resolve("experiment.yaml");
        h.tag("pre", Files.exists(experiment) ? Files.readString(experiment, StandardCharsets.UTF_8) : "(experiment.yaml missing)");
        h.tag("h2", "How to reproduce it");
        h.tag("p", "Run the sweep again (same runs, same seeds) and compare, or rerun any single run and check its files byte "
                + "for byte against its manifest:");
        h.tag("pre", "./lpip sweep " + name + "/experiment.yaml --out " + name + "-again\n./lpip rerun " + name
                + "/runs/<run id>/manifest.json\n./lpip status " + name);
        h.close();
        return h.writeTo(root);
    }

    private static List<String> summary(SweepCharts.Table t, Map<String, Map<Integer, double[]>> jobs,
                                        Map<String, Map<Integer, double[]>> bcr) {
        List<String> out = new ArrayList<>();
        if (t == null) {
            out.add("This sweep has no effects table (no arm besides the baseline, or it has not finished).");
            return out;
        }
        String unit = SweepCharts.unit(t.metric());
        String fmt = t.metric().endsWith("_rate") ? "%+.2f" : "%+,.0f";
        for (Map.Entry<String, Map<Integer, double[]>> arm : t.arms().entrySet()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int best = -1;
            int distinguishable = 0;
            for (Map.Entry<Integer, double[]> p : arm.getValue().entrySet()) {
                double[] e = p.getValue();
                lo = Math.min(lo, e[0]);
                if (e[0] > hi) {
                    hi = e[0];
                    best = p.getKey();
                }
                distinguishable += e[1] > 0 || e[2] < 0 ? 1 : 0;
            }
            double[] b = arm.getValue().get(best);
            out.add(String.format(Locale.ROOT, "'%s' changes %s in the region at month %d by %s to %s %s across the %d design "
                            + "points; the 95%% interval excludes zero at %d of them.", arm.getKey(), t.metric().replace('_', ' '),
                    t.month(), String.format(Locale.ROOT, fmt, lo), String.format(Locale.ROOT, fmt, hi), unit, arm.getValue().size(),
                    distinguishable));
            out.add("The largest effect, " + Html.interval(b[0], b[1], b[2], fmt) + " " + unit + ", is at point " + best + " ("
                    + factors(t, best) + ").");
            Map<Integer, double[]> r = bcr.get(arm.getKey());
            Map<Integer, double[]> j = jobs.get(arm.getKey());
            if (r != null && j != null) {
                out.add(String.format(Locale.ROOT, "Value for money across the design: benefit–cost ratio to UK society from %.1f to %.1f; "
                                + "net additional jobs at full scale from %,.0f to %,.0f (means over replicates).",
                        min(r), max(r), min(j), max(j)));
            }
        }
        return out;
    }

    /** Each arm's design point with the largest headline effect (the one the summary names). */
    private static Map<String, Integer> largest(SweepCharts.Table t) {
        Map<String, Integer> out = new LinkedHashMap<>();
        t.arms().forEach((arm, byPoint) -> byPoint.entrySet().stream().max(Map.Entry.comparingByValue(
                java.util.Comparator.comparingDouble(v -> v[0]))).ifPresent(e -> out.put(arm, e.getKey())));
        return out;
    }

    /** The resolved scenario of the sweep's first run (every run shares the base scenario's councils), or null. */
    private static uk.lpip.scenarios.Scenario scenarioOf(Path root) throws IOException {
        CsvRows runs = CsvRows.read(root.resolve("runs.csv"));
        if (runs.rows().isEmpty()) {
            return null;
        }
        Path yaml = root.resolve(runs.rows().get(0)[runs.column("directory")]).resolve("scenario.yaml");
        try {
            return Files.exists(yaml) ? uk.lpip.scenarios.load.ScenarioLoader.load(yaml.toString()) : null;
        } catch (uk.lpip.scenarios.load.ScenarioException e) {
            return null;
        }
    }

    private static String factors(SweepCharts.Table t, int point) {
        List<String> parts = new ArrayList<>();
        for (int f = 0; f < t.factors().size(); f++) {
            parts.add(t.factors().get(f) + " = " + number(t.points().get(point)[f]));
        }
        return String.join(", ", parts);
    }

    private static List<String> header(SweepCharts.Table t) {
        List<String> out = new ArrayList<>(List.of("point"));
        out.addAll(t.factors());
        out.addAll(List.of("arm", "effect", "net additional jobs", "BCR, UK society (value for money)"));
        return out;
    }

    private static List<List<String>> rows(SweepCharts.Table t, Map<String, Map<Integer, double[]>> jobs,
                                           Map<String, Map<Integer, double[]>> bcr) {
        String fmt = t.metric().endsWith("_rate") ? "%+.2f" : "%+,.0f";
        List<List<String>> out = new ArrayList<>();
        for (int p = 0; p < t.points().size(); p++) {
            for (Map.Entry<String, Map<Integer, double[]>> arm : t.arms().entrySet()) {
                double[] e = arm.getValue().get(p);
                if (e == null) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                for (double v : t.points().get(p)) {
                    row.add(number(v));
                }
                row.add(arm.getKey());
                row.add(Html.interval(e[0], e[1], e[2], fmt));
                row.add(cell(jobs, arm.getKey(), p, "%,.0f"));
                double[] ratio = bcr.getOrDefault(arm.getKey(), Map.of()).get(p);
                row.add(cell(bcr, arm.getKey(), p, "%.1f")
                        + (ratio == null ? "" : " " + uk.lpip.runs.appraisal.ValueForMoney.label(ratio[0])));
                out.add(row);
            }
        }
        return out;
    }

    private static final List<String> PERSPECTIVES = List.of("pv_benefits_target_area", "pv_benefits_rest_of_region",
            "pv_benefits_rest_of_uk", "pv_benefits_uk", "npv_exchequer");

    private static List<String> perspectivesHeader(SweepCharts.Table t) {
        List<String> out = new ArrayList<>(List.of("point", "arm"));
        out.addAll(List.of("target area", "rest of the region", "rest of the UK", "UK society", "Exchequer, net"));
        return out;
    }

    private static List<List<String>> perspectives(Path root, SweepCharts.Table t) throws IOException {
        List<Map<String, Map<Integer, double[]>>> measures = new ArrayList<>();
        for (String m : PERSPECTIVES) {
            measures.add(appraisal(root, m));
        }
        List<List<String>> out = new ArrayList<>();
        for (int p = 0; p < t.points().size(); p++) {
            for (String arm : t.arms().keySet()) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(p), arm));
                for (Map<String, Map<Integer, double[]>> m : measures) {
                    row.add(cell(m, arm, p, "£%,.0f"));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static String cell(Map<String, Map<Integer, double[]>> m, String arm, int point, String fmt) {
        double[] v = m.getOrDefault(arm, Map.of()).get(point);
        return v == null ? "–" : Html.interval(v[0], v[1], v[2], fmt);
    }

    /** Mean and 95% interval over replicates of one appraisal measure: arm → point → [mean, low, high]. */
    /** Arm → point → the UK BCR as mean benefits over mean costs with its delta-method interval (SweepTables.bcrSummary). */
    private static Map<String, Map<Integer, double[]>> bcr(Path root) throws IOException {
        Map<String, Map<Integer, double[]>> out = new LinkedHashMap<>();
        for (String[] r : SweepTables.bcrSummary(root)) {
            out.computeIfAbsent(r[1], a -> new LinkedHashMap<>()).put(Integer.parseInt(r[0]),
                    new double[] {Double.parseDouble(r[2]), Double.parseDouble(r[3]), Double.parseDouble(r[4])});
        }
        return out;
    }

    private static Map<String, Map<Integer, double[]>> appraisal(Path root, String measure) throws IOException {
        Map<String, Map<Integer, List<Double>>> values = new LinkedHashMap<>();
        for (String[] r : CsvRows.read(root.resolve("appraisal.csv")).rows()) {
            if (r[3].equals(measure)) {
                values.computeIfAbsent(r[1], a -> new LinkedHashMap<>()).computeIfAbsent(Integer.parseInt(r[0]),
                        p -> new ArrayList<>()).add(Double.parseDouble(r[4]));
            }
        }
        Map<String, Map<Integer, double[]>> out = new LinkedHashMap<>();
        values.forEach((arm, byPoint) -> byPoint.forEach((p, v) -> {
            Effects.Effect e = Effects.ofValues(v.stream().mapToDouble(Double::doubleValue).toArray());
            out.computeIfAbsent(arm, a -> new LinkedHashMap<>()).put(p, new double[] {e.mean(), e.low(), e.high()});
        }));
        return out;
    }

    private static double min(Map<Integer, double[]> m) {
        return m.values().stream().mapToDouble(v -> v[0]).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    private static double max(Map<Integer, double[]> m) {
        return m.values().stream().mapToDouble(v -> v[0]).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}

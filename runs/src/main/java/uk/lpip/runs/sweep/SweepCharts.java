package uk.lpip.runs.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.lpip.runs.output.ChartFiles;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.YamlReader;
import uk.lpip.viz.ChartText;
import uk.lpip.viz.HeatMap;
import uk.lpip.viz.ResponseChart;

/**
 * A finished sweep's charts in {@code charts/}, drawn from its tables (points.csv, effects.csv), so
 * they can be redrawn for any sweep directory: for the experiment's first output at the whole
 * region at the horizon, the response to each factor ({@code response_<factor>.png}, each arm's
 * paired effect with its 95% interval at every design point) and, where two or more factors were
 * swept, a heat map over the first two for each arm ({@code heatmap_<arm>.png}; a cell is the mean
 * over any other factors' values, starred only when it is one design point whose interval excludes
 * zero). Rates are shown in percentage points.
 */
public final class SweepCharts {
    /** The horizon effects of one metric at the region, with the design. */
    public record Table(String metric, List<String> factors, List<double[]> points, Map<String, Map<Integer, double[]>> arms,
                        int replicates, int month) {
    }

    private static final int MAX_HEAT_VALUES = 16;

    private SweepCharts() {
    }

    /** The factor columns of points.csv: those between {@code point} and {@code experiment}. */
    private static int factorColumns(CsvRows points) {
        int end = points.column("experiment");
        return (end < 0 ? points.header().size() : end) - 1;
    }

    /** Reads the headline table of a sweep directory (null when it has no effects). */
    public static Table headline(Path root) throws IOException {
        CsvRows points = CsvRows.read(root.resolve("points.csv"));
        CsvRows effects = CsvRows.read(root.resolve("effects.csv"));
        if (effects.rows().isEmpty() || points.rows().isEmpty()) {
            return null;
        }
        String metric = firstOutput(root, effects);
        int month = -1;
        for (String[] r : effects.rows()) {
            if (r[2].startsWith("region:") && r[3].equals(metric)) {
                month = Math.max(month, Integer.parseInt(r[4]));
            }
        }
        double k = metric.endsWith("_rate") ? 100 : 1;
        Map<String, Map<Integer, double[]>> arms = new LinkedHashMap<>();
        int replicates = 0;
        for (String[] r : effects.rows()) {
            if (r[2].startsWith("region:") && r[3].equals(metric) && Integer.parseInt(r[4]) == month) {
                arms.computeIfAbsent(r[1], a -> new LinkedHashMap<>()).put(Integer.parseInt(r[0]),
                        new double[] {k * Double.parseDouble(r[5]), k * Double.parseDouble(r[6]), k * Double.parseDouble(r[7])});
                replicates = Integer.parseInt(r[10]);
            }
        }
        List<double[]> values = new ArrayList<>();
        for (String[] r : points.rows()) {
            double[] v = new double[factorColumns(points)];
            for (int i = 1; i <= v.length; i++) {
                v[i - 1] = Double.parseDouble(r[i]);
            }
            values.add(v);
        }
        return new Table(metric, points.header().subList(1, 1 + factorColumns(points)), values, arms, replicates, month);
    }

    /** Writes the charts, lists them (PNG and SVG) in {@code charts.json}, and returns their paths. */
    public static List<Path> write(Path root, String name, String version) throws IOException {
        List<Path> written = draw(root, name, version);
        uk.lpip.runs.output.ChartListing.write(root, "charts.json", List.of());
        return written;
    }

    private static List<Path> draw(Path root, String name, String version) throws IOException {
        Table t = headline(root);
        List<Path> written = new ArrayList<>(SensitivityCharts.write(root, name, version));
        if (t == null || t.factors().isEmpty()) {
            return written;
        }
        Path charts = Files.createDirectories(root.resolve("charts"));
        String unit = unit(t.metric());
        String source = "Source: lpip " + version + " simulation · sweep " + name + " · " + t.points().size() + " design points × "
                + t.replicates() + " paired replicates";
        boolean onlyFactor = t.factors().size() == 1;
        for (int f = 0; f < t.factors().size(); f++) {
            Map<String, List<ResponseChart.Point>> series = new LinkedHashMap<>();
            for (Map.Entry<String, Map<Integer, double[]>> arm : t.arms().entrySet()) {
                List<ResponseChart.Point> pts = new ArrayList<>();
                for (Map.Entry<Integer, double[]> p : arm.getValue().entrySet()) {
                    double[] e = p.getValue();
                    pts.add(new ResponseChart.Point(t.points().get(p.getKey())[f], e[0], e[1], e[2]));
                }
                series.put(arm.getKey(), pts);
            }
            String factor = t.factors().get(f);
            ChartText text = new ChartText("Effect on " + words(t.metric()) + " by " + factor + ", " + unit,
                    "Region at month " + t.month() + "; mean paired difference from the baseline with 95% interval"
                            + (onlyFactor ? "" : "; other factors vary between points"), factor, unit + " (arm − baseline)", source);
            Path out = charts.resolve("response_" + slug(factor) + ".png");
            ChartFiles.write(out, ResponseChart.of(text, series, onlyFactor), 800, 480);
            written.add(out);
        }
        if (t.factors().size() >= 2) {
            List<Double> xs = distinct(t.points(), 0);
            List<Double> ys = distinct(t.points(), 1);
            if (xs.size() <= MAX_HEAT_VALUES && ys.size() <= MAX_HEAT_VALUES) {
                for (Map.Entry<String, Map<Integer, double[]>> arm : t.arms().entrySet()) {
                    Path out = charts.resolve("heatmap_" + slug(arm.getKey()) + ".png");
                    List<HeatMap.Cell> cells = heatCells(t, arm.getValue(), xs, ys);
                    ChartText text = new ChartText("Effect of '" + arm.getKey() + "' on " + words(t.metric()) + ", " + unit,
                            "Region at month " + t.month() + "; " + t.factors().get(1) + " by " + t.factors().get(0)
                                    + "; * a single point whose 95% interval excludes zero; grey: it includes zero", t.factors().get(0),
                            t.factors().get(1),
                            source);
                    List<String> rows = new ArrayList<>();
                    for (int r = ys.size() - 1; r >= 0; r--) {
                        rows.add(label(ys.get(r))); // the largest value at the top
                    }
                    List<String> columns = xs.stream().map(SweepCharts::label).toList();
                    ChartFiles.write(out, HeatMap.of(text, rows, columns, cells, t.metric().endsWith("_rate") ? "%+.2f" : "%+,.0f",
                            unit), 800, 520);
                    written.add(out);
                }
            }
        }
        return written;
    }

    private static List<HeatMap.Cell> heatCells(Table t, Map<Integer, double[]> effects, List<Double> xs, List<Double> ys) {
        int nx = xs.size();
        int ny = ys.size();
        double[][] sum = new double[ny][nx];
        int[][] count = new int[ny][nx];
        boolean[][] significant = new boolean[ny][nx];
        for (Map.Entry<Integer, double[]> p : effects.entrySet()) {
            double[] v = t.points().get(p.getKey());
            int c = xs.indexOf(v[0]);
            int r = ny - 1 - ys.indexOf(v[1]); // largest value at the top
            double[] e = p.getValue();
            sum[r][c] += e[0];
            count[r][c]++;
            significant[r][c] = e[1] > 0 || e[2] < 0;
        }
        List<HeatMap.Cell> cells = new ArrayList<>();
        for (int r = 0; r < ny; r++) {
            for (int c = 0; c < nx; c++) {
                cells.add(new HeatMap.Cell(r, c, count[r][c] == 0 ? Double.NaN : sum[r][c] / count[r][c],
                        count[r][c] == 1 && significant[r][c], count[r][c] == 1 && !significant[r][c]));
            }
        }
        return cells;
    }

    private static List<Double> distinct(List<double[]> points, int factor) {
        TreeSet<Double> s = new TreeSet<>();
        points.forEach(p -> s.add(p[factor]));
        return new ArrayList<>(s);
    }

    private static String label(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.3g", v);
    }

    public static String unit(String metric) {
        return metric.endsWith("_rate") ? "percentage points" : metric.contains("wage") || metric.equals("gva")
                || metric.equals("earnings") ? "£" : "people";
    }

    private static String words(String metric) {
        return metric.replace('_', ' ');
    }

    static String slug(String s) {
        return s.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The experiment's first output (from its copy in the sweep directory), else the first metric with effects. */
    private static String firstOutput(Path root, CsvRows effects) {
        try {
            Node n = YamlReader.read("experiment.yaml", Files.readString(root.resolve("experiment.yaml"), StandardCharsets.UTF_8));
            if (n instanceof Node.MapNode m && m.get("outputs") instanceof Node.ListNode l && !l.items().isEmpty()
                    && l.items().get(0) instanceof Node.ScalarNode s) {
                return s.text();
            }
        } catch (IOException | YamlReader.YamlException e) {
            // fall through: the tables alone still name the metrics
        }
        return effects.rows().stream().map(r -> r[3]).filter(m -> m.equals("employment_rate")).findFirst()
                .orElse(effects.rows().get(0)[3]);
    }
}

package uk.lpip.runs.sweep;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lpip.runs.Effects;
import uk.lpip.runs.output.ManifestBuilder;
import uk.lpip.runs.store.Parquet;
import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TableIds;
import uk.lpip.scenarios.experiment.Experiment;
import uk.lpip.scenarios.experiment.ExperimentLoader;

/**
 * The tables over a whole sweep, written once every run is done (by {@code lpip sweep} without a
 * shard, or by {@code lpip merge}): {@code runs.csv} (the catalogue), {@code points.csv} (each
 * design point's factor values) and {@code effects.csv} (per point, arm, area, metric and month:
 * the mean paired difference from the baseline over replicates with its 95% Student-t interval,
 * and the baseline's mean and spread). They are a function of the runs' files only, so a sharded
 * and merged sweep gives the same bytes as one run in one go.
 */
public final class SweepTables {
    /** The appraisal measures a benefit–cost ratio to UK society divides. */
    public static final String BENEFITS_UK = "pv_benefits_uk";
    public static final String COSTS = "pv_costs_appraisal_period";

    private SweepTables() {
    }

    /** The runs that are not done yet. */
    public static List<SweepRun> missing(SweepDirectory dir, List<SweepRun> plan) {
        return plan.stream().filter(r -> !dir.isDone(r.id())).toList();
    }

    public static void write(ExperimentLoader.Loaded loaded, SweepDirectory dir, List<SweepRun> plan) throws IOException {
        if (!missing(dir, plan).isEmpty()) {
            throw new IllegalStateException(missing(dir, plan).size() + " runs are not done");
        }
        ManifestBuilder manifest = ManifestBuilder.ofTables();
        manifest.write("runs.csv", dir.root().resolve("runs.csv"), w -> catalogue(w, loaded, dir, plan));
        manifest.write("points.csv", dir.root().resolve("points.csv"), w -> points(w, loaded));
        manifest.write("effects.csv", dir.root().resolve("effects.csv"), w -> effects(w, loaded, dir, plan));
        manifest.write("appraisal.csv", dir.root().resolve("appraisal.csv"), w -> concatenate(w, dir, plan, "appraisal.csv"));
        manifest.write("additionality.csv", dir.root().resolve("additionality.csv"),
                w -> concatenate(w, dir, plan, "additionality.csv"));
        SweepSensitivity.write(loaded, dir, manifest);
        parquet(dir, plan, manifest);
        manifest.put("sweep", loaded.experiment().name())
                .put("runs", plan.size())
                .put("points", loaded.points().size())
                .put("arms", loaded.armNames())
                .put("replicates", loaded.experiment().replicates())
                .commit(dir.root().resolve("sweep.json"));
    }

    /**
     * The sweep's tables as Parquet with each design point's factor values inline (a column per
     * factor path after the table's own): {@code runs}, {@code effects}, {@code appraisal},
     * {@code additionality}, and {@code timeseries} with every run's rows and its point.
     */
    private static void parquet(SweepDirectory dir, List<SweepRun> plan, ManifestBuilder manifest) throws IOException {
        Path root = dir.root();
        String points = Parquet.csv(root.resolve("points.csv"));
        String factors = "p.* EXCLUDE (point, experiment)";
        List<Parquet.Table> tables = new ArrayList<>();
        for (String name : List.of("runs", "effects", "appraisal", "additionality")) {
            Path file = root.resolve(name + ".csv");
            if (Files.size(file) > 0) {
                tables.add(new Parquet.Table(name + ".parquet", "SELECT t.*, " + factors + " FROM " + Parquet.csv(file)
                        + " t LEFT JOIN " + points + " p ON t.point = p.point"));
            }
        }
        List<Path> series = plan.stream().map(r -> dir.run(r.id()).resolve("timeseries.csv")).toList();
        tables.add(new Parquet.Table("timeseries.parquet", "SELECT t.*, r.point, " + factors + " FROM " + Parquet.csv(series)
                + " t JOIN " + Parquet.csv(root.resolve("runs.csv")) + " r ON t.run = r.run LEFT JOIN " + points
                + " p ON r.point = p.point"));
        Parquet.write(root, tables, manifest.outputs());
    }

    /**
     * Every arm run's own table of one name (its appraisal or additionality against the baseline
     * of its point and replicate), with the point and arm in front.
     */
    private static void concatenate(Writer w, SweepDirectory dir, List<SweepRun> plan, String name) throws IOException {
        boolean header = false;
        for (SweepRun r : plan) {
            if (r.arm().equals(Experiment.BASELINE)) {
                continue;
            }
            List<String> lines = Files.readAllLines(dir.run(r.id()).resolve(name), StandardCharsets.UTF_8);
            if (!header) {
                w.write("point,arm," + lines.get(0) + "\n");
                header = true;
            }
            for (String line : lines.subList(1, lines.size())) {
                w.write(r.point() + "," + r.arm() + "," + line + "\n");
            }
        }
    }

    /**
     * Mean and 95% interval over replicates of an appraisal measure, per point and arm, from the
     * sweep's appraisal.csv: [point, arm, mean, low, high].
     */
    public static List<String[]> appraisalSummary(SweepDirectory dir, String measure) throws IOException {
        List<String[]> out = new ArrayList<>();
        byPointAndArm(dir.root(), measure).forEach((key, v) -> out.add(row(key, Effects.ofValues(v))));
        return out;
    }

    /**
     * The benefit–cost ratio to UK society per point and arm, [point, arm, ratio, low, high]: mean
     * present benefits over mean present costs of the point's replicates with a delta-method interval
     * ({@link Effects#ratioOfMeans}), not the mean of the replicates' ratios, which one replicate with
     * a chance swing in benefits can throw anywhere. In the order of {@link #appraisalSummary}.
     */
    public static List<String[]> bcrSummary(SweepDirectory dir) throws IOException {
        return bcrSummary(dir.root());
    }

    /** {@link #bcrSummary(SweepDirectory)} of the sweep whose tables are in {@code root}. */
    public static List<String[]> bcrSummary(Path root) throws IOException {
        Map<String, double[]> benefits = byPointAndArm(root, BENEFITS_UK);
        Map<String, double[]> costs = byPointAndArm(root, COSTS);
        List<String[]> out = new ArrayList<>();
        benefits.forEach((key, b) -> {
            double[] c = costs.get(key);
            if (c != null && c.length == b.length) {
                out.add(row(key, Effects.ratioOfMeans(b, c)));
            }
        });
        return out;
    }

    /** "point,arm" → the measure's value in each replicate, in the order of appraisal.csv. */
    private static Map<String, double[]> byPointAndArm(Path root, String measure) throws IOException {
        Map<String, List<Double>> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve("appraisal.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length > 4 && f[3].equals(measure)) {
                values.computeIfAbsent(f[0] + "," + f[1], k -> new ArrayList<>()).add(Double.parseDouble(f[4]));
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    private static String[] row(String key, Effects.Effect s) {
        String[] k = key.split(",");
        return new String[] {k[0], k[1], Double.toString(s.mean()), Double.toString(s.low()), Double.toString(s.high())};
    }

    private static void catalogue(Writer w, ExperimentLoader.Loaded loaded, SweepDirectory dir, List<SweepRun> plan) throws IOException {
        w.write("run,point,replicate,arm,seed,directory,scale,experiment\n");
        for (SweepRun r : plan) {
            TableIds ids = r.ids(loaded, scale(dir, r));
            w.write(ids.run() + "," + r.point() + "," + r.replicate() + "," + r.arm() + "," + r.seed() + ",runs/" + r.id() + ","
                    + Numbers.plain(ids.scale()) + "," + ids.experiment() + "\n");
        }
    }

    private static void points(Writer w, ExperimentLoader.Loaded loaded) throws IOException {
        List<Experiment.Factor> factors = loaded.experiment().factors();
        w.write("point");
        for (Experiment.Factor f : factors) {
            w.write(",\"" + f.path() + "\"");
        }
        w.write(",experiment\n");
        String experiment = SweepRun.sweepId(loaded);
        for (var p : loaded.points()) {
            w.write(Integer.toString(p.index()));
            for (double v : p.values()) {
                w.write("," + Numbers.plain(v));
            }
            w.write("," + experiment + "\n");
        }
    }

    /** Values of one run: (area, metric, month) → value, for the outputs' metrics, region and councils. */
    private static Map<String, Double> read(SweepDirectory dir, SweepRun run, List<String> metrics) throws IOException {
        Map<String, Double> values = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(dir.run(run.id()).resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                String area = f[4];
                if (!(area.startsWith("region:") || area.startsWith("council:")) || !metrics.contains(f[5])) {
                    continue;
                }
                values.put(area + "," + f[5] + "," + f[3], Double.parseDouble(f[6]));
            }
        }
        return values;
    }

    private static void effects(Writer w, ExperimentLoader.Loaded loaded, SweepDirectory dir, List<SweepRun> plan)
            throws IOException {
        w.write("point,arm,area,metric,month,mean_difference,ci_low,ci_high,baseline_mean,baseline_sd,replicates,scale,"
                + "experiment\n");
        String experiment = SweepRun.sweepId(loaded);
        List<String> metrics = loaded.experiment().outputs();
        int replicates = loaded.experiment().replicates();
        for (int p = 0; p < loaded.points().size(); p++) {
            List<Map<String, Double>> baseline = new ArrayList<>();
            double scale = Double.NaN;
            for (SweepRun r : plan) {
                if (r.point() == p && r.arm().equals(Experiment.BASELINE)) {
                    baseline.add(read(dir, r, metrics));
                    scale = scale(dir, r);
                }
            }
            String suffix = "," + Numbers.plain(scale) + "," + experiment + "\n";
            for (String arm : loaded.armNames().subList(1, loaded.armNames().size())) {
                List<Map<String, Double>> treated = new ArrayList<>();
                for (SweepRun r : plan) {
                    if (r.point() == p && r.arm().equals(arm)) {
                        treated.add(read(dir, r, metrics));
                    }
                }
                TreeMap<String, String> rows = new TreeMap<>(SweepTables::byAreaMetricMonth);
                for (String key : baseline.get(0).keySet()) {
                    double[] b = new double[replicates];
                    double[] t = new double[replicates];
                    boolean complete = true;
                    for (int i = 0; i < replicates; i++) {
                        Double bv = baseline.get(i).get(key);
                        Double tv = treated.get(i).get(key);
                        if (bv == null || tv == null) {
                            complete = false;
                            break;
                        }
                        b[i] = bv;
                        t[i] = tv;
                    }
                    if (!complete) {
                        continue;
                    }
                    Effects.Effect e = Effects.of(b, t);
                    double mean = java.util.Arrays.stream(b).average().orElse(Double.NaN);
                    rows.put(key, p + "," + arm + "," + key + "," + Numbers.plain(e.mean()) + "," + Numbers.plain(e.low()) + ","
                            + Numbers.plain(e.high()) + "," + Numbers.plain(mean) + "," + Numbers.plain(e.baselineSd())
                            + "," + replicates + suffix);
                }
                for (String row : rows.values()) {
                    w.write(row);
                }
            }
        }
    }

    /** The scale of a run (a factor may set it), from its manifest. */
    private static double scale(SweepDirectory dir, SweepRun run) throws IOException {
        try {
            return uk.lpip.runs.output.Manifest.read(dir.run(run.id()).resolve("manifest.json")).number("scale");
        } catch (uk.lpip.runs.output.Manifest.Invalid e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** area, then metric, then month as a number. */
    private static int byAreaMetricMonth(String a, String b) {
        int ia = a.lastIndexOf(',');
        int ib = b.lastIndexOf(',');
        int c = a.substring(0, ia).compareTo(b.substring(0, ib));
        return c != 0 ? c : Integer.compare(Integer.parseInt(a.substring(ia + 1)), Integer.parseInt(b.substring(ib + 1)));
    }
}

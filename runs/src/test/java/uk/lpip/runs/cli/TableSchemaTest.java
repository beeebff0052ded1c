package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.compare.PlaceComparison;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.output.Manifest;
import uk.lpip.runs.output.TableIds;
import uk.lpip.runs.output.TimeseriesCsv;
import uk.lpip.runs.output.WaterCsv;

/**
 * Every table of a paired run, a sweep and a comparison against its schema in docs/outputs.md
 * (columns in order), and the rules that hold for all of them: counts and money at full scale with
 * the scale in every row, a run id and experiment id in every row, ids no two runs share, plain
 * decimals, every override and the resolved scenario's hash in the manifest.
 */
class TableSchemaTest {
    @TempDir
    static Path tmp;
    static Path run;
    static Path sweep;
    static Path comparison;
    static Map<String, List<String>> documented;

    @BeforeAll
    static void writeResults() throws Exception {
        documented = schemas(Files.readString(Path.of("..", "docs", "outputs.md")));
        Path scenario = Files.writeString(tmp.resolve("paired.yaml"), String.join("\n",
                "extends: demo",
                "name: paired",
                "run: {months: 8, burn_in_months: 4}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 6, funder: uk_government,",
                "     intake: monthly, places_per_intake: 10, cost_per_place: 2400}",
                ""));
        CliRun r = CliRun.of("run", scenario.toString(), "--replicates", "2", "--no-charts", "--no-report",
                "--set", "run.seed=9", "--scale", "0.04", "--out", tmp.resolve("runs").toString());
        assertEquals(0, r.exitCode(), r.err());
        run = only(tmp.resolve("runs"));
        Path exp = Files.writeString(tmp.resolve("experiment.yaml"), String.join("\n",
                "name: schema", "scenario: paired.yaml", "replicates: 2",
                "factors:", "  - {path: \"interventions[0].places_per_intake\", values: [5, 20]}",
                "outputs: [employment_rate, employed]", ""));
        CliRun s = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("sweeps").toString(), "--no-report");
        assertEquals(0, s.exitCode(), s.err());
        sweep = tmp.resolve("sweeps/schema");
        Path cmp = Files.writeString(tmp.resolve("c.yaml"), String.join("\n",
                "name: cmp", "places: [rural-wales]", "set: [run.months=8, run.burn_in_months=4, run.scale=0.005]",
                "replicates: 2", "places_per_intake_per_1000_working_age: 2", "budget_per_working_age_resident: 10",
                "package:", "  - {type: skills_programme, name: skills, start_month: 1, end_month: 6, funder: partnership,",
                "     intake: monthly, places_per_intake: 1, cost_per_place: 2400}", ""));
        CliRun c = CliRun.of("compare", cmp.toString(), "--out", tmp.resolve("cmps").toString(), "--no-report");
        assertEquals(0, c.exitCode(), c.err());
        comparison = tmp.resolve("cmps/cmp");
    }

    @Test
    void everyTableHasTheColumnsItsSchemaInTheDocsLists() throws IOException {
        for (String t : List.of("timeseries.csv", "summary.csv", "effects.csv", "appraisal.csv", "sensitivity.csv",
                "additionality.csv", "participant-effects.csv", "participant-effects-summary.csv")) {
            assertEquals(documented.get("run: " + t), header(run.resolve(t)), "run: " + t);
        }
        assertEquals(documented.get("run: participant-effects.csv"), uk.lpip.runs.appraisal.ParticipantEffectsTables.COLUMNS);
        assertEquals(documented.get("run: participant-effects-summary.csv"),
                uk.lpip.runs.appraisal.ParticipantEffectsTables.SUMMARY_COLUMNS);
        assertEquals(documented.get("run: timeseries.csv"), List.of(TimeseriesCsv.HEADER.split(",")));
        assertEquals(documented.get("run: water.csv"), List.of(WaterCsv.HEADER.split(",")));
        for (String t : List.of("runs.csv", "effects.csv", "appraisal.csv", "additionality.csv")) {
            assertEquals(documented.get("sweep: " + t), header(sweep.resolve(t)), "sweep: " + t);
        }
        List<String> points = new ArrayList<>(documented.get("sweep: points.csv"));
        points.set(points.indexOf("<factor path>"), "interventions[0].places_per_intake");
        assertEquals(points, header(sweep.resolve("points.csv")));
        assertEquals(documented.get("comparison: compare.csv"), header(comparison.resolve("compare.csv")));
        assertEquals(documented.get("comparison: compare.csv"), PlaceComparison.COLUMNS);
        assertEquals(documented.get("comparison: compare-councils.csv"), header(comparison.resolve("compare-councils.csv")));
        assertEquals(documented.get("comparison: compare-appraisal.csv"), header(comparison.resolve("compare-appraisal.csv")));
        Path place;
        try (Stream<Path> dirs = Files.list(comparison)) {
            place = dirs.filter(p -> p.getFileName().toString().startsWith("rural-wales-")).findFirst().orElseThrow();
        }
        assertEquals(documented.get("comparison: place run effects.csv"), header(place.resolve("effects.csv")));
        assertEquals(documented.get("run: summary.csv"), header(place.resolve("summary.csv")), "a place's summary is a run's");
        assertEquals(18, documented.size(), "every documented table is checked: " + documented.keySet());
    }

    @Test
    void everyRowNamesItsRunAndExperimentAndScaleAndHoldsPlainDecimals() throws Exception {
        Manifest m = Manifest.read(run.resolve("manifest.json"));
        String id = m.text("run");
        for (String t : List.of("timeseries.csv", "summary.csv", "effects.csv", "appraisal.csv", "additionality.csv",
                "participant-effects.csv", "participant-effects-summary.csv")) {
            CsvRows rows = CsvRows.read(run.resolve(t));
            assertFalse(rows.rows().isEmpty(), t);
            for (String[] r : rows.rows()) {
                assertEquals(id, r[rows.column("run")], t);
                assertEquals("", r[rows.column("experiment")], t);
                assertEquals("0.04", r[rows.column("scale")], t);
                for (String f : r) {
                    assertFalse(f.matches("-?[0-9.]+E-?[0-9]+"), "a plain decimal in " + t + ": " + f);
                }
            }
        }
        String sweepId = TableIds.sweep("schema", Files.readString(sweep.resolve("experiment.yaml")));
        Set<String> sweepRuns = new HashSet<>();
        for (String[] r : CsvRows.read(sweep.resolve("runs.csv")).rows()) {
            assertTrue(sweepRuns.add(r[0]), "no two runs of a sweep share an id: " + r[0]);
            assertEquals(sweepId, r[7]);
            CsvRows ts = CsvRows.read(sweep.resolve(r[5]).resolve("timeseries.csv"));
            assertEquals(r[0], ts.rows().get(0)[0], "a sweep run's rows carry its id");
            assertEquals(sweepId, ts.rows().get(0)[ts.column("experiment")]);
        }
        assertEquals(8, sweepRuns.size());
        assertFalse(sweepRuns.contains(id));
        CsvRows cmp = CsvRows.read(comparison.resolve("compare.csv"));
        String placeRun = cmp.rows().get(0)[cmp.column("run")];
        Path placeDir = comparison.resolve(cmp.rows().get(0)[cmp.column("directory")]);
        assertEquals(placeRun, Manifest.read(placeDir.resolve("manifest.json")).text("run"));
        assertEquals(cmp.rows().get(0)[cmp.column("experiment")],
                CsvRows.read(placeDir.resolve("timeseries.csv")).rows().get(0)[8], "the place's rows name the comparison");
        assertNotEquals(placeRun, id);
    }

    @Test
    void everyChartOfASweepAndAComparisonIsListedWithItsChecksumPngAndSvg() throws Exception {
        for (Path[] dirAndList : new Path[][] {{sweep, sweep.resolve("charts.json")}, {comparison, comparison.resolve("comparison.json")}}) {
            Manifest listing = Manifest.read(dirAndList[1]);
            List<Path> charts;
            try (Stream<Path> s = Files.list(dirAndList[0].resolve("charts"))) {
                charts = s.toList();
            }
            assertTrue(charts.stream().anyMatch(p -> p.toString().endsWith(".svg")), charts.toString());
            for (Path chart : charts) {
                Manifest.Output o = listing.outputs().get("charts/" + chart.getFileName());
                assertTrue(o != null, dirAndList[1] + " lists " + chart.getFileName());
                assertEquals(uk.lpip.runs.output.AtomicFiles.sha256(chart), o.sha256());
            }
        }
        assertTrue(Manifest.read(comparison.resolve("comparison.json")).outputs().containsKey("compare.csv"));
    }

    @Test
    void theDocsEffectsQueryReturnsIntervalsFromRunsAndSweepsAlike() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "experiments.md"));
        int at = doc.indexOf("./lpip query \"SELECT point, arm, mean_difference, ci_low, ci_high FROM effects");
        assertTrue(at >= 0, "the query is in docs/experiments.md");
        String sql = doc.substring(doc.indexOf('"', at) + 1, doc.indexOf('"', doc.indexOf('"', at) + 1))
                .replace("month = 35", "month = 7").replaceAll("\\s+", " ");
        CliRun q = CliRun.of("query", sql, "--results", tmp.toString(), "--csv");
        assertEquals(0, q.exitCode(), q.err());
        List<String> lines = q.out().lines().toList();
        assertEquals("point,arm,mean_difference,ci_low,ci_high", lines.get(0));
        // two design points of the sweep, the paired run (no arm column) and the comparison's place (arm: its package)
        assertEquals(5, lines.size(), "two design points, the paired run and the comparison's place: " + lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"\",package,")),
                "the comparison's place, by its package: " + lines);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertTrue(Double.parseDouble(f[3]) <= Double.parseDouble(f[2]) && Double.parseDouble(f[2]) <= Double.parseDouble(f[4]),
                    "an interval around the mean: " + line);
        }
    }

    @Test
    void aSweepLoadedFromParquetEqualsItsCsvsWithTheFactorValuesInline() throws Exception {
        CsvRows effects = CsvRows.read(sweep.resolve("effects.csv"));
        Map<String, String> factor = new LinkedHashMap<>();
        for (String[] p : CsvRows.read(sweep.resolve("points.csv")).rows()) {
            factor.put(p[0], p[1]);
        }
        List<List<String>> parquet = duckdb("SELECT * FROM '" + sweep.resolve("effects.parquet") + "'");
        assertEquals(new ArrayList<>(effects.header()) {{ add("interventions[0].places_per_intake"); }}, parquet.get(0));
        assertEquals(effects.rows().size(), parquet.size() - 1);
        for (int i = 0; i < effects.rows().size(); i++) {
            String[] csv = effects.rows().get(i);
            List<String> row = parquet.get(i + 1);
            for (int c = 0; c < csv.length; c++) {
                assertSameValue(csv[c], row.get(c), "effects row " + i + " column " + effects.header().get(c));
            }
            assertSameValue(factor.get(csv[0]), row.get(csv.length), "the point's factor value inline");
        }
        // every run's time series in one file, each row with its point and factor value
        long rows = 0;
        for (String[] r : CsvRows.read(sweep.resolve("runs.csv")).rows()) {
            rows += CsvRows.read(sweep.resolve(r[5]).resolve("timeseries.csv")).rows().size();
        }
        List<List<String>> count = duckdb("SELECT count(*), count(DISTINCT run), count(\"interventions[0].places_per_intake\") FROM '"
                + sweep.resolve("timeseries.parquet") + "'");
        assertEquals(List.of(Long.toString(rows), "8", Long.toString(rows)), count.get(1));
        // and a run's own Parquet is its CSV, row for row
        CsvRows ts = CsvRows.read(run.resolve("timeseries.csv"));
        List<List<String>> back = duckdb("SELECT * FROM '" + run.resolve("timeseries.parquet") + "'");
        assertEquals(ts.header(), back.get(0));
        assertEquals(ts.rows().size(), back.size() - 1);
        for (int i = 0; i < ts.rows().size(); i += 97) {
            for (int c = 0; c < ts.header().size(); c++) {
                assertSameValue(ts.rows().get(i)[c], back.get(i + 1).get(c), "timeseries row " + i);
            }
        }
        assertTrue(Manifest.read(run.resolve("manifest.json")).outputs().containsKey("timeseries.parquet"));
        assertTrue(Manifest.read(sweep.resolve("sweep.json")).outputs().containsKey("effects.parquet"));
        assertTrue(Files.size(comparison.resolve("compare.parquet")) > 0);
    }

    private static void assertSameValue(String csv, String parquet, String what) {
        if (csv.isEmpty()) {
            assertEquals("", parquet, what);
        } else if (csv.matches("-?[0-9.]+|NaN")) {
            assertEquals(Double.parseDouble(csv), Double.parseDouble(parquet), 0.0, what);
        } else {
            assertEquals(csv, parquet, what);
        }
    }

    /** A query with DuckDB, as a reader of the Parquet files would run it. */
    private static List<List<String>> duckdb(String sql) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        List<List<String>> out = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            java.sql.ResultSetMetaData md = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                header.add(md.getColumnLabel(i));
            }
            out.add(header);
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? "" : v.toString());
                }
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void theManifestRecordsEveryOverrideAndTheResolvedScenariosHash() throws Exception {
        Manifest m = Manifest.read(run.resolve("manifest.json"));
        assertEquals(List.of("run.scale=0.04", "run.seed=9"), m.texts("overrides"));
        assertEquals(uk.lpip.runs.output.AtomicFiles.sha256(run.resolve("scenario.yaml")), m.text("scenario_sha256"));
        assertTrue(m.text("scenario_file").endsWith("paired.yaml"));
        assertEquals(9L, m.whole("seed"));
    }

    @Test
    void countsAndMoneyAreAtFullScaleAndSharesAsSimulated() throws Exception {
        // the same place at twice the scale: the simulated people double, the full-scale figures stay put
        CliRun r = CliRun.of("run", "--months", "2", "--burn-in", "2", "--scale", "0.08", "--seed", "9", "--no-charts",
                "--no-report", "--out", tmp.resolve("double").toString());
        assertEquals(0, r.exitCode(), r.err());
        CliRun half = CliRun.of("run", "--months", "2", "--burn-in", "2", "--scale", "0.04", "--seed", "9", "--no-charts",
                "--no-report", "--out", tmp.resolve("single").toString());
        assertEquals(0, half.exitCode(), half.err());
        double[] big = regionAtStart(only(tmp.resolve("double")));
        double[] small = regionAtStart(only(tmp.resolve("single")));
        // population, employed, earnings at full scale agree within sampling noise, not 2:1. The demo has
        // 7,850 residents, so at scale 0.04 about 140 workers: total earnings vary by about 4% a run (pay's
        // spread over the square root of the workers) and the ratio of the two runs by about 5%, so earnings
        // are held to ±15% (±5% failed on a change of firm sizes alone); the counts to ±5%
        double[] tolerance = {0.05, 0.05, 0.15};
        for (int k = 0; k < 3; k++) {
            assertEquals(1.0, big[k] / small[k], tolerance[k], "full scale, metric " + k);
            assertEquals(2.0, big[k] * 0.08 / (small[k] * 0.04), 2 * tolerance[k], "the simulated totals are value × scale");
        }
        assertEquals(small[3], big[3], 0.03, "the employment rate is a share, the same at either scale");
        // the demo place's residents as its scenario declares them, at full scale (its zones' populations)
        double declared = uk.lpip.scenarios.load.ScenarioLoader.load("demo", List.of()).region().zones().stream()
                .mapToDouble(z -> z.population()).sum();
        assertEquals(1.0, small[0] / declared, 0.05, "the population at full scale: " + small[0] + " of " + declared);
    }

    /** The region's population, employed, earnings and employment rate in month 0. */
    private static double[] regionAtStart(Path dir) throws IOException {
        double[] out = new double[4];
        List<String> metrics = List.of("population", "employed", "earnings", "employment_rate");
        for (String[] r : CsvRows.read(dir.resolve("timeseries.csv")).rows()) {
            if (r[3].equals("0") && r[4].startsWith("region:") && metrics.contains(r[5])) {
                out[metrics.indexOf(r[5])] = Double.parseDouble(r[6]);
            }
        }
        return out;
    }

    private static List<String> header(Path csv) throws IOException {
        return CsvRows.read(csv).header();
    }

    private static Path only(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            List<Path> dirs = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            assertEquals(1, dirs.size(), dirs.toString());
            return dirs.get(0);
        }
    }

    /** The column lists under "## Table schemas": "### run: `effects.csv`" → its first column's names. */
    static Map<String, List<String>> schemas(String doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String section = doc.substring(doc.indexOf("## Table schemas"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        String table = null;
        for (String line : section.split("\n")) {
            if (line.startsWith("### ")) {
                table = line.substring(4).replace("`", "");
                out.put(table, new ArrayList<>());
            } else if (table != null && line.startsWith("| `")) {
                out.get(table).add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        return out;
    }
}

package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.output.Money;

/**
 * {@code report.html} for a place comparison (lpip compare), for the LPIP Hub: for each package,
 * where it works best and worst and how sure we are, value for money in each place, the matrix
 * charts (forest plot and heat maps), the matrix as a table, the comparison as run, and how to
 * reproduce it. Read from compare.csv and comparison.yaml.
 */
public final class CompareReport {
    private CompareReport() {
    }

    /** One cell of the matrix as read back from compare.csv. */
    private record Cell(String pkg, String place, double workingAge, int places, double spend, double[] jobs, double[] rate,
                        double costPerJob, double[] bcr, int replicates, String directory, double precisionTarget,
                        String precisionReached) { }

    public static Path write(Path root, String version) throws IOException {
        String name = root.getFileName().toString();
        List<Cell> cells = read(root);
        Map<String, List<Cell>> byPackage = new LinkedHashMap<>();
        cells.forEach(c -> byPackage.computeIfAbsent(c.pkg(), k -> new ArrayList<>()).add(c));
        long placeCount = cells.stream().map(Cell::place).distinct().count();
        int fewest = cells.stream().mapToInt(Cell::replicates).min().orElse(0);
        int most = cells.stream().mapToInt(Cell::replicates).max().orElse(0);
        String replicates = fewest == most ? Integer.toString(most) : fewest + "–" + most;
        Html h = new Html();
        h.open(name + " — what works where");
        h.tag("h1", "What works where: " + name);
        h.tag("p", byPackage.size() + " package" + (byPackage.size() == 1 ? "" : "s") + " × " + placeCount + " places · "
                + replicates + " paired replicates per place · lpip " + version, "meta");
        String precision = precision(cells);
        if (!precision.isEmpty()) {
            h.tag("p", precision);
        }
        h.tag("h2", "Summary");
        h.raw("<ul class=\"summary\">");
        byPackage.forEach((pkg, list) -> summary(pkg, list).forEach(line -> h.tag("li", line)));
        h.raw("</ul>");
        h.tag("p", "Each package is scaled to each place by its residents aged 16–64, so places are compared on equal terms. "
                + "Jobs and money are at full scale; intervals are 95% Student-t intervals over paired replicates. A simulation "
                + "of stylised places, not a forecast.", "note");
        Map<String, String> names = CompareDetailSection.placeNames(root.resolve("compare.csv"));
        CompareDetailSection.writeMaps(h, root.resolve("compare-councils.csv"), names);
        h.tag("h2", "Charts");
        h.figures(root.resolve("charts"), ChartOrder.compare());
        h.tag("h2", "The matrix");
        List<List<String>> rows = new ArrayList<>();
        for (Cell c : cells) {
            rows.add(List.of(c.pkg(), c.place(), String.format(Locale.ROOT, "%,.0f", c.workingAge()), Integer.toString(c.places()),
                    Money.pounds(c.spend(), 0), Html.interval(c.jobs()[0], c.jobs()[1], c.jobs()[2], "%,.0f"),
                    Html.interval(c.rate()[0], c.rate()[1], c.rate()[2], "%+.2f"),
                    Double.isFinite(c.costPerJob()) ? Money.pounds(c.costPerJob(), 0) : "–",
                    Html.interval(c.bcr()[0], c.bcr()[1], c.bcr()[2], "%.1f") + " ("
                            + uk.lpip.runs.appraisal.ValueForMoney.withInterval(c.bcr()[0], c.bcr()[1], c.bcr()[2]) + ")"));
        }
        h.table(List.of("package", "place", "aged 16–64", "places per intake", "spend", "net jobs at horizon",
                "employment rate, pp", "cost per net job", "BCR, UK society (value for money)"), rows);
        CompareDetailSection.writePerspectives(h, root.resolve("compare-appraisal.csv"), names);
        h.tag("h2", "What was assumed");
        h.tag("p", "The comparison as run: its places, overrides, scaling rules and packages. Each place's resolved scenario is "
                + "in its run directory (scenario.yaml). Calibration status: see docs/calibration.md.");
        Path file = root.resolve("comparison.yaml");
        h.tag("pre", Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "(comparison.yaml missing)");
        h.tag("h2", "How to reproduce it");
        h.tag("p", "Run the comparison again, or rerun one place and check its files byte for byte against its manifest:");
        StringBuilder cmds = new StringBuilder("./lpip compare " + name + "/comparison.yaml --out " + name + "-again");
        cells.stream().map(Cell::directory).distinct().forEach(d -> cmds.append("\n./lpip rerun ").append(name).append('/')
                .append(d).append("/manifest.json"));
        h.tag("pre", cmds.toString());
        h.close();
        return h.writeTo(root);
    }

    private static List<String> summary(String pkg, List<Cell> list) {
        return CompareSummary.lines(pkg, list.stream().map(c -> new CompareSummary.Estimate(c.place(), c.rate(), c.bcr(), c.spend(),
                c.costPerJob())).toList());
    }

    /** The precision target and, place by place, whether it was reached and after how many replicates; empty without one. */
    static String precision(List<Cell> cells) {
        if (cells.isEmpty() || !Double.isFinite(cells.get(0).precisionTarget())) {
            return "";
        }
        Map<String, List<Cell>> byPlace = new LinkedHashMap<>();
        cells.forEach(c -> byPlace.computeIfAbsent(c.place(), k -> new ArrayList<>()).add(c));
        List<String> reached = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        byPlace.forEach((place, list) -> {
            double widest = list.stream().mapToDouble(c -> (c.rate()[2] - c.rate()[1]) / 2).max().orElse(Double.NaN);
            String line = String.format(Locale.ROOT, "%s (±%.3f pp after %d replicates)", place, widest, list.get(0).replicates());
            (list.get(0).precisionReached().equals("true") ? reached : missed).add(line);
        });
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Precision target: every package's change in the "
                + "employment rate within ±%s percentage points (95%%), replicates added place by place up to a cap. ",
                trim(cells.get(0).precisionTarget())));
        b.append(reached.isEmpty() ? "Reached in no place. " : "Reached in " + String.join(", ", reached) + ". ");
        if (!missed.isEmpty()) {
            b.append("Not reached at the cap in ").append(String.join(", ", missed))
                    .append(": those intervals are wider than the target.");
        }
        return b.toString().trim();
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    private static List<Cell> read(Path root) throws IOException {
        CsvRows t = CsvRows.read(root.resolve("compare.csv"));
        List<Cell> out = new ArrayList<>();
        for (String[] r : t.rows()) {
            out.add(new Cell(r[t.column("package")], r[t.column("region")], num(r[t.column("working_age_residents")]),
                    Integer.parseInt(r[t.column("places_per_intake")]), num(r[t.column("spend")]), triple(t, r, "net_jobs"),
                    triple(t, r, "employment_rate_pp"), num(r[t.column("cost_per_net_job")]), triple(t, r, "bcr_uk"),
                    Integer.parseInt(r[t.column("replicates")]), r[t.column("directory")],
                    t.column("precision_target_pp") >= 0 ? num(r[t.column("precision_target_pp")]) : Double.NaN,
                    t.column("precision_reached") >= 0 ? r[t.column("precision_reached")] : ""));
        }
        return out;
    }

    private static double[] triple(CsvRows t, String[] r, String column) {
        return new double[] {num(r[t.column(column)]), num(r[t.column(column + "_low")]), num(r[t.column(column + "_high")])};
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}

package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.Effects;
import uk.lpip.runs.appraisal.ValueForMoney;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.viz.HexMap;

/**
 * The comparison report's appraisal by perspective (from compare-appraisal.csv: each package in
 * each place, mean over replicates with its 95% interval, and the DfT value-for-money category) and
 * its maps (from compare-councils.csv: one hex map per place with ONS council codes and package,
 * each council coloured by the package's effect on its employment rate, grey where the interval
 * includes zero; drawn only with two or more replicates, as the run report's map).
 */
final class CompareDetailSection {
    /** Columns of the perspectives table: measure in compare-appraisal.csv and its label. */
    private static final List<String[]> PERSPECTIVES = List.of(
            new String[] {"pv_benefits_target_area", "Place: target area"},
            new String[] {"pv_benefits_rest_of_region", "Place: rest of the region"},
            new String[] {"pv_benefits_rest_of_uk", "Place: rest of the UK (displacement)"},
            new String[] {"pv_benefits_uk", "UK society: benefits"},
            new String[] {"npv_uk", "UK society: net present value"},
            new String[] {"npv_exchequer", "Exchequer: net position"});

    private CompareDetailSection() {
    }

    /** Place (scenario name) → its name for readers, from compare.csv's place and region columns. */
    static Map<String, String> placeNames(Path compareCsv) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (Files.exists(compareCsv)) {
            CsvRows t = CsvRows.read(compareCsv);
            t.rows().forEach(r -> out.put(r[t.column("place")], r[t.column("region")]));
        }
        return out;
    }

    static void writePerspectives(Html h, Path csv, Map<String, String> names) throws IOException {
        if (!Files.exists(csv)) {
            return;
        }
        CsvRows t = CsvRows.read(csv);
        // package × place → measure → replicate values, in the order of the table
        Map<List<String>, Map<String, List<Double>>> by = new LinkedHashMap<>();
        for (String[] r : t.rows()) {
            String v = r[t.column("value")];
            String place = r[t.column("place")];
            by.computeIfAbsent(List.of(r[t.column("package")], names.getOrDefault(place, place)), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r[t.column("measure")], k -> new ArrayList<>()).add(v.isEmpty() ? Double.NaN : Double.parseDouble(v));
        }
        if (by.isEmpty()) {
            return;
        }
        List<String> header = new ArrayList<>(List.of("package", "place"));
        PERSPECTIVES.forEach(p -> header.add(p[1] + ", £"));
        header.add("BCR, UK society (value for money)");
        List<List<String>> rows = new ArrayList<>();
        by.forEach((key, measures) -> {
            List<String> row = new ArrayList<>(key);
            for (String[] p : PERSPECTIVES) {
                double[] e = mean(measures.get(p[0]));
                row.add(e == null ? "–" : Html.interval(e[0], e[1], e[2], "%,.0f"));
            }
            double[] b = ratioOfMeans(measures.get("pv_benefits_uk"), measures.get("pv_costs_appraisal_period"));
            row.add(b == null ? "–" : Html.interval(b[0], b[1], b[2], "%.2f") + " (" + ValueForMoney.withInterval(b[0], b[1], b[2]) + ")");
            rows.add(row);
        });
        h.tag("h2", "Who gains: the appraisal by perspective");
        h.tag("p", "Present values at full scale over the appraisal period, mean [95% interval] over the paired replicates: the "
                + "benefits to the target area, the rest of the region and the rest of the UK (they add up to the UK-society "
                + "benefits), UK society's net present value and the Exchequer's net position; the UK benefit–cost ratio is mean "
                + "benefits over mean costs (delta-method interval), not the mean of the replicates' ratios, and its "
                + "value-for-money category is DfT's (docs/appraisal.md).", "note");
        h.table(header, rows);
    }

    static void writeMaps(Html h, Path csv, Map<String, String> names) throws IOException {
        if (!Files.exists(csv)) {
            return;
        }
        CsvRows t = CsvRows.read(csv);
        Map<List<String>, List<HexMap.Cell>> maps = new LinkedHashMap<>();
        Map<List<String>, Boolean> drawable = new LinkedHashMap<>();
        for (String[] r : t.rows()) {
            String place = r[t.column("place")];
            List<String> key = List.of(names.getOrDefault(place, place), r[t.column("package")]);
            boolean ok = !r[t.column("code")].isEmpty() && Integer.parseInt(r[t.column("replicates")]) >= 2;
            drawable.merge(key, ok, Boolean::logicalAnd);
            maps.computeIfAbsent(key, k -> new ArrayList<>()).add(new HexMap.Cell(r[t.column("code")], r[t.column("name")],
                    num(r[t.column("employment_rate_pp")]), num(r[t.column("employment_rate_pp_low")]),
                    num(r[t.column("employment_rate_pp_high")])));
        }
        maps.keySet().removeIf(k -> !drawable.get(k));
        if (maps.isEmpty()) {
            return;
        }
        h.tag("h2", "Where the effect falls");
        h.tag("p", "For each place whose councils have ONS codes and each package: each council's change in the employment rate "
                + "(ages 16–64) at the horizon, package less baseline, mean over the paired replicates with its 95% interval; a "
                + "council whose interval includes zero is grey.");
        maps.forEach((key, cells) -> h.raw(HexMap.svg("'" + key.get(1) + "' in " + key.get(0)
                + ": employment-rate effect at the horizon, by council", cells, "%+.2f pp")));
    }

    private static double[] mean(List<Double> values) {
        if (values == null) {
            return null;
        }
        Effects.Effect e = Effects.ofValues(values.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray());
        return new double[] {e.mean(), e.low(), e.high()};
    }

    /** The UK BCR as compare.csv gives it: mean benefits over mean costs, with a delta-method interval. */
    private static double[] ratioOfMeans(List<Double> num, List<Double> den) {
        if (num == null || den == null || num.size() != den.size()) {
            return null;
        }
        Effects.Effect e = Effects.ratioOfMeans(num.stream().mapToDouble(Double::doubleValue).toArray(),
                den.stream().mapToDouble(Double::doubleValue).toArray());
        return new double[] {e.mean(), e.low(), e.high()};
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}

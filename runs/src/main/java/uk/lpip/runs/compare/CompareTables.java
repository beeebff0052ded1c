package uk.lpip.runs.compare;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lpip.runs.appraisal.Perspectives;
import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TextCsv;

/**
 * A comparison's tables beside compare.csv: {@code compare-councils.csv} (each package's effect on
 * each council's employment rate at the horizon, with its 95% interval over paired replicates) and
 * {@code compare-appraisal.csv} (each package's Green Book perspectives in each place, replicate by
 * replicate, as a run's appraisal.csv).
 */
public final class CompareTables {
    /** compare-councils.csv's columns. */
    public static final List<String> COUNCIL_COLUMNS = List.of("package", "place", "council", "code", "name",
            "employment_rate_pp", "employment_rate_pp_low", "employment_rate_pp_high", "replicates");

    /** compare-appraisal.csv's columns. */
    public static final List<String> APPRAISAL_COLUMNS = List.of("package", "place", "replicate", "measure", "value");

    private CompareTables() {
    }

    /** Keeps one replicate's perspectives (of {@code n}) under the names a run's appraisal.csv gives them. */
    static void record(Map<String, double[]> measures, Perspectives p, int replicate, int n) {
        put(measures, "pv_costs_appraisal_period", p.pvCosts(), replicate, n);
        put(measures, "pv_benefits_uk", p.pvUk(), replicate, n);
        put(measures, "npv_uk", p.npvUk(), replicate, n);
        put(measures, "bcr_uk", p.bcrUk(), replicate, n);
        put(measures, "pv_benefits_target_area", p.pvTarget(), replicate, n);
        put(measures, "pv_benefits_rest_of_region", p.pvRestOfRegion(), replicate, n);
        put(measures, "pv_benefits_rest_of_uk", p.pvRestOfUk(), replicate, n);
        put(measures, "pv_exchequer_receipts", p.pvReceipts(), replicate, n);
        put(measures, "pv_exchequer_benefit_savings", p.pvBenefitSavings(), replicate, n);
        put(measures, "npv_exchequer", p.npvExchequer(), replicate, n);
    }

    private static void put(Map<String, double[]> measures, String name, double value, int replicate, int n) {
        measures.computeIfAbsent(name, k -> new double[n])[replicate] = value;
    }

    public static void writeCouncils(Writer w, List<PlaceComparison.Row> rows) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (PlaceComparison.Row r : rows) {
            for (PlaceComparison.CouncilEffect c : r.councils()) {
                out.add(List.of(r.packageName(), r.place(), c.id(), c.code() == null ? "" : c.code(), c.name(),
                        num(c.employmentRatePoints().mean()), num(c.employmentRatePoints().low()),
                        num(c.employmentRatePoints().high()), Integer.toString(c.employmentRatePoints().replicates())));
            }
        }
        TextCsv.write(w, COUNCIL_COLUMNS, out);
    }

    public static void writeAppraisal(Writer w, List<PlaceComparison.Row> rows) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (PlaceComparison.Row r : rows) {
            r.appraisal().forEach((measure, values) -> {
                for (int i = 0; i < values.length; i++) {
                    out.add(List.of(r.packageName(), r.place(), Integer.toString(i), measure, num(values[i])));
                }
            });
        }
        TextCsv.write(w, APPRAISAL_COLUMNS, out);
    }

    private static String num(double v) {
        return Numbers.plainOrEmpty(v);
    }
}

package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lpip.runs.Effects;
import uk.lpip.runs.appraisal.AppraisalSummary;
import uk.lpip.runs.appraisal.SwitchingValue;
import uk.lpip.runs.appraisal.ValueForMoney;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.output.Money;

/**
 * The run report's appraisal, from the run's appraisal.csv and sensitivity.csv: the headline
 * sentence (UK benefit–cost ratio with its interval and value-for-money category, or the
 * single-replicate warning), the perspectives table, the switching value on the means and the
 * sensitivity table.
 */
final class AppraisalSection {
    /** Rows of the perspectives table: measure in appraisal.csv and its label. */
    private static final List<String[]> PERSPECTIVES = List.of(
            new String[] {"pv_costs_appraisal_period", "Costs with optimism bias"},
            new String[] {"pv_benefits_uk", "UK society: benefits (headline)"},
            new String[] {"pv_labour_cost_gain", "  labour cost of the additional work (earnings + employer NI)"},
            new String[] {"pv_non_market_time_given_up", "  less non-market time given up"},
            new String[] {"pv_commuting_time_saved", "  commuting time saved"},
            new String[] {"pv_output_beyond_labour_cost", "  output beyond labour cost (broadband, water)"},
            new String[] {"npv_uk", "UK society: net present value"},
            new String[] {"pv_benefits_target_area", "Place: target area"},
            new String[] {"pv_benefits_rest_of_region", "Place: rest of the region"},
            new String[] {"pv_benefits_rest_of_uk", "Place: rest of the UK (displacement)"},
            new String[] {"pv_exchequer_receipts", "Exchequer: tax and NI receipts"},
            new String[] {"pv_exchequer_benefit_savings", "Exchequer: benefit savings"},
            new String[] {"npv_exchequer", "Exchequer: net position"});

    private AppraisalSection() {
    }

    /** The summary sentence on the appraisal: the headline with intervals, or the warning for one replicate. */
    static String headline(List<String[]> appraisal, int replicates) {
        Map<String, double[]> m = means(appraisal);
        if (!m.containsKey("bcr_uk")) {
            return null;
        }
        String costs = "At full scale the interventions cost " + Money.pounds(m.get("costs")[0], 0) + " ("
                + Money.pounds(m.get("costs_with_optimism_bias")[0], 0) + " with optimism bias)";
        if (replicates < 2) {
            return costs + ". " + AppraisalSummary.ONE_DRAW_WARNING;
        }
        double[] b = m.get("bcr_uk");
        return costs + String.format(Locale.ROOT, "; the benefit–cost ratio to UK society is %s (mean over %d replicates [95%% "
                        + "interval]): %s value for money; the Exchequer gets back %s per £1.", Html.interval(b[0], b[1], b[2], "%.2f"),
                replicates, ValueForMoney.withInterval(b[0], b[1], b[2]), Money.pounds(m.get("exchequer_return_per_pound")[0], 2));
    }

    static void write(Html h, List<String[]> appraisal, Path sensitivityCsv, int replicates) throws IOException {
        Map<String, double[]> m = means(appraisal);
        if (!m.containsKey("bcr_uk")) {
            return;
        }
        if (replicates < 2) {
            h.tag("p", AppraisalSummary.ONE_DRAW_WARNING, "note");
        } else {
            double[] b = m.get("bcr_uk");
            h.tag("p", "Benefit–cost ratio to UK society " + Html.interval(b[0], b[1], b[2], "%.2f") + ": "
                    + ValueForMoney.withInterval(b[0], b[1], b[2]) + " value for money (DfT categories). Switching value (on the "
                    + "means): " + SwitchingValue.of(m.get("pv_benefits_uk")[0], m.get("pv_costs_appraisal_period")[0]).statement()
                    + ".");
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] p : PERSPECTIVES) {
            double[] v = m.get(p[0]);
            if (v != null) {
                rows.add(List.of(p[1], money(v[0]), replicates > 1 && Double.isFinite(v[1]) ? money(v[1]) + " to " + money(v[2]) : "–"));
            }
        }
        h.table(List.of("present value, £", "mean over replicates", "95% interval"), rows);
        netJobs(h, m, replicates);
        h.tag("p", "Green Book 2022 with its place-based guidance: additional work valued at labour cost net of the non-market "
                + "time given up, commuting time at the TAG value of time, over the appraisal period with effects decaying beyond "
                + "the simulated horizon, 2024/25 prices, discounted at 3.5% a year; see docs/appraisal.md for each convention "
                + "and its source.", "note");
        if (replicates > 1 && Files.exists(sensitivityCsv)) {
            CsvRows s = CsvRows.read(sensitivityCsv);
            List<List<String>> table = new ArrayList<>();
            for (String[] r : s.rows()) {
                table.add(List.of(r[s.column("assumption")], r[s.column("default")], r[s.column("low")] + ": "
                        + ratio(r[s.column("bcr_uk_low")]), r[s.column("high")] + ": " + ratio(r[s.column("bcr_uk_high")])));
            }
            h.tag("h3", "Sensitivity of the UK benefit–cost ratio");
            h.table(List.of("assumption", "default", "low: BCR", "high: BCR"), table);
            h.tag("p", "Each assumption at the ends of its range with the others at their defaults, the widest swing first.", "note");
        }
    }

    /** Rows of the net jobs table: measure in appraisal.csv and its label. */
    private static final List<String[]> NET_JOBS = List.of(
            new String[] {"net_jobs_target_area", "Target area"},
            new String[] {"net_jobs_rest_of_region", "Rest of the region"},
            new String[] {"net_jobs_rest_of_uk", "Rest of the UK (assumption: displaced demand-side gains)"},
            new String[] {"net_jobs_uk", "UK"});

    /** Net additional jobs at the horizon by area, with intervals over replicates. */
    private static void netJobs(Html h, Map<String, double[]> m, int replicates) {
        if (!m.containsKey("net_jobs_uk")) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] p : NET_JOBS) {
            double[] v = m.get(p[0]);
            rows.add(List.of(p[1], money(v[0]), replicates > 1 && Double.isFinite(v[1]) ? money(v[1]) + " to " + money(v[2]) : "–"));
        }
        h.tag("h3", "Net additional jobs at the horizon, by area");
        h.table(List.of("employed residents, full scale", "mean over replicates", "95% interval"), rows);
        h.tag("p", "The arms' difference in employed residents (16–64) in the last recorded month, by where they live; the rest of "
                + "the UK is the appraisal's assumption of how much of the region's gain from demand-side interventions (wage "
                + "subsidy, broadband, transport) is displaced from elsewhere in the UK (docs/appraisal.md); supply-side gains "
                + "are not displaced.", "note");
    }

    /**
     * Mean over replicates, with the interval where there are several: [mean, low, high]. The two
     * ratios, {@code bcr_uk} and {@code exchequer_return_per_pound}, are ratios of the means with a
     * delta-method interval ({@link Effects#ratioOfMeans}), as the printed summary gives them, not the
     * mean of the replicates' ratios.
     */
    static Map<String, double[]> means(List<String[]> appraisal) {
        Map<String, List<Double>> by = new LinkedHashMap<>();
        for (String[] r : appraisal) {
            by.computeIfAbsent(r[1], k -> new ArrayList<>()).add(Double.parseDouble(r[2]));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        by.forEach((k, v) -> {
            double[] x = v.stream().mapToDouble(Double::doubleValue).filter(d -> !Double.isNaN(d)).toArray();
            Effects.Effect e = Effects.ofValues(x);
            out.put(k, new double[] {e.mean(), e.low(), e.high()});
        });
        double[] costs = values(by.get("pv_costs_appraisal_period"));
        double[] uk = values(by.get("pv_benefits_uk"));
        double[] receipts = values(by.get("pv_exchequer_receipts"));
        double[] savings = values(by.get("pv_exchequer_benefit_savings"));
        if (out.containsKey("bcr_uk") && costs != null && uk != null && uk.length == costs.length) {
            out.put("bcr_uk", triple(Effects.ratioOfMeans(uk, costs)));
        }
        if (out.containsKey("exchequer_return_per_pound") && costs != null && receipts != null && savings != null
                && receipts.length == costs.length && savings.length == costs.length) {
            double[] back = new double[costs.length];
            for (int r = 0; r < back.length; r++) {
                back[r] = receipts[r] + savings[r];
            }
            out.put("exchequer_return_per_pound", triple(Effects.ratioOfMeans(back, costs)));
        }
        return out;
    }

    private static double[] values(List<Double> v) {
        return v == null || v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] triple(Effects.Effect e) {
        return new double[] {e.mean(), e.low(), e.high()};
    }

    private static String money(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%,.0f", v) : "–";
    }

    private static String ratio(String v) {
        double x = Double.parseDouble(v);
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.2f", x) : "–";
    }
}

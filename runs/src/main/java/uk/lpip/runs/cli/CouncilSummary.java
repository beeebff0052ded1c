package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.List;
import uk.lpip.runs.output.FullScale;
import uk.lpip.runs.output.Money;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * The printed end-of-run summary of one arm: per council and for the region, the first and last
 * recorded month (summary.csv is written by SummaryCsv).
 */
final class CouncilSummary {
    static final List<Metric> METRICS = List.of(Metric.EMPLOYMENT_RATE, Metric.UNEMPLOYMENT_RATE,
            Metric.INACTIVITY_RATE, Metric.DISCOURAGED_RATE, Metric.MEDIAN_MONTHLY_WAGE, Metric.FIRMS);

    private CouncilSummary() {
    }

    /** Prints the summary, counts and money at full scale (the simulated totals divided by {@code scale}), as in the tables. */
    static void print(PrintWriter out, MetricsTable table, double scale) {
        Areas areas = table.areas();
        int last = table.monthCount() - 1;
        out.println("Counts and money at full scale:");
        String area = "%-" + nameWidth(areas) + "s";
        out.printf(area + " %-22s %12s %12s%n", "area", "metric", "month 0", "month " + last);
        for (int a = 0; a < areas.count(); a++) {
            if (areas.isZone(a)) {
                continue;
            }
            for (Metric m : METRICS) {
                out.printf(area + " %-22s %12s %12s%n", areas.name(a), m.id(),
                        format(m, FullScale.of(m, table.value(0, a, m), scale)),
                        format(m, FullScale.of(m, table.value(last, a, m), scale)));
            }
        }
        out.flush();
    }

    /** The width of the area column of a printed summary: the longest name of the region or a council, at least 22. */
    static int nameWidth(Areas areas) {
        int w = 22;
        for (int a = 0; a < areas.count(); a++) {
            if (!areas.isZone(a)) {
                w = Math.max(w, areas.name(a).length());
            }
        }
        return w;
    }

    static String format(Metric m, double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return switch (m.unit()) {
            case "share" -> String.format("%.1f%%", 100 * v);
            case "£ per month" -> Money.pounds(v, 0);
            default -> String.format("%,.0f", v);
        };
    }
}

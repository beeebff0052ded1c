package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.output.FullScale;
import uk.lpip.runs.output.Money;
import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TableIds;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/** The end-of-run summary of one arm: per council and for the region, the first and last recorded month. */
final class CouncilSummary {
    static final List<Metric> METRICS = List.of(Metric.EMPLOYMENT_RATE, Metric.UNEMPLOYMENT_RATE,
            Metric.INACTIVITY_RATE, Metric.DISCOURAGED_RATE, Metric.MEDIAN_MONTHLY_WAGE, Metric.FIRMS);

    private CouncilSummary() {
    }

    static void print(PrintWriter out, MetricsTable table) {
        Areas areas = table.areas();
        int last = table.monthCount() - 1;
        String area = "%-" + nameWidth(areas) + "s";
        out.printf(area + " %-22s %12s %12s%n", "area", "metric", "month 0", "month " + last);
        for (int a = 0; a < areas.count(); a++) {
            if (areas.isZone(a)) {
                continue;
            }
            for (Metric m : METRICS) {
                out.printf(area + " %-22s %12s %12s%n", areas.name(a), m.id(),
                        format(m, table.value(0, a, m)), format(m, table.value(last, a, m)));
            }
        }
        out.flush();
    }

    /**
     * Every metric, area and arm at the first and last recorded month of the first replicate, as a
     * tidy CSV; with two arms, also their difference (intervention minus baseline). Counts and money
     * at full scale; each row ends with the run's scale, id and experiment.
     */
    static void writeCsv(Writer w, List<ArmResult> all, TableIds ids) throws IOException {
        List<ArmResult> arms = all.stream().filter(a -> a.replicate() == 0).toList(); // replicates: see effects.csv
        w.write("arm,area,metric,unit,month_start,month_end,value_start,value_end,scale,run,experiment\n");
        for (ArmResult arm : arms) {
            rows(w, arm.name(), arm.table(), null, ids);
        }
        if (arms.size() == 2) {
            rows(w, "difference", arms.get(1).table(), arms.get(0).table(), ids);
        }
    }

    private static void rows(Writer w, String arm, MetricsTable table, MetricsTable minus, TableIds ids) throws IOException {
        Areas areas = table.areas();
        int last = table.monthCount() - 1;
        for (int a = 0; a < areas.count(); a++) {
            for (Metric m : MetricsTable.metrics()) {
                double start = table.value(0, a, m);
                double end = table.value(last, a, m);
                if (minus != null) {
                    start -= minus.value(0, a, m);
                    end -= minus.value(last, a, m);
                }
                if (Double.isNaN(start) && Double.isNaN(end)) {
                    continue;
                }
                w.write(arm + "," + areas.label(a) + "," + m.id() + ",\"" + m.unit() + "\",0," + last + ","
                        + Numbers.plain(FullScale.of(m, start, ids.scale())) + "," + Numbers.plain(FullScale.of(m, end, ids.scale()))
                        + ids.suffix() + "\n");
            }
        }
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

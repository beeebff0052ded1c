package uk.lpip.runs;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.output.FullScale;
import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TableIds;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * summary.csv: every metric, area and arm at the first and last recorded month of the first
 * replicate, tidy; then each intervention arm's difference from the baseline — {@code difference}
 * for the single {@code intervention} arm of an lpip run, {@code difference:<arm>} for each arm of a
 * run with several (a comparison's place: one arm per package). Counts and money at full scale;
 * each row ends with the run's scale, id and experiment.
 */
public final class SummaryCsv {
    public static final String HEADER = "arm,area,metric,unit,month_start,month_end,value_start,value_end,scale,run,experiment";

    private SummaryCsv() {
    }

    /** The name of an arm's difference rows. */
    public static String differenceArm(String arm) {
        return arm.equals("intervention") ? "difference" : "difference:" + arm;
    }

    public static void write(Writer w, List<ArmResult> all, TableIds ids) throws IOException {
        List<ArmResult> arms = all.stream().filter(a -> a.replicate() == 0).toList(); // replicates: see effects.csv
        w.write(HEADER + "\n");
        for (ArmResult arm : arms) {
            rows(w, arm.name(), arm.table(), null, ids);
        }
        ArmResult baseline = arms.stream().filter(a -> a.name().equals("baseline")).findFirst().orElse(null);
        if (baseline == null) {
            return;
        }
        for (ArmResult arm : arms) {
            if (arm != baseline) {
                rows(w, differenceArm(arm.name()), arm.table(), baseline.table(), ids);
            }
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
}

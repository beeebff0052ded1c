package uk.lpip.runs.output;

import java.io.IOException;
import java.io.Writer;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * The tidy (long) time series: one row per run, arm, replicate, month, area and metric, so R,
 * pandas and DuckDB read it without reshaping. Metrics that do not apply to an area are omitted.
 * Values are written with {@link Double#toString}, the shortest text that reads back to the same double.
 */
public final class TimeseriesCsv {
    public static final String HEADER = "run,arm,replicate,month,area,metric,value";

    private TimeseriesCsv() {
    }

    public static void write(Writer w, String run, String arm, int replicate, MetricsTable table) throws IOException {
        writeHeader(w);
        writeRows(w, run, arm, replicate, table);
    }

    public static void writeHeader(Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
    }

    public static void writeRows(Writer w, String run, String arm, int replicate, MetricsTable table) throws IOException {
        Areas areas = table.areas();
        Metric[] metrics = MetricsTable.metrics();
        String prefix = run + "," + arm + "," + replicate + ",";
        for (int m = 0; m < table.monthCount(); m++) {
            for (int a = 0; a < areas.count(); a++) {
                for (Metric metric : metrics) {
                    double v = table.value(m, a, metric);
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    w.write(prefix);
                    w.write(Integer.toString(m));
                    w.write(',');
                    w.write(areas.label(a));
                    w.write(',');
                    w.write(metric.id());
                    w.write(',');
                    w.write(Double.toString(v));
                    w.write('\n');
                }
            }
        }
    }
}

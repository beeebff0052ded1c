package uk.lpip.runs.output;

import java.io.IOException;
import java.io.Writer;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * The tidy (long) time series: one row per run, arm, replicate, month, area and metric, so R,
 * pandas and DuckDB read it without reshaping. Metrics that do not apply to an area are omitted.
 * Counts and money are at full scale ({@link FullScale}); each row ends with the run's scale and
 * its experiment's id. Values are plain decimals ({@link Numbers#plain}).
 */
public final class TimeseriesCsv {
    public static final String HEADER = "run,arm,replicate,month,area,metric,value,scale,experiment";

    private TimeseriesCsv() {
    }

    public static void write(Writer w, TableIds ids, String arm, int replicate, MetricsTable table) throws IOException {
        writeHeader(w);
        writeRows(w, ids, arm, replicate, table);
    }

    public static void writeHeader(Writer w) throws IOException {
        w.write(HEADER);
        w.write('\n');
    }

    public static void writeRows(Writer w, TableIds ids, String arm, int replicate, MetricsTable table) throws IOException {
        Areas areas = table.areas();
        Metric[] metrics = MetricsTable.metrics();
        String prefix = ids.run() + "," + arm + "," + replicate + ",";
        String suffix = "," + Numbers.plain(ids.scale()) + "," + ids.experiment() + "\n";
        double scale = ids.scale();
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
                    w.write(Numbers.plain(FullScale.of(metric, v, scale)));
                    w.write(suffix);
                }
            }
        }
    }
}

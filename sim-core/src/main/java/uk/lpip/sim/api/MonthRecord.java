package uk.lpip.sim.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;

/**
 * What an observer of a run is told after each simulated month, copied out of the model (so
 * observers never hold the live state): the month, the region's metrics row if the month is
 * recorded, and, in the first recorded month only, each household's equivalised income.
 *
 * @param month                       simulated month, counting the burn-in (0 = the first burn-in month)
 * @param reportedMonth               month after the burn-in (0 = the first recorded month; negative during the burn-in)
 * @param region                      the region's recorded metrics this month (those that apply to it); empty during the burn-in
 * @param firstMonthEquivalisedIncome each household's equivalised income, by household id, in the first
 *                                    recorded month (before any intervention acts); {@code null} in every other month
 */
public record MonthRecord(int month, int reportedMonth, Map<Metric, Double> region, double[] firstMonthEquivalisedIncome) {
    public MonthRecord {
        region = Map.copyOf(region);
    }

    /** Whether this month is recorded (after the burn-in), so that {@link #region()} holds its row. */
    public boolean recorded() {
        return reportedMonth >= 0;
    }

    /** Tells {@code observer} each month's record after the month's phases (e.g. to report progress). */
    public static void observe(EconomyModel model, Consumer<MonthRecord> observer) {
        MetricsTable table = model.table();
        model.addStateProbe(e -> observer.accept(of(e, table)));
    }

    /** The record of the month the economy has just finished, whose recorded rows are in {@code table}. */
    static MonthRecord of(Economy e, MetricsTable table) {
        int reported = e.reportedMonth();
        Map<Metric, Double> region = new EnumMap<>(Metric.class);
        if (reported >= 0) {
            int area = table.areas().region();
            for (Metric m : MetricsTable.metrics()) {
                double v = table.value(reported, area, m);
                if (!Double.isNaN(v)) {
                    region.put(m, v);
                }
            }
        }
        double[] income = reported == 0
                ? java.util.Arrays.copyOf(e.households.equivalisedIncome, e.households.count()) : null;
        return new MonthRecord(e.month(), reported, region, income);
    }
}

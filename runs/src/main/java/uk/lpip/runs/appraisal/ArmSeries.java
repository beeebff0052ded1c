package uk.lpip.runs.appraisal;

import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * One arm's monthly figures for one group of zones, read from its result table, in the
 * simulation's own scale: what the appraisal values. Residents' figures are by residence, GVA by
 * workplace.
 *
 * @param earnings        gross wages of employed residents, £ a month
 * @param employerNi      employer National Insurance on those wages, £ a month
 * @param taxes           income tax and employee National Insurance paid by residents, £ a month
 * @param benefits        means-tested benefit paid to resident households, £ a month
 * @param gva             gross value added of firms located there, £ a month
 * @param employed        employed residents aged 16–64
 * @param inactive        economically inactive residents aged 16–64
 * @param minutesSaved    minutes saved on a day's commutes against the network at the start of the run
 */
public record ArmSeries(double[] earnings, double[] employerNi, double[] taxes, double[] benefits, double[] gva,
                        double[] employed, double[] inactive, double[] minutesSaved) {
    public int months() {
        return earnings.length;
    }

    /** The figures summed over the zones {@code zones[z]} selects (all of them when {@code zones} is null). */
    public static ArmSeries of(MetricsTable table, boolean[] zones) {
        int months = table.monthCount();
        ArmSeries s = new ArmSeries(new double[months], new double[months], new double[months], new double[months],
                new double[months], new double[months], new double[months], new double[months]);
        Areas areas = table.areas();
        for (int m = 0; m < months; m++) {
            if (zones == null) {
                s.add(table, m, areas.region(), m);
                continue;
            }
            for (int z = 0; z < zones.length; z++) {
                if (zones[z]) {
                    s.add(table, m, areas.zone(z), m);
                }
            }
        }
        return s;
    }

    private void add(MetricsTable t, int month, int area, int m) {
        earnings[m] += value(t, month, area, Metric.EARNINGS);
        employerNi[m] += value(t, month, area, Metric.EMPLOYER_NI);
        taxes[m] += value(t, month, area, Metric.INCOME_TAX_AND_NI);
        benefits[m] += value(t, month, area, Metric.BENEFITS);
        gva[m] += value(t, month, area, Metric.GVA);
        employed[m] += value(t, month, area, Metric.EMPLOYED);
        inactive[m] += value(t, month, area, Metric.INACTIVITY_RATE) * value(t, month, area, Metric.WORKING_AGE_POPULATION);
        minutesSaved[m] += value(t, month, area, Metric.COMMUTE_MINUTES_SAVED);
    }

    /** A metric's value, 0 where it is not recorded (a zone without residents, an older record). */
    private static double value(MetricsTable t, int month, int area, Metric metric) {
        double v = t.value(month, area, metric);
        return Double.isNaN(v) ? 0 : v;
    }
}

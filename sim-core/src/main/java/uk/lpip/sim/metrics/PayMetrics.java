package uk.lpip.sim.metrics;

import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Pay and hours of employed residents, by home area: the median full-time wage (full-time jobs
 * only, the ASHE full-time comparison), median and mean monthly earnings of all employed residents
 * (full and part time, by their hours), total earnings and employer NI on them, and the share of
 * employed residents in part-time jobs.
 */
final class PayMetrics {
    /** The pay metrics' independent parts, which read the same arrays and set different metrics (see {@link #record}). */
    static final int PARTS = 2;

    private PayMetrics() {
    }

    /**
     * Records part {@code part} (0: earnings of all employed residents, with employer NI and the
     * part-time share; 1: the full-time wage), independent of the other, so the two can run at once;
     * {@code scratch} holds the part's distribution.
     */
    static void record(int part, Economy e, int month, Areas areas, MetricsTable table, TaxBenefit rules,
            GroupedDistributions scratch) {
        if (part == 0) {
            earnings(e, month, areas, table, rules, scratch);
        } else {
            fullTimePay(e, month, areas, table, scratch);
        }
    }

    private static void earnings(Economy e, int month, Areas areas, MetricsTable table, TaxBenefit rules,
            GroupedDistributions earnings) {
        Persons persons = e.persons;
        int zones = e.places.zoneCount();
        double[] employerNi = new double[zones];
        double[] employed = new double[zones];
        double[] partTime = new double[zones];
        earnings.clear();
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] != Status.EMPLOYED) {
                continue;
            }
            int home = persons.zone[p];
            double pay = persons.earnings(p);
            earnings.add((float) pay, 1, home);
            employerNi[home] += rules.employerNi(pay);
            employed[home]++;
            if (persons.partTime(p)) {
                partTime[home]++;
            }
        }
        double[] ni = MetricsPhase.rollUp(e.places, areas, employerNi);
        double[] emp = MetricsPhase.rollUp(e.places, areas, employed);
        double[] pt = MetricsPhase.rollUp(e.places, areas, partTime);
        earnings.group();
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, Metric.EMPLOYER_NI, ni[a]);
            table.set(month, a, Metric.PART_TIME_SHARE, emp[a] > 0 ? pt[a] / emp[a] : Double.NaN);
            table.set(month, a, Metric.MEDIAN_MONTHLY_EARNINGS, earnings.median(a));
            double mean = earnings.mean(a);
            table.set(month, a, Metric.MEAN_MONTHLY_WAGE, mean);
            table.set(month, a, Metric.EARNINGS, Double.isNaN(mean) ? 0 : mean * earnings.size(a));
        }
    }

    private static void fullTimePay(Economy e, int month, Areas areas, MetricsTable table, GroupedDistributions fullTimePay) {
        Persons persons = e.persons;
        fullTimePay.clear();
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.EMPLOYED && !persons.partTime(p)) {
                fullTimePay.add(persons.monthlyWage[p], 1, persons.zone[p]);
            }
        }
        fullTimePay.group();
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, Metric.MEDIAN_MONTHLY_WAGE, fullTimePay.median(a));
        }
    }
}

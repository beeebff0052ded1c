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
    /** Scratch, refilled every month and grown with the population (no person-sized allocation a month). */
    private int[] zoneOfAll = new int[0];
    private long[] all = new long[0];
    private int[] zoneOfFullTime = new int[0];
    private long[] fullTime = new long[0];
    private GroupedDistributions earnings;
    private GroupedDistributions fullTimePay;

    /** The pay metrics' independent parts, which read the same arrays and set different metrics (see {@link #record}). */
    static final int PARTS = 2;

    /**
     * Records part {@code part} (0: earnings of all employed residents, with employer NI and the
     * part-time share; 1: the full-time wage), independent of the other, so the two can run at once.
     */
    void record(int part, Economy e, int month, Areas areas, MetricsTable table, TaxBenefit rules) {
        Persons persons = e.persons;
        if (part == 0 && all.length < persons.count()) {
            int size = persons.count() + (persons.count() >> 3);
            zoneOfAll = new int[size];
            all = new long[size];
        }
        if (part == 1 && fullTime.length < persons.count()) {
            int size = persons.count() + (persons.count() >> 3);
            zoneOfFullTime = new int[size];
            fullTime = new long[size];
        }
        if (part == 0) {
            earnings(e, month, areas, table, rules);
        } else {
            fullTimePay(e, month, areas, table);
        }
    }

    private void earnings(Economy e, int month, Areas areas, MetricsTable table, TaxBenefit rules) {
        Persons persons = e.persons;
        int zones = e.places.zoneCount();
        double[] employerNi = new double[zones];
        double[] employed = new double[zones];
        double[] partTime = new double[zones];
        int n = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] != Status.EMPLOYED) {
                continue;
            }
            int home = persons.zone[p];
            double earnings = persons.earnings(p);
            zoneOfAll[n] = home;
            all[n++] = Distributions.pack((float) earnings, 1);
            employerNi[home] += rules.employerNi(earnings);
            employed[home]++;
            if (persons.partTime(p)) {
                partTime[home]++;
            }
        }
        double[] ni = MetricsPhase.rollUp(e.places, areas, employerNi);
        double[] emp = MetricsPhase.rollUp(e.places, areas, employed);
        double[] pt = MetricsPhase.rollUp(e.places, areas, partTime);
        if (earnings == null) {
            earnings = new GroupedDistributions(e.places);
        }
        earnings.group(all, zoneOfAll, n);
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, Metric.EMPLOYER_NI, ni[a]);
            table.set(month, a, Metric.PART_TIME_SHARE, emp[a] > 0 ? pt[a] / emp[a] : Double.NaN);
            table.set(month, a, Metric.MEDIAN_MONTHLY_EARNINGS, earnings.median(a));
            double mean = earnings.mean(a);
            table.set(month, a, Metric.MEAN_MONTHLY_WAGE, mean);
            table.set(month, a, Metric.EARNINGS, Double.isNaN(mean) ? 0 : mean * earnings.size(a));
        }
    }

    private void fullTimePay(Economy e, int month, Areas areas, MetricsTable table) {
        Persons persons = e.persons;
        int f = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.EMPLOYED && !persons.partTime(p)) {
                zoneOfFullTime[f] = persons.zone[p];
                fullTime[f++] = Distributions.pack(persons.monthlyWage[p], 1);
            }
        }
        if (fullTimePay == null) {
            fullTimePay = new GroupedDistributions(e.places);
        }
        fullTimePay.group(fullTime, zoneOfFullTime, f);
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, Metric.MEDIAN_MONTHLY_WAGE, fullTimePay.median(a));
        }
    }
}

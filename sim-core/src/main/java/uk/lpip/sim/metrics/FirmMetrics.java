package uk.lpip.sim.metrics;

import java.util.function.UnaryOperator;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Skill;

/**
 * The month's firm metrics by the firms' location: counts, broadband adopters, value added,
 * vacancies, and the shape of the size distribution (micro firms' share of firms, firms under 250
 * jobs' share of employment — the bands of the business population estimates, by the size of the
 * firm's enterprise over all its sites).
 */
final class FirmMetrics {
    /** Firms below this many filled jobs are micro (0–9 employees in the ONS bands). */
    static final int MICRO_BELOW = 10;
    /** Firms below this many filled jobs are small or medium (SMEs). */
    static final int SME_BELOW = 250;

    private FirmMetrics() {
    }

    /**
     * @param rollUp     sums per-zone values into the table's areas (zones, councils, region)
     * @param unemployed unemployed residents per area, for vacancies per searcher
     * @param vacanciesAtMatching vacancies open when the month's matching began, per zone, for the fill rate
     */
    static void record(Firms firms, int zones, int month, Areas areas, UnaryOperator<double[]> rollUp, MetricsTable table,
                       double[] unemployed, double[] vacanciesAtMatching) {
        double[] firmCount = new double[zones];
        double[] adopters = new double[zones];
        double[] gva = new double[zones];
        double[] vacancies = new double[zones];
        double[] micro = new double[zones];
        double[] jobs = new double[zones];
        double[] smeJobs = new double[zones];
        int[] enterpriseJobs = firms.enterpriseJobs();
        for (int f = 0; f < firms.count(); f++) {
            if (!firms.alive[f]) {
                continue;
            }
            int z = firms.zone[f];
            firmCount[z]++;
            adopters[z] += firms.broadbandAdopted[f] ? 1 : 0;
            gva[z] += firms.valueAdded[f];
            vacancies[z] += firms.totalVacancies(f);
            int filled = 0;
            for (int k = 0; k < Skill.LEVELS; k++) {
                filled += firms.jobs[f * Skill.LEVELS + k];
            }
            int size = enterpriseJobs[firms.enterprise[f]];
            micro[z] += size < MICRO_BELOW ? 1 : 0;
            jobs[z] += filled;
            smeJobs[z] += size < SME_BELOW ? filled : 0;
        }
        double[] firmsIn = rollUp.apply(firmCount);
        double[] adoptersIn = rollUp.apply(adopters);
        double[] gvaIn = rollUp.apply(gva);
        double[] vacanciesIn = rollUp.apply(vacancies);
        double[] microIn = rollUp.apply(micro);
        double[] jobsIn = rollUp.apply(jobs);
        double[] smeJobsIn = rollUp.apply(smeJobs);
        double[] atMatchingIn = rollUp.apply(vacanciesAtMatching);
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, Metric.FIRMS, firmsIn[a]);
            table.set(month, a, Metric.BROADBAND_ADOPTING_FIRMS, adoptersIn[a]);
            table.set(month, a, Metric.MICRO_FIRM_SHARE, ratio(microIn[a], firmsIn[a]));
            table.set(month, a, Metric.SME_EMPLOYMENT_SHARE, ratio(smeJobsIn[a], jobsIn[a]));
            table.set(month, a, Metric.GVA, gvaIn[a]);
            table.set(month, a, Metric.VACANCIES, vacanciesIn[a]);
            table.set(month, a, Metric.VACANCIES_PER_SEARCHER, ratio(vacanciesIn[a], unemployed[a]));
            table.set(month, a, Metric.VACANCY_RATE, ratio(vacanciesIn[a], vacanciesIn[a] + jobsIn[a]));
            table.set(month, a, Metric.VACANCY_FILL_RATE, ratio(atMatchingIn[a] - vacanciesIn[a], atMatchingIn[a]));
        }
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }
}

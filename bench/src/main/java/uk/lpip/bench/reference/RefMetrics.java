package uk.lpip.bench.reference;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.state.Status;

/**
 * The reference's recorded metrics: the region's headline labour-market rates, pay and income
 * medians, flows and firms, month by month, with the fast model's definitions ({@link Metric}).
 */
public final class RefMetrics {
    /** The metrics the reference records (region level). */
    public static final Metric[] RECORDED = {Metric.EMPLOYMENT_RATE, Metric.UNEMPLOYMENT_RATE, Metric.INACTIVITY_RATE,
            Metric.INACTIVE_LONG_TERM_SICK_RATE, Metric.DISCOURAGED_RATE, Metric.LONG_TERM_UNEMPLOYMENT_SHARE,
            Metric.MEDIAN_MONTHLY_WAGE, Metric.MEDIAN_EQUIVALISED_INCOME, Metric.HIRES, Metric.JOB_TO_JOB_MOVES,
            Metric.FIRMS, Metric.GVA, Metric.VACANCIES_PER_SEARCHER};

    private final Map<Metric, double[]> values = new EnumMap<>(Metric.class);

    RefMetrics(int months) {
        for (Metric metric : RECORDED) {
            values.put(metric, new double[months]);
        }
    }

    /** A metric in a recorded month (0 = the first month after the burn-in). */
    public double value(int month, Metric metric) {
        return values.get(metric)[month];
    }

    public int months() {
        return values.get(Metric.EMPLOYMENT_RATE).length;
    }

    void record(ReferenceModel m, int month) {
        int pensionAge = m.config().population().statePensionAgeYears() * 12;
        double workingAge = 0;
        double employedWorkingAge = 0;
        double employed = 0;
        double unemployed = 0;
        double longTerm = 0;
        double inactive = 0;
        double sick = 0;
        double discouraged = 0;
        double[] wages = new double[m.persons().size()];
        int n = 0;
        for (RefPerson p : m.persons()) {
            if (p.status == Status.EMPLOYED) {
                employed++;
                if (p.hours >= 1.0) {            // the median wage is over full-time jobs
                    wages[n++] = (float) p.monthlyWage;
                }
            } else if (p.status == Status.UNEMPLOYED) {
                unemployed++;
                longTerm += p.monthsInStatus >= 12 ? 1 : 0;
            }
            if (p.ageMonths < 16 * 12 || p.ageMonths >= 65 * 12 || p.ageMonths >= pensionAge) {
                continue;
            }
            workingAge++;
            switch (p.status) {
                case Status.EMPLOYED -> employedWorkingAge++;
                case Status.STUDENT, Status.CARING, Status.RETIRED -> inactive++;
                case Status.LONG_TERM_SICK -> {
                    inactive++;
                    sick++;
                }
                case Status.DISCOURAGED -> {
                    inactive++;
                    discouraged++;
                }
                default -> { }
            }
        }
        set(Metric.EMPLOYMENT_RATE, month, employedWorkingAge / workingAge);
        set(Metric.UNEMPLOYMENT_RATE, month, unemployed / (employed + unemployed));
        set(Metric.INACTIVITY_RATE, month, inactive / workingAge);
        set(Metric.INACTIVE_LONG_TERM_SICK_RATE, month, sick / workingAge);
        set(Metric.DISCOURAGED_RATE, month, discouraged / workingAge);
        set(Metric.LONG_TERM_UNEMPLOYMENT_SHARE, month, unemployed > 0 ? longTerm / unemployed : Double.NaN);
        set(Metric.MEDIAN_MONTHLY_WAGE, month, median(wages, n));
        set(Metric.MEDIAN_EQUIVALISED_INCOME, month, personWeightedMedianIncome(m));
        ReferenceModel.Counters c = m.counters();
        set(Metric.HIRES, month, c.hires);
        set(Metric.JOB_TO_JOB_MOVES, month, c.jobToJobMoves);
        double firms = 0;
        double gva = 0;
        double vacancies = 0;
        for (RefFirm f : m.firms()) {
            if (f.alive) {
                firms++;
                gva += f.valueAdded;
                for (int v : f.vacancies) {
                    vacancies += v;
                }
            }
        }
        set(Metric.FIRMS, month, firms);
        set(Metric.GVA, month, gva);
        set(Metric.VACANCIES_PER_SEARCHER, month, unemployed > 0 ? vacancies / unemployed : Double.NaN);
    }

    private void set(Metric metric, int month, double value) {
        values.get(metric)[month] = value;
    }

    private static double median(double[] values, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** Median of households' equivalised income, each household counted once per member. */
    private static double personWeightedMedianIncome(ReferenceModel m) {
        int n = 0;
        for (RefHousehold h : m.households()) {
            n += h.members.size();
        }
        double[] incomes = new double[n];
        int i = 0;
        for (RefHousehold h : m.households()) {
            for (int k = 0; k < h.members.size(); k++) {
                incomes[i++] = (float) h.equivalisedIncome;
            }
        }
        return median(incomes, n);
    }
}

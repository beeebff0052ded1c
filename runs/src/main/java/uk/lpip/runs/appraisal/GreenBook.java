package uk.lpip.runs.appraisal;

/**
 * HM Treasury Green Book arithmetic: the Social Time Preference Rate schedule, discount factors,
 * present values, NPV, BCR and the switching value. Pure functions, tested against hand-computed
 * cash flows.
 */
public final class GreenBook {
    /** STPR: 3.5% for years 0–30, 3.0% for 31–75, 2.5% for 76–125, 2.0% for 126–200, 1.5% for 201–300, 1.0% after. */
    private static final int[] FIRST_YEAR = {0, 31, 76, 126, 201, 301};
    private static final double[] RATE = {0.035, 0.030, 0.025, 0.020, 0.015, 0.010};

    private GreenBook() {
    }

    /** The discount rate that applies in year {@code year} (0 = the base year). */
    public static double rate(int year) {
        for (int k = FIRST_YEAR.length - 1; k >= 0; k--) {
            if (year >= FIRST_YEAR[k]) {
                return RATE[k];
            }
        }
        return RATE[0];
    }

    /** The discount factor of year {@code year}: 1 in year 0, then the product of 1/(1+r) over years 1..year. */
    public static double factor(int year) {
        double f = 1.0;
        for (int y = 1; y <= year; y++) {
            f /= 1.0 + rate(y);
        }
        return f;
    }

    /** The present value of amounts by year (index 0 = the base year). */
    public static double presentValue(double[] byYear) {
        double pv = 0;
        for (int y = 0; y < byYear.length; y++) {
            pv += byYear[y] * factor(y);
        }
        return pv;
    }

    /** Amounts by month summed into years (months 0–11 are year 0). */
    public static double[] byYear(double[] byMonth) {
        double[] years = new double[(byMonth.length + 11) / 12];
        for (int m = 0; m < byMonth.length; m++) {
            years[m / 12] += byMonth[m];
        }
        return years;
    }

    /** The appraisal figures from present values of benefits and (uplifted) costs. */
    public record Result(double pvBenefits, double pvCosts, double npv, double bcr, double switchingValue) {
        static Result of(double pvBenefits, double pvCosts) {
            double npv = pvBenefits - pvCosts;
            double bcr = pvCosts > 0 ? pvBenefits / pvCosts : Double.NaN;
            // The proportional fall in benefits at which the NPV would be zero.
            double switching = pvBenefits != 0 ? npv / pvBenefits : Double.NaN;
            return new Result(pvBenefits, pvCosts, npv, bcr, switching);
        }
    }

    public static Result appraise(double pvBenefits, double pvCosts) {
        return Result.of(pvBenefits, pvCosts);
    }

    /** Distributional weight of an income relative to the median: (median / income)^1.3. */
    public static double distributionalWeight(double income, double median) {
        return income > 0 ? Math.pow(median / income, 1.3) : Double.NaN;
    }
}

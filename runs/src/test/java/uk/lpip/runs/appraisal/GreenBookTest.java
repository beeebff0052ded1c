package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreenBookTest {
    @Test
    void theStprSchedule() {
        assertEquals(0.035, GreenBook.rate(0));
        assertEquals(0.035, GreenBook.rate(30));
        assertEquals(0.030, GreenBook.rate(31));
        assertEquals(0.030, GreenBook.rate(75));
        assertEquals(0.025, GreenBook.rate(76));
        assertEquals(0.020, GreenBook.rate(126));
        assertEquals(0.015, GreenBook.rate(201));
        assertEquals(0.010, GreenBook.rate(301));
    }

    @Test
    void discountFactorsCompoundTheScheduleYearByYear() {
        assertEquals(1.0, GreenBook.factor(0));
        assertEquals(1 / 1.035, GreenBook.factor(1), 1e-15);
        assertEquals(Math.pow(1.035, -30), GreenBook.factor(30), 1e-12);
        assertEquals(Math.pow(1.035, -30) / 1.03, GreenBook.factor(31), 1e-12);
        assertEquals(Math.pow(1.035, -30) * Math.pow(1.03, -45) / 1.025, GreenBook.factor(76), 1e-12);
    }

    @Test
    void presentValuesNpvBcrAndSwitchingValueOnAFixedCashFlow() {
        // Costs of £100 in year 0 and £50 in year 1; benefits of £60 in each of years 1, 2 and 3.
        double pvCosts = GreenBook.presentValue(new double[] {100, 50});
        double pvBenefits = GreenBook.presentValue(new double[] {0, 60, 60, 60});
        // By hand: PVC = 100 + 48.30918 = 148.30918; PVB = 57.97101 + 56.01064 + 54.11657 = 168.09822.
        assertEquals(148.30918, pvCosts, 1e-5);
        assertEquals(168.09822, pvBenefits, 1e-5);
        GreenBook.Result r = GreenBook.appraise(pvBenefits, pvCosts);
        assertEquals(19.78904, r.npv(), 1e-5);
        assertEquals(1.13343, r.bcr(), 1e-5);
        assertEquals(r.npv() / pvBenefits, r.switchingValue(), 1e-12);
        assertEquals(0.11772, r.switchingValue(), 1e-5);
    }

    @Test
    void monthsSumIntoYears() {
        double[] months = new double[26];
        for (int m = 0; m < 26; m++) {
            months[m] = 1;
        }
        double[] years = GreenBook.byYear(months);
        assertEquals(3, years.length);
        assertEquals(12, years[0]);
        assertEquals(12, years[1]);
        assertEquals(2, years[2]);
    }

    @Test
    void distributionalWeightsFavourLowerIncomes() {
        assertEquals(1.0, GreenBook.distributionalWeight(2000, 2000), 1e-12);
        assertEquals(Math.pow(2, 1.3), GreenBook.distributionalWeight(1000, 2000), 1e-12);
        assertEquals(Math.pow(0.5, 1.3), GreenBook.distributionalWeight(4000, 2000), 1e-12);
    }
}

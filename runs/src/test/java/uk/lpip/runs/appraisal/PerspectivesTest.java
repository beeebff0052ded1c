package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hand-computed appraisals of paired series built by hand: each perspective, persistence and discounting. */
class PerspectivesTest {
    /** A series of {@code months} months with every figure constant. */
    static ArmSeries constant(int months, double earnings, double employerNi, double taxes, double benefits, double gva,
                              double employed, double inactive, double minutesSaved) {
        return new ArmSeries(fill(months, earnings), fill(months, employerNi), fill(months, taxes), fill(months, benefits),
                fill(months, gva), fill(months, employed), fill(months, inactive), fill(months, minutesSaved));
    }

    static double[] fill(int months, double v) {
        double[] a = new double[months];
        Arrays.fill(a, v);
        return a;
    }

    /** One year simulated and appraised: year 0 is not discounted, so every present value is a plain sum. */
    private static Perspectives.Inputs oneYear() {
        ArmSeries baseTarget = constant(12, 10_000, 1_000, 2_000, 500, 20_000, 10, 5, 0);
        // the target area: 1 more in work (at simulation scale 0.5: 2 people), who left inactivity; +£1,000 wages
        ArmSeries treatedTarget = constant(12, 11_000, 1_100, 2_200, 440, 21_500, 11, 4, 0);
        ArmSeries baseRest = constant(12, 5_000, 500, 1_000, 300, 8_000, 5, 3, 0);
        // the rest of the region loses £100 of wages a month to the target area (displacement), nobody changes status
        ArmSeries treatedRest = constant(12, 4_900, 490, 980, 300, 7_850, 5, 3, 0);
        double[] costs = new double[12];
        costs[0] = 1_200;
        return new Perspectives.Inputs(baseTarget, treatedTarget, baseRest, treatedRest, costs, 0.5, false, 0.5);
    }

    private static final Conventions ONE_YEAR = Conventions.DEFAULT.withAppraisalYears(1);

    @Test
    void ukSocietyIsLabourCostLessNonMarketTimeLessDisplacementFromTheRestOfTheUk() {
        Perspectives p = Perspectives.of(oneYear(), ONE_YEAR);
        // labour cost of the additional work: target 1 more in work × the baseline's (10,000 + 1,000) / 10
        // per worker / 0.5 = 2,200 a month; rest: nobody more in work, 0; 12 months
        assertEquals(12 * 2_200, p.pvLabourCost(), 1e-6);
        // the rest of the region's −£110 a month of pay (/ 0.5) is paid to the same people: a transfer
        assertEquals(12 * -220, p.pvPayTransfer(), 1e-6);
        // net wage in the baseline (15,000 − 3,000) / 15 = 800; 2 people (1 / 0.5) left inactivity; half the net wage
        assertEquals(12 * 0.5 * 800 * 2, p.pvNonMarketTime(), 1e-6);
        // half the spending is demand-side, half of that side's gains displaced: −0.25 × 2,200 × 12
        assertEquals(-0.25 * 2_200 * 12, p.pvRestOfUk(), 1e-6);
        assertEquals(12 * (2_200 - 800), p.pvTarget(), 1e-6);
        assertEquals(0, p.pvRestOfRegion(), 1e-6);
        assertEquals(p.pvTarget() + p.pvRestOfRegion() + p.pvRestOfUk(), p.pvUk(), 1e-6);
        assertEquals(16_800 - 6_600, p.pvUk(), 1e-6);
        assertEquals(1_200, p.pvCosts(), 1e-9);
        assertEquals(10_200 / 1_200.0, p.bcrUk(), 1e-12);
        assertEquals(10_200 - 1_200, p.npvUk(), 1e-6);
        assertEquals(0, p.pvTravelTime(), 0);
        assertEquals(0, p.pvOutput(), 0, "a package that does not act on firms' output counts no GVA beyond labour cost");
    }

    /**
     * More job seekers lower the wages firms post: everyone in work is paid 2% less and nobody more is
     * in work. What workers lose, employers keep; the economy produces what it did. UK society neither
     * gains nor loses, and the fall is shown as a transfer; the Exchequer still loses its tax on it.
     */
    @Test
    void aFallInThePayOfPeopleInWorkAnywayIsATransferNotALoss() {
        ArmSeries base = constant(12, 100_000, 10_000, 20_000, 5_000, 200_000, 50, 20, 0);
        ArmSeries treated = constant(12, 98_000, 9_800, 19_600, 5_000, 200_000, 50, 20, 0);
        ArmSeries none = constant(12, 0, 0, 0, 0, 0, 0, 0, 0);
        double[] costs = new double[12];
        costs[0] = 1_000;
        Perspectives p = Perspectives.of(new Perspectives.Inputs(base, treated, none, none, costs, 0, false, 1.0), ONE_YEAR);
        assertEquals(0, p.pvLabourCost(), 1e-9);
        assertEquals(0, p.pvUk(), 1e-9);
        assertEquals(12 * -2_200, p.pvPayTransfer(), 1e-6);
        assertEquals(12 * (-400 - 200), p.pvReceipts(), 1e-6, "income tax, employee and employer NI on the lower pay");
    }

    @Test
    void theExchequerGetsTaxNiAndBenefitSavingsAgainstTheSpending() {
        Perspectives p = Perspectives.of(oneYear(), ONE_YEAR);
        // tax and employee NI: target +200, rest −20; employer NI: +100, −10; all / 0.5, 12 months
        assertEquals(12 * (200 - 20 + 100 - 10) / 0.5, p.pvReceipts(), 1e-6);
        // benefits fall by 60 a month in the target area
        assertEquals(12 * 60 / 0.5, p.pvBenefitSavings(), 1e-6);
        assertEquals(6_480 + 1_440 - 1_200, p.npvExchequer(), 1e-6);
        assertEquals((6_480 + 1_440) / 1_200.0, p.bcrExchequer(), 1e-12);
    }

    @Test
    void profitsCountOnlyWhenAsked() {
        Perspectives p = Perspectives.of(oneYear(), ONE_YEAR.withProfitsCounted(true));
        // GVA: target +1,500, rest −150 a month, / 0.5
        assertEquals(12 * (3_000 - 300), p.pvLabourCost() + p.pvOutput(), 1e-6);
        assertEquals(-0.25 * 2_700 * 12, p.pvRestOfUk(), 1e-6);
        assertEquals(12 * (3_000 - 800) + 12 * -300 - 0.25 * 2_700 * 12, p.pvUk(), 1e-6);
        Perspectives broadband = Perspectives.of(withOutputEffects(oneYear()), ONE_YEAR);
        assertEquals(p.pvUk(), broadband.pvUk(), 1e-6, "a package acting on output counts its value added beyond labour cost");
    }

    private static Perspectives.Inputs withOutputEffects(Perspectives.Inputs in) {
        return new Perspectives.Inputs(in.baseTarget(), in.treatedTarget(), in.baseRest(), in.treatedRest(), in.upliftedCosts(),
                in.demandSideShare(), true, in.scale());
    }

    @Test
    void commutingTimeSavedIsValuedAtTheValueOfTime() {
        ArmSeries base = constant(12, 0, 0, 0, 0, 0, 0, 0, 0);
        ArmSeries treated = constant(12, 0, 0, 0, 0, 0, 0, 0, 600);
        ArmSeries none = constant(12, 0, 0, 0, 0, 0, 0, 0, 0);
        double[] costs = fill(12, 100);
        Perspectives p = Perspectives.of(new Perspectives.Inputs(base, treated, none, none, costs, 1.0, false, 1.0),
                ONE_YEAR.withCommutingPoundsPerHour(6).withCommutingDaysPerMonth(20));
        // 600 minutes a day × 20 days × £6 / 60 minutes = £1,200 a month; time savings are not displaced
        assertEquals(12 * 1_200, p.pvTravelTime(), 1e-6);
        assertEquals(12 * 1_200, p.pvUk(), 1e-6);
        assertEquals(12.0, p.bcrUk(), 1e-12);
    }

    @Test
    void effectsBeyondTheHorizonDecayAndAreDiscounted() {
        double[] monthly = fill(24, 100);
        double[] half = Perspectives.extend(monthly, 48, 0.5);
        assertEquals(100, half[23], 0);
        assertEquals(50, half[24], 1e-12, "the first year past the horizon keeps (1 − decay)");
        assertEquals(25, half[47], 1e-12);
        Conventions four = Conventions.DEFAULT.withAppraisalYears(4);
        double pv = 1_200 + 1_200 / 1.035 + 600 / (1.035 * 1.035) + 300 / Math.pow(1.035, 3);
        assertEquals(pv, Perspectives.pv(monthly, 48, four.withPersistenceDecay(0.5)), 1e-9);
        assertEquals(1_200 + 1_200 / 1.035, Perspectives.pv(monthly, 48, four.withPersistenceDecay(1)), 1e-9,
                "no persistence: nothing past the horizon");
        double flat = 0;
        for (int y = 0; y < 4; y++) {
            flat += 1_200 / Math.pow(1.035, y);
        }
        assertEquals(flat, Perspectives.pv(monthly, 48, four.withPersistenceDecay(0)), 1e-9, "full persistence");
        assertEquals(1_200, Perspectives.pv(monthly, 12, four.withAppraisalYears(1)), 1e-9, "a shorter period cuts the horizon");
    }

    @Test
    void theExtrapolationStartsFromTheLastTwelveMonths() {
        double[] monthly = new double[18];
        for (int m = 12; m < 18; m++) {
            monthly[m] = 120;   // the last 12 months: six at 0, six at 120, mean 60
        }
        double[] out = Perspectives.extend(monthly, 36, 0.25);
        assertEquals(60 * 0.75, out[18], 1e-12);
        assertEquals(60 * 0.75, out[29], 1e-12);
        assertEquals(60 * 0.75 * 0.75, out[30], 1e-12);
    }

    @Test
    void onlyPeopleWhoLeftInactivityForWorkGiveUpNonMarketTime() {
        assertEquals(30, Perspectives.personsLeavingInactivityForWork(100, -30), 0, "the other 70 came from unemployment");
        assertEquals(100, Perspectives.personsLeavingInactivityForWork(100, -150), 0, "the other 50 are now searching");
        assertEquals(0, Perspectives.personsLeavingInactivityForWork(100, 20), 0);
        assertEquals(0, Perspectives.personsLeavingInactivityForWork(-10, -20), 0);
        assertEquals(-10, Perspectives.personsLeavingInactivityForWork(-10, 40), 0, "fewer in work, more inactive: time regained");
    }

    /**
     * A synthetic programme with a known effect: 50 more people in work (all from inactivity) at £2,000 a
     * month with £200 of employer NI each (the baseline's pay per worker), from month 0 of a 24-month
     * run, scale 0.1. The appraisal recovers the planted labour-cost gain and its extrapolation over ten
     * years exactly, with no pay transfer.
     */
    @Test
    void aPlantedEarningsDifferenceIsRecovered() {
        int months = 24;
        double scale = 0.1;
        ArmSeries base = constant(months, 1_000_000, 100_000, 150_000, 80_000, 2_000_000, 500, 200, 0);
        ArmSeries treated = constant(months, 1_000_000 + 5 * 2_000, 100_000 + 5 * 200, 150_000 + 5 * 300, 80_000 - 5 * 400,
                2_000_000 + 5 * 3_000, 505, 195, 0);
        ArmSeries none = constant(months, 0, 0, 0, 0, 0, 0, 0, 0);
        double[] costs = new double[months];
        costs[0] = 1_000_000;
        Conventions c = Conventions.DEFAULT;
        Perspectives p = Perspectives.of(new Perspectives.Inputs(base, treated, none, none, costs, 0, false, scale), c);
        double perMonth = 50 * 2_200.0;
        double pv = 0;
        for (int y = 0; y < 10; y++) {
            double year = 12 * perMonth * (y < 2 ? 1 : Math.pow(0.75, y - 1));
            pv += year * GreenBook.factor(y);
        }
        assertEquals(pv, p.pvLabourCost(), 1e-6);
        double netWage = (1_000_000 - 150_000) / 500.0;
        assertEquals(pv / perMonth * 50 * 0.5 * netWage, p.pvNonMarketTime(), 1e-6);
        assertEquals(0, p.pvRestOfUk(), 0, "a supply-side package is not displaced from the rest of the UK");
        assertEquals(p.pvLabourCost() - p.pvNonMarketTime(), p.pvUk(), 1e-6);
        assertEquals(0, p.pvPayTransfer(), 1e-6);
    }
}

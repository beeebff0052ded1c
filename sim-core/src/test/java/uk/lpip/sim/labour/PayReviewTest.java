package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/** Stayers' pay is reviewed once a year: it rises with tenure and with local tightness, and never falls. */
class PayReviewTest {
    private final LabourConfig lc = UkDefaults.labour();

    @Test
    void theReviewClosesPartOfTheGapToThePostedWagePlusTenureOnAnniversariesOnly() {
        assertEquals(2_500, PayReview.reviewed(lc, 2_500, 3_000, 11), 0.0, "no review between anniversaries");
        double target = 3_000 * (1 + lc.tenurePayStep());
        assertEquals(2_500 + lc.payReviewAdjustment() * (target - 2_500), PayReview.reviewed(lc, 2_500, 3_000, 12), 1e-9);
        assertEquals(2_500, PayReview.reviewed(lc, 2_500, 2_000, 24), 0.0, "pay never falls at a review");
        assertEquals(lc.minimumMonthlyWage(), PayReview.reviewed(lc, 1_000, 1_000, 12), 1e-9, "never below the minimum");
        // tenure: the same pay and posted wage give more after more years in the job, up to the cap
        double five = PayReview.reviewed(lc, 3_000, 3_000, 60);
        double ten = PayReview.reviewed(lc, 3_000, 3_000, 120);
        double twenty = PayReview.reviewed(lc, 3_000, 3_000, 240);
        assertTrue(3_000 < five && five < ten, five + " " + ten);
        assertEquals(ten, twenty, 1e-9, "the tenure step stops at the cap");
    }

    @Test
    void aTighterLocalMarketRaisesStayersPayThroughThePostedWage() {
        double reference = lc.discouragement().referenceVacanciesPerSearcher();
        double slackPosted = FirmRules.postedWage(2_800, 1.0, FirmRules.wageMarkup(0.5 * reference / reference, lc),
                lc.minimumMonthlyWage());
        double tightPosted = FirmRules.postedWage(2_800, 1.0, FirmRules.wageMarkup(2.0 * reference / reference, lc),
                lc.minimumMonthlyWage());
        double slack = PayReview.reviewed(lc, 2_700, slackPosted, 12);
        double tight = PayReview.reviewed(lc, 2_700, tightPosted, 12);
        assertTrue(tight > slack, "tight " + tight + " vs slack " + slack);
    }

    @Test
    void inARunLongStayersEarnMoreThanRecentHiresInTheSameJob() {
        try (EconomyModel model = new EconomyModel(TestPlaces.place(8_000, 24, 60, 3), 2)) {
            model.run();
            Economy e = model.economy();
            Persons persons = e.persons;
            double recent = 0;
            double recentN = 0;
            double long5 = 0;
            double long5N = 0;
            for (int p = 0; p < persons.count(); p++) {
                if (persons.status[p] != Status.EMPLOYED) {
                    continue;
                }
                double posted = e.firms.postedWage[persons.employer[p] * Skill.LEVELS + persons.jobLevel[p]];
                double ratio = persons.monthlyWage[p] / posted;
                if (persons.monthsInStatus[p] < 12) {
                    recent += ratio;
                    recentN++;
                } else if (persons.monthsInStatus[p] >= 60) {
                    long5 += ratio;
                    long5N++;
                }
            }
            assertTrue(recentN > 50 && long5N > 50, recentN + " recent, " + long5N + " long stayers");
            System.out.printf("pay / posted wage: hired within a year %.3f, five years or more %.3f%n",
                    recent / recentN, long5 / long5N);
            assertTrue(long5 / long5N > recent / recentN + 0.02, "pay rises with tenure");
        }
    }
}

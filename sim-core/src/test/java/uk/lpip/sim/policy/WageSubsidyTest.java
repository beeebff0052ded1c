package uk.lpip.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * A wage subsidy's economics from paired arms with the same seed: it buys hires within its budget;
 * some of them would have happened anyway (deadweight, against the same people in the baseline);
 * and people it does not cover are hired less (substitution). None of this is assumed by the
 * intervention: it only changes the firms' ranking of applicants.
 */
class WageSubsidyTest {
    /**
     * Firms' owners live outside this place: the subsidy is paid to firms, and where owners live in the
     * region part of it comes back as their income and spending, which raises demand for every seeker
     * and hides the substitution this test looks for (older seekers hired 861 with, 845 without, when
     * the UK defaults' local ownership is on). The test isolates the substitution channel.
     */
    private static final ModelConfig PLACE = place(77);

    /** The test place with seed {@code seed}, its firms' owners elsewhere. */
    private static ModelConfig place(long seed) {
        return ownersElsewhere(TestPlaces.place(20_000, 24, 24, seed));
    }

    static ModelConfig ownersElsewhere(ModelConfig c) {
        return c.withFirmDynamics(c.firmDynamics().toBuilder().localOwnershipTradable(0).localOwnershipLocalServices(0)
                .build());
    }
    private static final int START = 0;
    private static final int LAST_HIRING = 17;

    private static WageSubsidySpec subsidy(double budget, double screeningWeight) {
        CommonSpec c = new CommonSpec("kickstart", List.of(), List.of(), START, LAST_HIRING, "uk_government",
                CostType.OUTSOURCED_PROGRAMME, budget);
        return new WageSubsidySpec(c, 1.0, 6, WhoSpec.of(16, 29, 1), screeningWeight, "ongoing", "existing", 0, "minimum", 0);
    }

    /** Hires out of unemployment, person by person, in the reported months [from, to]. */
    private static boolean hiredFromUnemployment(Paired.Arm arm, int p, int from, int to) {
        for (int m = Math.max(1, from); m <= to && m < arm.status.size(); m++) {
            byte[] before = arm.status.get(m - 1);
            byte[] now = arm.status.get(m);
            if (p < before.length && p < now.length && before[p] == Status.UNEMPLOYED && now[p] == Status.EMPLOYED) {
                return true;
            }
        }
        return false;
    }

    private static long hiresOfOlderSeekers(Paired.Arm arm, Persons ages, int to) {
        long n = 0;
        for (int m = 1; m <= to && m < arm.status.size(); m++) {
            byte[] before = arm.status.get(m - 1);
            byte[] now = arm.status.get(m);
            for (int p = 0; p < Math.min(before.length, now.length); p++) {
                boolean neverEligible = p < ages.count() && ages.ageYears(p) >= 33;
                if (neverEligible && before[p] == Status.UNEMPLOYED && now[p] == Status.EMPLOYED) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void buysHiresWithinItsBudgetWithDeadweightComingOutOfTheMarket() {
        double budget = 6_000_000;
        Paired run = new Paired(PLACE, List.of(subsidy(budget, 2)));
        WageSubsidy w = (WageSubsidy) run.intervention.interventions.get(0);
        List<Participant> hires = w.allParticipants();
        double scaledBudget = budget * PLACE.run().scale();
        assertTrue(hires.size() >= 50, "subsidised hires: " + hires.size());
        assertTrue(w.spent() > 0.5 * scaledBudget, "the budget is mostly used: " + w.spent() + " of " + scaledBudget);
        assertTrue(w.spent() <= scaledBudget + 1e-6, "never more than the budget: " + w.spent() + " of " + scaledBudget);
        assertEquals(w.spent(), spend(run.intervention.table), 1e-6 * w.spent(), "what it paid is the run's intervention spend");

        // Deadweight: subsidised hires whose person was also hired out of unemployment in the baseline, in the window.
        int window = LAST_HIRING + 1;
        long deadweight = hires.stream().filter(h -> hiredFromUnemployment(run.baseline, h.person(), START, window)).count();
        double share = (double) deadweight / hires.size();
        assertTrue(share > 0.2 && share < 0.95, "some but not all subsidised hires would have happened anyway: " + share);

        // Net: the subsidised group is hired more than in the baseline.
        long eligibleHiredWith = hires.size();
        long sameHiredWithout = deadweight;
        assertTrue(eligibleHiredWith > sameHiredWithout);
        System.out.printf("wage subsidy: %d subsidised hires, deadweight %.2f, spent %.0f of %.0f%n", hires.size(), share,
                w.spent(), scaledBudget);
    }

    /**
     * Substitution: job seekers it never covers (aged 33 and over at the end) are hired less than in the
     * baseline, pooled over four seeds of the same place. One seed is too small a sample for a channel of a
     * few per cent: on 2026-12-03 the older seekers' hires were, with and without the subsidy, 713 and 712
     * (seed 77), 612/631, 655/698 and 589/617 (seeds 78 to 80), and 698/757 and 617/644 on seeds 81 and 82.
     */
    @Test
    void peopleItDoesNotCoverAreHiredLess() {
        long olderWith = 0;
        long olderWithout = 0;
        for (long seed = 77; seed <= 80; seed++) {
            Paired run = new Paired(place(seed), List.of(subsidy(6_000_000, 2)));
            Persons ages = run.intervention.economy.persons;
            olderWith += hiresOfOlderSeekers(run.intervention, ages, LAST_HIRING + 1);
            olderWithout += hiresOfOlderSeekers(run.baseline, ages, LAST_HIRING + 1);
        }
        System.out.printf("wage subsidy: older seekers' hires over four seeds %d with, %d without%n", olderWith, olderWithout);
        assertTrue(olderWith < olderWithout, "older seekers hired with " + olderWith + ", without " + olderWithout);
    }

    @Test
    void withNoScreeningWeightEverySubsidisedHireIsDeadweight() {
        Paired run = new Paired(PLACE, List.of(subsidy(Double.POSITIVE_INFINITY, 0)));
        WageSubsidy w = (WageSubsidy) run.intervention.interventions.get(0);
        List<Participant> hires = w.allParticipants();
        assertTrue(hires.size() >= 20, "subsidised hires: " + hires.size());
        // The ranking is unchanged, so the labour market matches exactly as in the baseline until payments change firms' cash.
        int window = 1;
        long early = hires.stream().filter(h -> h.startMonth() <= window).count();
        long earlyDeadweight = hires.stream().filter(h -> h.startMonth() <= window)
                .filter(h -> hiredFromUnemployment(run.baseline, h.person(), h.startMonth(), h.startMonth())).count();
        assertTrue(early > 0);
        assertEquals(early, earlyDeadweight, "with no effect on hiring, the first subsidised hires are the baseline's hires");
    }

    @Test
    void theBudgetStopsHiring() {
        double budget = 20_000;
        Paired run = new Paired(PLACE, List.of(subsidy(budget, 2)));
        WageSubsidy w = (WageSubsidy) run.intervention.interventions.get(0);
        assertTrue(w.spent() <= budget * PLACE.run().scale() + 1e-6);
        Paired bigger = new Paired(PLACE, List.of(subsidy(budget * 100, 2)));
        WageSubsidy wb = (WageSubsidy) bigger.intervention.interventions.get(0);
        assertTrue(w.allParticipants().size() < wb.allParticipants().size(),
                w.allParticipants().size() + " vs " + wb.allParticipants().size());
    }

    private static double spend(MetricsTable t) {
        double s = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            s += t.value(m, t.areas().region(), Metric.INTERVENTION_SPEND);
        }
        return s;
    }
}

package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.rules.ReservationWage;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/** The labour market's economics, each in a controlled month with the same luck for every arm. */
class LabourMarketTest {
    private static final int L = Skill.LEVELS;

    /** Every working-age person not in work is made an unemployed searcher; no firm has vacancies or layoffs. */
    private static Economy economyWithSearchers(long seed, int monthsUnemployed, float lastWage) {
        return economyWithSearchers(seed, monthsUnemployed, lastWage, 1.0);
    }

    /** As above, with the unemployed's {@code labour.match_chance}. */
    private static Economy economyWithSearchers(long seed, int monthsUnemployed, float lastWage, double matchChance) {
        return economyWithSearchers(seed, monthsUnemployed, lastWage, matchChance, 1.0);
    }

    /** As above, with the rural council's multiplier on that chance ({@code labour.councils[].match_chance}). */
    private static Economy economyWithSearchers(long seed, int monthsUnemployed, float lastWage, double matchChance,
                                                double ruralMatch) {
        uk.lpip.sim.config.ModelConfig c = TestPlaces.place(4_000, 12, 0, seed);
        c = c.withLabour(c.labour().toBuilder().matchChance(matchChance).councils(java.util.List.of(
                uk.lpip.sim.config.CouncilHazardsConfig.neutral("rural").toBuilder().matchChance(ruralMatch).build())).build());
        Economy e = uk.lpip.sim.build.EconomyBuilder.build(c, new uk.lpip.sim.engine.ParallelChunks(1));
        Persons persons = e.persons;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.isWorkingAge(p) && persons.status[p] != Status.EMPLOYED) {
                persons.changeStatus(p, Status.UNEMPLOYED);
                persons.monthsInStatus[p] = (short) monthsUnemployed;
                persons.monthlyWage[p] = lastWage;
            }
        }
        Firms firms = e.firms;
        java.util.Arrays.fill(firms.vacancies, 0);
        java.util.Arrays.fill(firms.layoffShare, 0f);
        return e;
    }

    private static void openVacancies(Economy e, int perFirm, float wage, IntPredicate whichFirms) {
        Firms firms = e.firms;
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f] && whichFirms.test(f)) {
                firms.vacancies[f * L + Skill.NONE] = perFirm;
                firms.postedWage[f * L + Skill.NONE] = wage;
            }
        }
    }

    private static boolean[] unemployed(Economy e) {
        boolean[] u = new boolean[e.persons.count()];
        for (int p = 0; p < u.length; p++) {
            u[p] = e.persons.status[p] == Status.UNEMPLOYED;
        }
        return u;
    }

    private static int hiredAmong(Economy e, boolean[] before, IntPredicate who) {
        int n = 0;
        for (int p = 0; p < before.length; p++) {
            if (before[p] && who.test(p) && e.persons.status[p] == Status.EMPLOYED) {
                n++;
            }
        }
        return n;
    }

    @Test
    void moreVacanciesInReachMeanFasterExitsFromUnemployment() {
        Economy slack = economyWithSearchers(3, 6, 2_000f);
        Economy tight = economyWithSearchers(3, 6, 2_000f);
        openVacancies(slack, 1, 2_500f, f -> f % 4 == 0);
        openVacancies(tight, 2, 2_500f, f -> true);
        boolean[] before = unemployed(slack);
        new LabourMarket().step(slack);
        new LabourMarket().step(tight);
        int slackHires = hiredAmong(slack, before, p -> true);
        int tightHires = hiredAmong(tight, before, p -> true);
        int pool = 0;
        for (boolean b : before) {
            pool += b ? 1 : 0;
        }
        assertTrue(pool > 300, "searchers: " + pool);
        assertTrue(slackHires > 0, "some hires in the slack market");
        assertTrue(tightHires > 1.5 * slackHires,
                "exit rate from unemployment: slack " + slackHires + "/" + pool + ", tight " + tightHires + "/" + pool);
    }

    /**
     * With vacancies to spare, the unemployed's hiring is set by {@code labour.match_chance}: at 0.03 each
     * of about nine applications a month is a match with that chance (about a quarter of searchers get a
     * match), against nearly every searcher with vacancies in reach at 1.
     */
    @Test
    void theUnemployedsMatchChanceScalesTheirHiringWhenVacanciesAreAmple() {
        double[] chances = {1.0, 0.03};
        int[] hires = new int[2];
        int pool = 0;
        for (int arm = 0; arm < 2; arm++) {
            Economy e = economyWithSearchers(5, 2, 2_000f, chances[arm]);
            openVacancies(e, 3, 2_500f, f -> true);
            boolean[] before = unemployed(e);
            new LabourMarket().step(e);
            hires[arm] = hiredAmong(e, before, p -> true);
            pool = 0;
            for (boolean b : before) {
                pool += b ? 1 : 0;
            }
        }
        assertTrue(pool > 300, "searchers: " + pool);
        assertTrue(hires[0] > 0.6 * pool, "hired with every application a match: " + hires[0] + "/" + pool);
        assertTrue(hires[1] > 0.05 * pool && hires[1] < 0.45 * hires[0],
                "hired at match chance 0.03: " + hires[1] + " against " + hires[0] + " at 1, of " + pool);
    }

    /**
     * A council's multiplier on the match chance ({@code labour.councils[].match_chance}) acts on its own
     * residents only: at 0.2 in the rural council, its villagers' hiring falls while the town's stays as it was.
     */
    @Test
    void aCouncilsMatchMultiplierActsOnItsOwnResidents() {
        double[] multipliers = {1.0, 0.2};
        int[] village = new int[2];
        int[] town = new int[2];
        int villagers = 0;
        for (int arm = 0; arm < 2; arm++) {
            Economy e = economyWithSearchers(5, 2, 2_000f, 0.2, multipliers[arm]);
            openVacancies(e, 3, 2_500f, f -> true);
            boolean[] before = unemployed(e);
            new LabourMarket().step(e);
            Persons persons = e.persons;
            village[arm] = hiredAmong(e, before, p -> persons.zone[p] == TestPlaces.VILLAGE);
            town[arm] = hiredAmong(e, before, p -> persons.zone[p] != TestPlaces.VILLAGE);
            villagers = 0;
            for (int p = 0; p < before.length; p++) {
                villagers += before[p] && persons.zone[p] == TestPlaces.VILLAGE ? 1 : 0;
            }
        }
        assertTrue(villagers > 50, "unemployed villagers: " + villagers);
        assertTrue(village[1] < 0.6 * village[0], "villagers hired at 1 and 0.2: " + village[0] + ", " + village[1]);
        assertTrue(Math.abs(town[1] - town[0]) <= Math.max(3, 0.1 * town[0]), "the town's hires: " + town[0] + ", " + town[1]);
    }

    @Test
    void peopleOnlyTakeJobsWithinTheirCommutingReach() {
        Economy e = economyWithSearchers(5, 6, 2_000f);
        e.places.setBroadbandShare(TestPlaces.VILLAGE, 0.0); // no remote work either
        // Jobs only in the town: 35 minutes by road from the village, which has no bus.
        openVacancies(e, 20, 2_500f, f -> e.firms.zone[f] == TestPlaces.TOWN);
        boolean[] before = unemployed(e);
        new LabourMarket().step(e);
        Persons persons = e.persons;
        int carless = hiredAmong(e, before, p -> persons.zone[p] == TestPlaces.VILLAGE && !persons.hasCar(p));
        int withCar = hiredAmong(e, before, p -> persons.zone[p] == TestPlaces.VILLAGE && persons.hasCar(p));
        assertEquals(0, carless, "villagers without a car cannot reach town jobs");
        assertTrue(withCar > 0, "villagers with a car commute to town jobs");
    }

    @Test
    void broadbandLetsPeopleTakeRemoteAbleJobsBeyondTheirReach() {
        int[] hires = new int[2];
        int[] remote = new int[2];
        for (int arm = 0; arm < 2; arm++) {
            Economy e = economyWithSearchers(5, 6, 2_000f);
            e.places.setBroadbandShare(TestPlaces.VILLAGE, arm == 0 ? 0.0 : 1.0);
            openVacancies(e, 20, 2_500f, f -> e.firms.zone[f] == TestPlaces.TOWN);
            boolean[] before = unemployed(e);
            new LabourMarket().step(e);
            Persons persons = e.persons;
            hires[arm] = hiredAmong(e, before, p -> persons.zone[p] == TestPlaces.VILLAGE && !persons.hasCar(p));
            remote[arm] = e.counters.remoteHires[TestPlaces.VILLAGE];
            for (int p = 0; p < before.length; p++) {
                if (before[p] && persons.zone[p] == TestPlaces.VILLAGE && !persons.hasCar(p) && persons.status[p] == Status.EMPLOYED) {
                    assertTrue(e.sectors.remoteShare(e.firms.sector[persons.employer[p]]) > 0, "only remote-able jobs");
                }
            }
        }
        assertEquals(0, hires[0], "without broadband, car-less villagers cannot work in town");
        assertTrue(hires[1] > 0 && remote[1] >= hires[1], "with broadband they take remote jobs: " + hires[1] + ", remote " + remote[1]);
    }

    @Test
    void aLongerSpellLowersTheReservationWageSoLowerPaidJobsAreTaken() {
        // The same people with the same luck, last paid £4,000; only the length of their spell differs.
        // Reservation wages: 0.90 × £4,000 = £3,600 at the start, × 0.96² ≈ £3,318 after two months.
        Economy fresh = economyWithSearchers(9, 0, 4_000f);
        Economy twoMonths = economyWithSearchers(9, 2, 4_000f);
        Economy pastPermittedPeriod = economyWithSearchers(9, 3, 4_000f);
        openVacancies(fresh, 3, 3_400f, f -> true);
        openVacancies(twoMonths, 3, 3_400f, f -> true);
        openVacancies(pastPermittedPeriod, 3, 2_000f, f -> true);
        boolean[] before = unemployed(fresh);
        new LabourMarket().step(fresh);
        new LabourMarket().step(twoMonths);
        new LabourMarket().step(pastPermittedPeriod);
        assertEquals(0, hiredAmong(fresh, before, p -> true), "the newly unemployed hold out for near their old pay");
        assertTrue(hiredAmong(twoMonths, before, p -> true) > 100, "two months in, £3,400 is acceptable");
        assertTrue(hiredAmong(pastPermittedPeriod, before, p -> true) > 100,
                "after the permitted period, claimants take any job they can do, even at £2,000");
    }

    @Test
    void firmsPreferBetterQualifiedApplicantsWhenOversubscribed() {
        Economy e = economyWithSearchers(13, 6, 2_000f);
        // One vacancy per firm, many applicants each: screening decides.
        openVacancies(e, 1, 2_500f, f -> f % 3 == 0);
        boolean[] before = unemployed(e);
        int[] pool = new int[L];
        for (int p = 0; p < before.length; p++) {
            if (before[p]) {
                pool[e.persons.skill[p]]++;
            }
        }
        new LabourMarket().step(e);
        int[] hired = new int[L];
        for (int p = 0; p < before.length; p++) {
            if (before[p] && e.persons.status[p] == Status.EMPLOYED) {
                hired[e.persons.skill[p]]++;
            }
        }
        double lowRate = (double) hired[Skill.NONE] / pool[Skill.NONE];
        double highRate = (double) hired[Skill.HIGH] / pool[Skill.HIGH];
        assertTrue(highRate > lowRate, "hire rate: high-skilled " + highRate + " vs no qualifications " + lowRate);
    }

    @Test
    void aPersonWithSeveralOffersTakesTheBestPaid() {
        Economy e = economyWithSearchers(17, 6, 2_000f);
        Firms firms = e.firms;
        // Plenty of vacancies: every applicant gets every offer; half the firms pay more.
        openVacancies(e, 50, 2_200f, f -> true);
        for (int f = 0; f < firms.count(); f += 2) {
            firms.postedWage[f * L + Skill.NONE] = 3_300f;
        }
        boolean[] before = unemployed(e);
        new LabourMarket().step(e);
        int better = 0;
        int worse = 0;
        for (int p = 0; p < before.length; p++) {
            if (before[p] && e.persons.status[p] == Status.EMPLOYED) {
                if (e.persons.monthlyWage[p] == 3_300f) {
                    better++;
                } else {
                    worse++;
                }
            }
        }
        // Someone whose sampled applications all went to the lower payers takes a lower-paid job,
        // but with several offers the better one wins, so most hires are to the better payers.
        assertTrue(better > 2 * worse, "hired at £3,300: " + better + ", at £2,200: " + worse);
    }

    @Test
    void reservationWageFallsWithTheSpellThenReachesTheMinimumAfterThePermittedPeriod() {
        var lc = uk.lpip.sim.config.UkDefaults.labour();
        double previous = Double.MAX_VALUE;
        for (int m = 0; m < lc.permittedPeriodMonths(); m++) {
            double r = ReservationWage.of(lc, 3_000, Skill.MEDIUM, m);
            assertTrue(r < previous, "month " + m);
            assertTrue(r >= lc.minimumMonthlyWage());
            previous = r;
        }
        assertEquals(lc.minimumMonthlyWage(), ReservationWage.of(lc, 3_000, Skill.MEDIUM, lc.permittedPeriodMonths()));
        assertTrue(ReservationWage.of(lc, 0, Skill.HIGH, 0) > ReservationWage.of(lc, 0, Skill.NONE, 0),
                "without a last wage, the expected wage of one's skill sets it");
    }

    @Test
    void noPersonSharesAnotherPersonsDrawsInAnyMatchingRound() {
        // The keys were once p * 8 + round, so with 8 or more rounds (the format allows 10) person
        // p's round 8 was person p + 1's round 0. Rounds up to 15 cover every allowed value.
        var keys = new java.util.HashSet<Long>();
        for (int p = 0; p < 20_000; p++) {
            for (int round = 0; round < 16; round++) {
                assertTrue(keys.add(LabourMarket.roundKey(p, round)), "person " + p + " round " + round + " reuses a key");
            }
        }
        assertNotEquals(LabourMarket.roundKey(1, 0), LabourMarket.roundKey(0, 8));
    }
}

package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.DiscouragementConfig;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

class InactivityFlowsTest {
    private static Economy allWorkingAgeIn(byte status, int monthsInStatus, double tightness, long seed) {
        Economy e = TestPlaces.economy(8_000, seed);
        Persons persons = e.persons;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.isWorkingAge(p)) {
                persons.employer[p] = -1;
                persons.changeStatus(p, status);
                persons.monthsInStatus[p] = (short) monthsInStatus;
            }
        }
        Arrays.fill(e.market.vacanciesPerSearcherInReach, tightness);
        return e;
    }

    private static int countIn(Economy e, byte status) {
        int n = 0;
        for (int p = 0; p < e.persons.count(); p++) {
            if (e.persons.status[p] == status) {
                n++;
            }
        }
        return n;
    }

    /** Runs the phase for several months, counting how many leave {@code from}. */
    private static int leaversOver(Economy e, byte from, int months) {
        int start = countIn(e, from);
        int left = 0;
        for (int m = 0; m < months; m++) {
            e.setMonth(m);
            int before = countIn(e, from);
            new InactivityFlows().step(e);
            left += before - countIn(e, from);
        }
        assertTrue(start > 1000, "population in the starting status: " + start);
        return left;
    }

    @Test
    void theDiscouragedReturnToSearchWhenJobsInReachBecomePlentiful() {
        int slack = leaversOver(allWorkingAgeIn(Status.DISCOURAGED, 6, 0.2, 21), Status.DISCOURAGED, 3);
        int tight = leaversOver(allWorkingAgeIn(Status.DISCOURAGED, 6, 1.5, 21), Status.DISCOURAGED, 3);
        assertTrue(tight > 2 * slack, "returns to search over 3 months: slack " + slack + ", tight " + tight);
    }

    @Test
    void longSpellsAndSlackMarketsDiscourageSearchers() {
        Economy shortSlack = allWorkingAgeIn(Status.UNEMPLOYED, 0, 0.2, 23);
        Economy longSlack = allWorkingAgeIn(Status.UNEMPLOYED, 24, 0.2, 23);
        Economy longTight = allWorkingAgeIn(Status.UNEMPLOYED, 24, 1.5, 23);
        for (Economy e : new Economy[] {shortSlack, longSlack, longTight}) {
            new InactivityFlows().step(e);
        }
        int s = countIn(shortSlack, Status.DISCOURAGED);
        int l = countIn(longSlack, Status.DISCOURAGED);
        int t = countIn(longTight, Status.DISCOURAGED);
        assertTrue(l > 1.5 * s, "discouraged after a short spell " + s + " vs a long one " + l);
        assertTrue(l > 1.5 * t, "discouraged in a slack market " + l + " vs a tight one " + t);
    }

    /**
     * Searchers in one month, by how their spell began: person p of working age is a re-entrant from caring
     * (p % 4 == 0), from long-term sickness (1), from discouragement (2), or lost a job (3); all six months
     * into the previous status, in a market at reference tightness.
     */
    private static Economy searchersByOrigin(double lapseHazard, long seed) {
        LabourConfig lc = UkDefaults.labour();
        lc = lc.toBuilder().discouragement(lc.discouragement().toBuilder().reentrantLapseHazard(lapseHazard).build()).build();
        Economy e = EconomyBuilder.build(TestPlaces.place(16_000, 12, 0, seed).withLabour(lc), new ParallelChunks(1));
        Persons persons = e.persons;
        byte[] origin = {Status.CARING, Status.LONG_TERM_SICK, Status.DISCOURAGED, Status.EMPLOYED};
        for (int p = 0; p < persons.count(); p++) {
            if (persons.isWorkingAge(p) && persons.ageYears(p) >= 18) {
                persons.employer[p] = -1;
                persons.changeStatus(p, origin[p % 4]);
                persons.monthsInStatus[p] = 6;
                if (origin[p % 4] != Status.DISCOURAGED) {
                    persons.setReturnedFrom(p, origin[p % 4]);
                }
                persons.changeStatus(p, Status.UNEMPLOYED);
            }
        }
        Arrays.fill(e.market.vacanciesPerSearcherInReach, lc.discouragement().referenceVacanciesPerSearcher());
        new InactivityFlows().step(e);
        return e;
    }

    /** Shares of group {@code group} (p % 4) of the searchers set up above who are now in {@code status}. */
    private static double shareOfGroupIn(Economy e, int group, byte status) {
        int n = 0;
        int in = 0;
        for (int p = group; p < e.persons.count(); p += 4) {
            if (e.persons.isWorkingAge(p) && e.persons.ageYears(p) >= 18) {
                n++;
                in += e.persons.status[p] == status ? 1 : 0;
            }
        }
        assertTrue(n > 1500, "searchers in group " + group + ": " + n);
        return (double) in / n;
    }

    @Test
    void reentrantsLapseBackToTheInactivityTheyCameFromAndJobLosersDoNot() {
        double lapse = 0.2;
        Economy on = searchersByOrigin(lapse, 41);
        Economy off = searchersByOrigin(0.0, 41);
        // With the lapse off, a re-entrant from caring enters caring no more often than a job loser does.
        assertEquals(shareOfGroupIn(off, 3, Status.CARING), shareOfGroupIn(off, 0, Status.CARING), 0.012);
        // With it on, each re-entrant group goes back to its own reason at about the lapse hazard more...
        assertEquals(lapse, shareOfGroupIn(on, 0, Status.CARING) - shareOfGroupIn(off, 0, Status.CARING), 0.03);
        assertEquals(lapse, shareOfGroupIn(on, 1, Status.LONG_TERM_SICK) - shareOfGroupIn(off, 1, Status.LONG_TERM_SICK), 0.03);
        assertEquals(lapse, shareOfGroupIn(on, 2, Status.DISCOURAGED) - shareOfGroupIn(off, 2, Status.DISCOURAGED), 0.03);
        // ...and not to another reason,
        assertEquals(shareOfGroupIn(off, 0, Status.LONG_TERM_SICK), shareOfGroupIn(on, 0, Status.LONG_TERM_SICK), 0.012);
        // while those whose spell began in work leave search exactly as before (the same draws).
        for (byte s : new byte[] {Status.UNEMPLOYED, Status.CARING, Status.LONG_TERM_SICK, Status.DISCOURAGED}) {
            assertEquals(shareOfGroupIn(off, 3, s), shareOfGroupIn(on, 3, s), 1e-12, Status.name(s));
        }
    }

    @Test
    void hazardsMoveTheRightWay() {
        DiscouragementConfig dc = UkDefaults.labour().discouragement();
        assertTrue(InactivityFlows.discouragementHazard(dc, 24, 0.6) > InactivityFlows.discouragementHazard(dc, 1, 0.6));
        assertTrue(InactivityFlows.discouragementHazard(dc, 6, 0.2) > InactivityFlows.discouragementHazard(dc, 6, 1.2));
        assertTrue(InactivityFlows.returnHazard(dc, 1.2) > InactivityFlows.returnHazard(dc, 0.3));
        assertEquals(dc.baseReturnHazard(), InactivityFlows.returnHazard(dc, dc.referenceVacanciesPerSearcher()), 1e-12);
    }

    @Test
    void aNegativeDurationEffectMakesGivingUpLikeliestEarlyAndNeverANegativeHazard() {
        DiscouragementConfig dc = UkDefaults.labour().discouragement().toBuilder().durationEffectPerYear(-0.5).build();
        double start = InactivityFlows.discouragementHazard(dc, 0, 0.6);
        assertEquals(start * 0.5, InactivityFlows.discouragementHazard(dc, 12, 0.6), 1e-12, "half the start's after a year");
        assertEquals(0.0, InactivityFlows.discouragementHazard(dc, 24, 0.6), 1e-12, "none after two years");
        assertEquals(0.0, InactivityFlows.discouragementHazard(dc, 30, 0.6), 1e-12, "and not below none");
    }

    @Test
    void skillsDepreciateOnlyAfterAYearOutOfWork() {
        Economy shortSpell = allWorkingAgeIn(Status.UNEMPLOYED, 3, 0.6, 29);
        Economy longSpell = allWorkingAgeIn(Status.UNEMPLOYED, 13, 0.6, 29);
        int[] before = skills(shortSpell);
        for (int m = 0; m < 6; m++) {
            shortSpell.setMonth(m);
            longSpell.setMonth(m);
            new InactivityFlows().step(shortSpell);
            new InactivityFlows().step(longSpell);
        }
        int lost = 0;
        int[] after = skills(longSpell);
        for (int p = 0; p < before.length; p++) {
            if (longSpell.persons.status[p] == Status.UNEMPLOYED && after[p] < before[p]) {
                lost++;
            }
        }
        int shortLost = 0;
        int[] afterShort = skills(shortSpell);
        for (int p = 0; p < before.length; p++) {
            if (shortSpell.persons.status[p] == Status.UNEMPLOYED && afterShort[p] < before[p]) {
                shortLost++;
            }
        }
        assertEquals(0, shortLost, "no scarring within the first year");
        assertTrue(lost > 50, "scarred after a year out of work: " + lost);
    }

    private static int[] skills(Economy e) {
        int[] s = new int[e.persons.count()];
        for (int p = 0; p < s.length; p++) {
            s[p] = e.persons.skill[p];
        }
        return s;
    }

    @Test
    void studentsLeavingEducationGainSkillsAndJoinTheSearch() {
        Economy e = allWorkingAgeIn(Status.STUDENT, 12, 0.6, 31);
        Persons persons = e.persons;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.STUDENT) {
                persons.ageMonths[p] = (short) (22 * 12);
                persons.skill[p] = Skill.NONE;
            }
        }
        for (int m = 0; m < 12; m++) {
            e.setMonth(m);
            new InactivityFlows().step(e);
        }
        int leavers = 0;
        int high = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.ageMonths[p] == 22 * 12 && persons.status[p] == Status.UNEMPLOYED) {
                leavers++;
                high += persons.skill[p] == Skill.HIGH ? 1 : 0;
            }
        }
        assertTrue(leavers > 500, "leavers " + leavers);
        assertEquals(UkDefaults.population().graduateSkillShares()[Skill.HIGH], (double) high / leavers, 0.06);
    }
}

package uk.lpip.sim.labour;

import java.util.Arrays;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Job search straight from inactivity ({@code labour.inactivity[].direct_search_share}): each month a
 * person inactive for a reason looks for work with that reason's chance, without becoming unemployed.
 * They apply in the month's matching rounds as the unemployed do (same applications, reservation wage and
 * stretch share; screened with the penalty for their months out of work), but an application is a match
 * with {@code labour.direct_search_match_chance} rather than the unemployed's {@code labour.match_chance}
 * (default 1: no filter, as for someone searching from a job); if hired they go from inactivity straight
 * into work, and otherwise stay inactive, keeping their reason and spell.
 *
 * <p>The choice is one draw per person and month ({@link Purpose#DIRECT_SEARCH}), made once before the
 * month's rounds ({@link #mark}) and only where the reason's share is above 0, so a scenario with every
 * share 0 draws exactly what it drew before. Students search only from 18 (below it they are at school); the discouraged,
 * who are not a configured reason, return through the discouragement hazards instead.
 */
final class DirectSearch {
    /** Each status code's share (0 for statuses that are not a configured reason), so the loop reads an array. */
    private final double[] shareByStatus = new double[Status.DEAD + 1];
    private final boolean any;
    private final int pensionAgeMonths;

    DirectSearch(LabourConfig lc, int pensionAgeYears) {
        boolean on = false;
        for (InactivityReasonConfig r : lc.inactivity()) {
            double share = r.directSearchShare();
            shareByStatus[InactivityFlows.statusOf(r.reason())] = share;
            on |= share > 0;
        }
        this.any = on;
        this.pensionAgeMonths = pensionAgeYears * 12;
    }

    /**
     * Marks in {@code bits} (a bit a person, cleared here) the inactive who look for work this month: one
     * draw a person and month, the same in every round, so it is drawn once before the rounds. Chunks of
     * persons are multiples of 64, so each chunk writes whole words of the bit set.
     */
    void mark(Economy e, long[] bits) {
        Persons persons = e.persons;
        int n = persons.count();
        Arrays.fill(bits, 0, (n + 63) >> 6, 0L);
        if (!any) {
            return;
        }
        KeyedRandom rng = e.random;
        int month = e.month();
        e.parallel.forEachChunk(n, Economy.PERSON_CHUNK, (chunk, from, to) -> {
            for (int p = from; p < to; p++) {
                byte status = persons.status[p];
                if (status != Status.EMPLOYED && status != Status.UNEMPLOYED && searches(persons, rng, month, p, status)) {
                    bits[p >>> 6] |= 1L << p;
                }
            }
        });
    }

    /** Whether inactive person {@code p} (of status {@code status}) looks for work in {@code month}. */
    boolean searches(Persons persons, KeyedRandom rng, int month, int p, byte status) {
        if (!any || status >= shareByStatus.length) {
            return false;
        }
        double share = shareByStatus[status];
        int age = persons.ageMonths[p];
        if (share <= 0 || age < 16 * 12 || age >= pensionAgeMonths || (status == Status.STUDENT && age < 18 * 12)) {
            return false;
        }
        return rng.chance(Purpose.DIRECT_SEARCH, month, p, share);
    }

    /**
     * Before a direct hire: the odds of a part-time first job after caring or long-term sickness, as for
     * those who return to search ({@link Persons#setReturnedFrom}).
     */
    static void beforeHire(Persons persons, int p) {
        byte status = persons.status[p];
        if (status != Status.EMPLOYED && status != Status.UNEMPLOYED) {
            persons.setReturnedFrom(p, status);
        }
    }
}

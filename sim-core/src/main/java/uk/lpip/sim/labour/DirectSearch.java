package uk.lpip.sim.labour;

import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
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
 * <p>The choice is one draw per person and month ({@link Purpose#DIRECT_SEARCH}), the same in every
 * round, made only where the reason's share is above 0, so a scenario with every share 0 draws exactly
 * what it drew before. Students search only from 18 (below it they are at school); the discouraged,
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

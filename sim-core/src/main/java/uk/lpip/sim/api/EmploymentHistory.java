package uk.lpip.sim.api;

import java.util.BitSet;
import java.util.List;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Status;

/**
 * Who was in work in each recorded month of one arm, as one set of person ids per month: what a
 * participant's outcome k months after starting is read from ({@link ParticipantOutcome}). Ids
 * match across the arms of a replicate, as in {@link Population}. A month the arm did not simulate
 * itself (before it branched from a shared past) is not recorded; no intervention acts then.
 */
public final class EmploymentHistory {
    private final BitSet[] employed;

    EmploymentHistory(int months) {
        this.employed = new BitSet[months];
    }

    /** A history from each recorded month's statuses (month = index), as a test keeps them. */
    public static EmploymentHistory of(List<byte[]> statusByMonth) {
        EmploymentHistory h = new EmploymentHistory(statusByMonth.size());
        for (int m = 0; m < statusByMonth.size(); m++) {
            h.record(m, statusByMonth.get(m), statusByMonth.get(m).length);
        }
        return h;
    }

    void record(Economy e) {
        int m = e.reportedMonth();
        if (m >= 0 && m < employed.length) {
            record(m, e.persons.status, e.persons.count());
        }
    }

    private void record(int month, byte[] status, int count) {
        BitSet in = new BitSet(count);
        for (int p = 0; p < count; p++) {
            if (status[p] == Status.EMPLOYED) {
                in.set(p);
            }
        }
        employed[month] = in;
    }

    /** Recorded months in the run (the last one is the horizon). */
    public int months() {
        return employed.length;
    }

    /** Whether month {@code month} (after the burn-in) was recorded. */
    public boolean recorded(int month) {
        return month >= 0 && month < employed.length && employed[month] != null;
    }

    /** Whether person {@code person} was in work after month {@code month}'s phases (false for a month not recorded). */
    public boolean employed(int month, int person) {
        return recorded(month) && employed[month].get(person);
    }
}

package uk.lpip.sim.labour;

import uk.lpip.sim.config.EmployabilityConfig;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Status;

/**
 * A searcher's multiplier on the match chance of their applications ({@link EmployabilityConfig}): the
 * callbacks lost with the months of an unemployment spell, and a person's own employability.
 */
public final class Employability {
    private Employability() {
    }

    /**
     * Whether a person is of low employability: a fixed draw per person (month 0), so the same people stay
     * so for their whole lives, and the same people in every arm of a paired run.
     */
    public static boolean isLow(Economy e, int p) {
        double share = e.config.labour().employability().lowShare();
        return share > 0 && e.random.uniform(Purpose.EMPLOYABILITY, 0, p) < share;
    }

    /**
     * The multiplier on the match chance of a searcher's applications: for the unemployed, the callback
     * factor of their spell so far; for anyone, the low-employability multiplier if they are of low
     * employability.
     */
    public static double matchFactor(Economy e, int p) {
        EmployabilityConfig ec = e.config.labour().employability();
        double f = e.persons.status[p] == Status.UNEMPLOYED ? ec.callbackFactor(e.persons.monthsInStatus[p]) : 1.0;
        return isLow(e, p) ? f * ec.lowMatch() : f;
    }
}

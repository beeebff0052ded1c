package uk.lpip.sim.policy;

import uk.lpip.sim.state.Economy;

/**
 * A policy acting on the economy. Each kind of intervention is one class behind this interface:
 * it decides who is eligible, selects participants, changes the inputs that the model's own
 * mechanisms read (skill, search intensity, reach, productivity, entry) and pays for it through
 * {@link PolicyContext}, so the accounts still close. It never re-implements a market.
 */
public interface Intervention {
    /** A name for outputs, unique within a run. */
    String name();

    /** First reported month (0 = the first month after burn-in) in which it acts. */
    int startMonth();

    /** Last reported month in which it acts (inclusive). */
    int endMonth();

    /** Acts for one month; called in the interventions step while {@link #isActive} holds. */
    void act(Economy economy, PolicyContext context);

    default boolean isActive(int reportedMonth) {
        return reportedMonth >= startMonth() && reportedMonth <= endMonth();
    }

    /** People currently taking part (in training, say); 0 for interventions without participants. */
    default int participants() {
        return 0;
    }
}

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

    /**
     * Acts at the start of a month, before firms plan and the labour market matches (called in the
     * interventions' month-start step while {@link #isActive} holds): for changes that must take
     * effect before anyone searches that month, such as a subsidised job that ends once its last
     * subsidised month has been worked and paid. Most interventions act only in {@link #act}.
     */
    default void startMonth(Economy economy, PolicyContext context) {
    }

    default boolean isActive(int reportedMonth) {
        return reportedMonth >= startMonth() && reportedMonth <= endMonth();
    }

    /**
     * Everyone it has worked on directly (programme starters, subsidised hires), in order of
     * starting; empty for interventions that act on places, firms or rivers. The run summary and
     * additionality read these against the same people in the baseline arm.
     */
    default java.util.List<Participant> allParticipants() {
        return java.util.List.of();
    }

    /** The title the run summary gives its participants (its type's), or "" when it has none. */
    default String participantsTitle() {
        return type() == null ? "" : type().participantsTitle();
    }

    /** Its kind's declaration (for the outcomes its participants are held against), or null for an ad hoc intervention. */
    default InterventionType<?> type() {
        return null;
    }

    /** The zones it serves (its target area), or null when it has no participants. */
    default boolean[] targetZones() {
        return null;
    }

    /** People currently taking part (in training, say); 0 for interventions without participants. */
    default int participants() {
        return 0;
    }
}

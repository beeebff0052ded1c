package uk.lpip.sim.policy;

import java.util.Objects;

/**
 * An outcome a kind's participants are calibrated to, and that each run reports them against:
 * their employment {@code months} after their own start, with the intervention against the same
 * people without it, measured as the published record measures it.
 *
 * @param months   months after starting (or after contact, for outreach)
 * @param measure  {@link Measure#POINTS}: the difference in the share in work, percentage points;
 *                 {@link Measure#RELATIVE}: the relative rise, with / without − 1
 * @param evidence the record ("outcome: ..." in the kind's evidence) whose interval the effect is held against
 */
public record ParticipantTarget(int months, Measure measure, Evidence evidence) {
    /** How an effect on participants' employment is expressed. */
    public enum Measure { POINTS, RELATIVE }

    public ParticipantTarget {
        Objects.requireNonNull(measure);
        Objects.requireNonNull(evidence, "a participant target needs its evidence record");
        if (months < 1) {
            throw new IllegalArgumentException("months after starting must be at least 1: " + months);
        }
    }
}

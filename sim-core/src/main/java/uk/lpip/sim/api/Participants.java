package uk.lpip.sim.api;

import java.util.BitSet;
import java.util.List;
import uk.lpip.sim.policy.Intervention;
import uk.lpip.sim.policy.Participant;
import uk.lpip.sim.policy.ParticipantTarget;

/**
 * The people an intervention worked on directly (a skills programme's starters, a wage subsidy's
 * subsidised hires), copied out of a run, for the run summary and additionality: they are read
 * against the same people in the baseline arm of the replicate (common random numbers keep ids
 * matched).
 *
 * @param intervention the intervention's name (unique within a run)
 * @param title        the title the run summary gives its participants (its type's)
 * @param people       everyone it worked on, in order of starting
 * @param targetZones  the zones it serves (its target area), by zone index
 * @param targets      the outcomes its kind's participants are calibrated to (evidence records), in declaration order
 */
public record Participants(String intervention, String title, List<Participant> people, boolean[] targetZones,
                           List<ParticipantTarget> targets) {
    public Participants {
        people = List.copyOf(people);
        targetZones = targetZones.clone();
        targets = List.copyOf(targets);
    }

    /** The participants of each of a run's interventions that has them, in the run's order. */
    static List<Participants> of(List<Intervention> interventions) {
        return interventions.stream().filter(iv -> !iv.participantsTitle().isEmpty())
                .map(iv -> new Participants(iv.name(), iv.participantsTitle(), iv.allParticipants(), iv.targetZones(),
                        iv.type() == null ? List.of() : iv.type().targets()))
                .toList();
    }

    /** Their outcome {@code months} after each one's start, from the intervention arm's and the baseline's histories. */
    public ParticipantOutcome outcome(int months, EmploymentHistory with, EmploymentHistory without) {
        return ParticipantOutcome.of(people, months, with, without);
    }

    /** The people as a set of person ids. */
    public BitSet persons() {
        BitSet out = new BitSet();
        people.forEach(x -> out.set(x.person()));
        return out;
    }

    /** How many complete (the course, or the full subsidy period). */
    public long completed() {
        return people.stream().filter(Participant::completes).count();
    }

    /**
     * How many of the people are in work in {@code population} (an arm's population at the horizon);
     * an id beyond that population counts as not in work.
     */
    public long inWork(Population population) {
        return people.stream().filter(x -> population.employed(x.person())).count();
    }
}

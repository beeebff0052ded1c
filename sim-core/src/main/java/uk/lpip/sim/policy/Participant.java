package uk.lpip.sim.policy;

/**
 * A person an intervention works on directly: a programme's starter or a subsidised hire, from
 * {@code startMonth} to {@code endMonth} (simulation months); {@code completes} when they finish
 * (the course, or the full subsidy period).
 */
public record Participant(int person, int startMonth, int endMonth, boolean completes) { }

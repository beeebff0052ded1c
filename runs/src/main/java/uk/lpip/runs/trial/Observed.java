package uk.lpip.runs.trial;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lpip.sim.api.Cohort;
import uk.lpip.sim.api.Participants;

/**
 * One replicate's data for one design: the sample at the trial's start (from the baseline arm,
 * identical in every arm until the interventions act), each person's outcome at follow-up in the
 * baseline arm and in the design's trial arm, and the trial arm's participants.
 *
 * @param start     everyone at the trial's start (the month before the interventions begin)
 * @param baseline  everyone at follow-up in the baseline arm (the counterfactual)
 * @param trial     everyone at follow-up in the design's trial arm
 * @param baselineAt everyone in the baseline arm at each observed month (a stepped wedge's periods among them)
 * @param trialAt    everyone in the trial arm at each observed month
 */
record Observed(Cohort start, Cohort baseline, Cohort trial, List<Participants> participants, Map<Integer, Cohort> baselineAt,
                Map<Integer, Cohort> trialAt) {
    /** The outcome of person {@code p} in {@code c}: 1/0 in work, or monthly earnings (0 without work). */
    static double outcome(Cohort c, int p, String outcome) {
        if (p >= c.size()) {
            return 0;
        }
        return outcome.equals("earnings") ? c.monthlyWage()[p] : c.status()[p] == Cohort.EMPLOYED ? 1 : 0;
    }

    /** Everyone in the trial arm's participant lists. */
    Set<Integer> participantIds() {
        java.util.HashSet<Integer> out = new java.util.HashSet<>();
        for (Participants ps : participants) {
            ps.persons().stream().forEach(out::add);
        }
        return out;
    }

    /**
     * The trial's sample at its start: working age 18–64, a status among {@code eligible}
     * (other_inactive: caring, long-term sick, retired), skill at most {@code skillCeiling}, living in
     * one of the councils {@code councils} (all if null).
     */
    static int[] sample(Cohort c, List<String> eligible, int skillCeiling, boolean[] councils) {
        return Arrays.stream(range(c.size())).filter(p -> c.workingAge(p) && c.age()[p] >= 18 && c.skill()[p] <= skillCeiling
                && (councils == null || councils[c.council()[p]]) && eligible(c.status()[p], eligible)).toArray();
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        Arrays.setAll(out, i -> i);
        return out;
    }

    static boolean eligible(byte status, List<String> eligible) {
        return switch (status) {
            case Cohort.EMPLOYED -> eligible.contains("employed");
            case Cohort.UNEMPLOYED -> eligible.contains("unemployed");
            case Cohort.DISCOURAGED -> eligible.contains("discouraged");
            case Cohort.CARING, Cohort.LONG_TERM_SICK, Cohort.RETIRED -> eligible.contains("other_inactive");
            default -> false;
        };
    }
}

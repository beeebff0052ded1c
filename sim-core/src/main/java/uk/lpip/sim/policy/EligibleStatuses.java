package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * The statuses an intervention admits, by the names scenario files use: unemployed, discouraged,
 * other_inactive (caring, long-term sick, retired early) and low_skilled_employed (skill none or low).
 */
final class EligibleStatuses {
    static final List<String> ALL = List.of("unemployed", "discouraged", "other_inactive", "low_skilled_employed");

    private final boolean unemployed;
    private final boolean discouraged;
    private final boolean otherInactive;
    private final boolean lowSkilledEmployed;

    /** @param allowed the names this kind of intervention accepts (a subset of {@link #ALL}) */
    EligibleStatuses(List<String> names, List<String> allowed) {
        Targeting.check(names, allowed, "eligibility");
        unemployed = names.contains("unemployed");
        discouraged = names.contains("discouraged");
        otherInactive = names.contains("other_inactive");
        lowSkilledEmployed = names.contains("low_skilled_employed");
    }

    boolean admits(byte status, byte skill) {
        return switch (status) {
            case Status.UNEMPLOYED -> unemployed;
            case Status.DISCOURAGED -> discouraged;
            case Status.CARING, Status.LONG_TERM_SICK, Status.RETIRED -> otherInactive;
            case Status.EMPLOYED -> lowSkilledEmployed && skill <= Skill.LOW;
            default -> false;
        };
    }
}

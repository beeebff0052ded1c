package uk.lpip.sim.policy;

/**
 * Who pays for an intervention: a council (by index) or central government (the UK or a devolved
 * government: both are the central-government account here).
 */
public record Funder(Kind kind, int council) {
    public enum Kind { COUNCIL, CENTRAL_GOVERNMENT }

    public static Funder council(int index) {
        return new Funder(Kind.COUNCIL, index);
    }

    public static Funder centralGovernment() {
        return new Funder(Kind.CENTRAL_GOVERNMENT, -1);
    }
}

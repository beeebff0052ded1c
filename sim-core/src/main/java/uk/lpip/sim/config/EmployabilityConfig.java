package uk.lpip.sim.config;

/**
 * How an unemployed person's chance of a match with an employer varies with the spell and with the person:
 * the two sources of the decline of exits from unemployment with the length of the spell.
 *
 * <ul>
 *   <li><b>True duration dependence.</b> Employers call back fewer applicants the longer they have been out of
 *       work, most of the fall coming in the first months. The match chance of an application falls linearly
 *       from its full value at the start of a spell to {@code callbackFloor} times it after
 *       {@code callbackDeclineMonths}, and stays there.</li>
 *   <li><b>Who is unemployed.</b> People differ in how employable they are in ways the model does not otherwise
 *       describe (health, a record, confidence, literacy). A share {@code lowShare} of people, the same people
 *       for their whole lives (a fixed draw per person), have their match chance multiplied by
 *       {@code lowMatch}. They find work more slowly, so they make up more of the long spells: exits by
 *       duration fall even without true duration dependence.</li>
 * </ul>
 *
 * @param callbackFloor         match chance after {@code callbackDeclineMonths} of a spell, as a share of that
 *                              at its start (1: no decline)
 * @param callbackDeclineMonths months of a spell over which the match chance falls to the floor
 * @param lowShare              share of people of low employability (0: everyone alike)
 * @param lowMatch              multiplier on their match chance (applications from unemployment and straight
 *                              from inactivity)
 */
public record EmployabilityConfig(double callbackFloor, int callbackDeclineMonths, double lowShare, double lowMatch) {

    /** The multiplier on the match chance of a spell of {@code months} (0 at its first month). */
    public double callbackFactor(int months) {
        if (months >= callbackDeclineMonths) {
            return callbackFloor;
        }
        return 1.0 - (1.0 - callbackFloor) * months / (double) callbackDeclineMonths;
    }

    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .callbackFloor(callbackFloor)
                .callbackDeclineMonths(callbackDeclineMonths)
                .lowShare(lowShare)
                .lowMatch(lowMatch);
    }

    /** Named construction of {@link EmployabilityConfig}. */
    public static final class Builder {
        private Double callbackFloor;
        private Integer callbackDeclineMonths;
        private Double lowShare;
        private Double lowMatch;

        private Builder() {
        }

        public Builder callbackFloor(double value) { callbackFloor = value; return this; }
        public Builder callbackDeclineMonths(int value) { callbackDeclineMonths = value; return this; }
        public Builder lowShare(double value) { lowShare = value; return this; }
        public Builder lowMatch(double value) { lowMatch = value; return this; }

        public EmployabilityConfig build() {
            return new EmployabilityConfig(
                    Builders.required(callbackFloor, "EmployabilityConfig", "callbackFloor"),
                    Builders.required(callbackDeclineMonths, "EmployabilityConfig", "callbackDeclineMonths"),
                    Builders.required(lowShare, "EmployabilityConfig", "lowShare"),
                    Builders.required(lowMatch, "EmployabilityConfig", "lowMatch"));
        }
    }
}

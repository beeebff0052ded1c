package uk.lpip.sim.config;

/**
 * Full-time and part-time hours, and who takes part-time work. Each sector's share of part-time
 * posts is a sector value ({@link SectorConfig#partTimeShare()}); the hours of a post are drawn
 * when it is filled.
 *
 * @param fullTimeWeeklyHours              usual weekly hours of a full-time job (posted pay is for these hours)
 * @param partTimeWeeklyHours              usual weekly hours of a part-time job
 * @param partTimeOddsAfterCaring          multiplier on the odds that the first job after a spell of caring
 *                                         (looking after family or home) is part time
 * @param partTimeOddsAfterLongTermSickness multiplier on the odds that the first job after a spell of
 *                                         long-term sickness is part time
 */
public record HoursConfig(double fullTimeWeeklyHours, double partTimeWeeklyHours, double partTimeOddsAfterCaring,
                          double partTimeOddsAfterLongTermSickness) {

    /** A part-time job's hours as a share of a full-time job's: its full-time equivalent (FTE). */
    public double partTimeFte() {
        return partTimeWeeklyHours / fullTimeWeeklyHours;
    }

    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .fullTimeWeeklyHours(fullTimeWeeklyHours)
                .partTimeWeeklyHours(partTimeWeeklyHours)
                .partTimeOddsAfterCaring(partTimeOddsAfterCaring)
                .partTimeOddsAfterLongTermSickness(partTimeOddsAfterLongTermSickness);
    }

    /** Named construction of {@link HoursConfig}. */
    public static final class Builder {
        private Double fullTimeWeeklyHours;
        private Double partTimeWeeklyHours;
        private Double partTimeOddsAfterCaring;
        private Double partTimeOddsAfterLongTermSickness;

        private Builder() {
        }

        public Builder fullTimeWeeklyHours(double value) { fullTimeWeeklyHours = value; return this; }
        public Builder partTimeWeeklyHours(double value) { partTimeWeeklyHours = value; return this; }
        public Builder partTimeOddsAfterCaring(double value) { partTimeOddsAfterCaring = value; return this; }
        public Builder partTimeOddsAfterLongTermSickness(double value) { partTimeOddsAfterLongTermSickness = value; return this; }

        public HoursConfig build() {
            return new HoursConfig(
                    Builders.required(fullTimeWeeklyHours, "HoursConfig", "fullTimeWeeklyHours"),
                    Builders.required(partTimeWeeklyHours, "HoursConfig", "partTimeWeeklyHours"),
                    Builders.required(partTimeOddsAfterCaring, "HoursConfig", "partTimeOddsAfterCaring"),
                    Builders.required(partTimeOddsAfterLongTermSickness, "HoursConfig", "partTimeOddsAfterLongTermSickness"));
        }
    }
}

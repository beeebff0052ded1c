package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import uk.lpip.sim.config.HoursConfig;

/** The {@code labour.hours} section: full-time and part-time hours, and who takes part-time work. */
final class HoursFormat {
    private HoursFormat() {
    }

    static final ObjectSpec<HoursConfig> HOURS = new ObjectSpec<>("hours",
            "full-time and part-time hours, and who takes part-time work (each sector's share of part-time posts is a sector key)",
            v -> HoursConfig.builder().fullTimeWeeklyHours(v.number("full_time_weekly_hours"))
                    .partTimeWeeklyHours(below(v.number("part_time_weekly_hours"), "part_time_weekly_hours",
                            v.number("full_time_weekly_hours"), "full_time_weekly_hours"))
                    .partTimeOddsAfterCaring(v.number("part_time_odds_after_caring"))
                    .partTimeOddsAfterLongTermSickness(v.number("part_time_odds_after_long_term_sickness")).build(),
            of("full_time_weekly_hours", ValueSpec.number(1, 80), HoursConfig::fullTimeWeeklyHours,
                    "usual weekly hours of a full-time job, for which posted pay and the minimum monthly wage are set",
                    "hours per week", "37.5"),
            of("part_time_weekly_hours", ValueSpec.number(1, 80), HoursConfig::partTimeWeeklyHours,
                    "usual weekly hours of a part-time job (below full time): it pays that share of the full-time rate",
                    "hours per week", "20"),
            of("part_time_odds_after_caring", ValueSpec.number(0.01, 100), HoursConfig::partTimeOddsAfterCaring,
                    "multiplier on the odds that the first job after caring for family or home is part time", "ratio", "2.25"),
            of("part_time_odds_after_long_term_sickness", ValueSpec.number(0.01, 100),
                    HoursConfig::partTimeOddsAfterLongTermSickness,
                    "multiplier on the odds that the first job after long-term sickness is part time", "ratio", "1.44"));

    /** The value if it is below the limit, else an error naming both keys. */
    private static double below(double value, String key, double limit, String limitKey) {
        if (!(value < limit)) {
            throw new IllegalArgumentException(key + " (" + ValueSpec.fmt(value) + ") must be below " + limitKey
                    + " (" + ValueSpec.fmt(limit) + "): a part-time job has fewer hours than a full-time one");
        }
        return value;
    }
}

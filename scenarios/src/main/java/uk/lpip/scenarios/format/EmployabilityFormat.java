package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import uk.lpip.sim.config.EmployabilityConfig;

/** The {@code labour.employability} section: how the match chance falls with a spell and differs between people. */
final class EmployabilityFormat {
    private EmployabilityFormat() {
    }

    static final ObjectSpec<EmployabilityConfig> EMPLOYABILITY = new ObjectSpec<>("employability",
            "how an unemployed person's match chance falls with the months of the spell (employers call back fewer "
                    + "of the long unemployed) and differs between people (a fixed share are less employable)",
            v -> EmployabilityConfig.builder()
                    .callbackFloor(v.number("callback_floor"))
                    .callbackDeclineMonths(v.integer("callback_decline_months"))
                    .lowShare(v.number("low_share"))
                    .lowMatch(v.number("low_match"))
                    .build(),
            of("callback_floor", ValueSpec.share(), EmployabilityConfig::callbackFloor,
                    "match chance after callback_decline_months of a spell, as a share of that at its start (1: no fall)",
                    "ratio", "0.55"),
            of("callback_decline_months", ValueSpec.integer(1, 120), EmployabilityConfig::callbackDeclineMonths,
                    "months of a spell over which the match chance falls (linearly) to the floor", "months", "8"),
            of("low_share", ValueSpec.share(), EmployabilityConfig::lowShare,
                    "share of people of low employability (a fixed draw per person; 0: everyone alike)", "share", "0.2"),
            of("low_match", ValueSpec.share(), EmployabilityConfig::lowMatch,
                    "multiplier on their match chance, from unemployment and straight from inactivity", "ratio", "0.15"));
}

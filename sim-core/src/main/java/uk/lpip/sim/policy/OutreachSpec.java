package uk.lpip.sim.policy;

import java.util.List;

/**
 * Outreach: workers contact inactive people in the target area; some return to active search.
 *
 * @param eligible           any of discouraged, other_inactive
 * @param who                age band, time without work, benefit receipt, reasons, re-contact (shared keys)
 * @param contactRateMonthly chance that an eligible person is contacted in a month
 * @param returnShare        share of those contacted who return to search
 * @param costPerContact     £ per contact
 */
@Levers(title = "outreach", description = "contacting inactive people so that some return to search")
public record OutreachSpec(
        CommonSpec common,
        @Lever(key = "eligible", oneOf = {"discouraged", "other_inactive"}, minItems = 1, doc = "who is contacted",
                example = "[discouraged]", fallback = "[discouraged]") List<String> eligible,
        WhoSpec who,
        @Lever(key = "contact_rate_monthly", min = 0, max = 1, doc = "chance an eligible person is contacted in a month",
                unit = "per month", example = "0.05") double contactRateMonthly,
        @Lever(key = "return_share", min = 0, max = 1, doc = "share of those contacted who return to search", unit = "share",
                example = "0.25") double returnShare,
        @Lever(key = "cost_per_contact", min = 0, max = 100_000, doc = "cost per contact", unit = "£", example = "150")
        double costPerContact) implements InterventionSpec {
    public OutreachSpec {
        eligible = List.copyOf(eligible);
    }
}

package uk.lpip.sim.policy;

import java.util.List;

/**
 * Outreach: workers contact inactive people in the target area and support them for some months,
 * raising their hazard of returning to search by their reason for inactivity.
 *
 * @param eligible           any of discouraged, other_inactive
 * @param who                age band, time without work, benefit receipt, reasons, re-contact (shared keys)
 * @param contactRateMonthly chance that an eligible person is contacted in a month
 * @param multiplierDiscouraged factor on the return hazard of a supported discouraged person
 * @param multiplierCaring   the same for a carer
 * @param multiplierSick     the same for a long-term sick person
 * @param multiplierRetired  the same for an early retired person
 * @param supportMonths      months of support after contact
 * @param costPerContact     £ per contact
 */
@Levers(title = "outreach",
        description = "contacting inactive people and supporting them, which raises their hazard of returning to search")
public record OutreachSpec(
        CommonSpec common,
        @Lever(key = "eligible", oneOf = {"discouraged", "other_inactive"}, minItems = 1, doc = "who is contacted",
                example = "[discouraged]", fallback = "[discouraged]") List<String> eligible,
        WhoSpec who,
        @Lever(key = "contact_rate_monthly", min = 0, max = 1, doc = "chance an eligible person is contacted in a month",
                unit = "per month", example = "0.05") double contactRateMonthly,
        @Lever(key = "return_multiplier_discouraged", min = 1, max = 20,
                doc = "factor on a supported discouraged person's monthly hazard of returning to search (ASSUMPTION)",
                unit = "factor", example = "2", fallback = "2") double multiplierDiscouraged,
        @Lever(key = "return_multiplier_caring", min = 1, max = 20,
                doc = "factor on a supported carer's monthly hazard of returning to search (ASSUMPTION)",
                unit = "factor", example = "1.3", fallback = "1.3") double multiplierCaring,
        @Lever(key = "return_multiplier_long_term_sick", min = 1, max = 20,
                doc = "factor on a supported long-term sick person's monthly hazard of returning to search (ASSUMPTION)",
                unit = "factor", example = "1.5", fallback = "1.5") double multiplierSick,
        @Lever(key = "return_multiplier_retired", min = 1, max = 20,
                doc = "factor on a supported early retired person's monthly hazard of returning to search (ASSUMPTION)",
                unit = "factor", example = "1", fallback = "1") double multiplierRetired,
        @Lever(key = "support_months", min = 1, max = 60, doc = "months of support after contact",
                unit = "months", example = "9", fallback = "9") int supportMonths,
        @Lever(key = "cost_per_contact", min = 0, max = 100_000, doc = "cost per contact", unit = "£", example = "150")
        double costPerContact) implements InterventionSpec {
    public OutreachSpec {
        eligible = List.copyOf(eligible);
    }
}

package uk.lpip.sim.policy;

import java.util.List;

/**
 * Outreach: workers contact inactive people in the target area; some return to active search.
 *
 * @param eligible           any of discouraged, other_inactive
 * @param contactRateMonthly chance that an eligible person is contacted in a month
 * @param returnShare        share of those contacted who return to search
 * @param costPerContact     £ per contact
 */
public record OutreachSpec(CommonSpec common, List<String> eligible, double contactRateMonthly, double returnShare,
                           double costPerContact) implements InterventionSpec {
    public OutreachSpec {
        eligible = List.copyOf(eligible);
    }

    @Override
    public String type() {
        return "outreach";
    }
}

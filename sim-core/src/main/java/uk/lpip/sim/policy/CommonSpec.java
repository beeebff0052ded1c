package uk.lpip.sim.policy;

import java.util.List;

/**
 * What every intervention has: a name, where (councils and/or zones; neither means the whole
 * region), when (reported months, inclusive), who pays, the cost type for appraisal and a budget.
 *
 * @param funder       {@code council:<id>}, {@code uk_government}, {@code devolved_government} or
 *                     {@code partnership} (the last three pay from the central-government account)
 * @param budgetPounds the most it may spend at scale 1.0, £; {@code +inf} for no cap. In the
 *                     simulation money is at the run's scale, so the cap applied is budget × scale
 */
public record CommonSpec(String name, List<String> councils, List<String> zones, int startMonth, int endMonth,
                         String funder, CostType costType, double budgetPounds) {
    public CommonSpec {
        councils = List.copyOf(councils);
        zones = List.copyOf(zones);
        if (endMonth < startMonth) {
            throw new IllegalArgumentException("end_month (" + endMonth + ") is before start_month (" + startMonth + ")");
        }
    }
}

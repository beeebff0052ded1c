package uk.lpip.sim.api;

import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.state.WaterMonth;
import uk.lpip.sim.water.Catchment;

/**
 * A run's catchment as charts and reports need it, copied out of the model after the run: the
 * licence holders, the outlet and the flows at which the scarcity levels begin, and for every
 * recorded month the outlet's flows, total demand and water delivered by holder.
 *
 * @param outletName         the outlet node's name
 * @param holders            licence holders (sector ids and public_water_supply), in first-licence order
 * @param scarcityThresholds flows at the outlet below which early warning, alert, moderate and significant scarcity begin, Ml/d
 * @param months             the recorded months, in order
 */
public record WaterHistory(String outletName, List<String> holders, double[] scarcityThresholds, List<Month> months) {
    /**
     * One recorded month; flows Ml/d averaged over the month.
     *
     * @param month             reported month (0 = the first month after the burn-in)
     * @param naturalAtOutlet   natural flow at the outlet
     * @param outflowAtOutlet   flow leaving the outlet after abstraction
     * @param totalDemand       demand of all licences
     * @param deliveredByHolder water delivered to each holder, in {@link #holders()} order
     */
    public record Month(int month, double naturalAtOutlet, double outflowAtOutlet, double totalDemand,
                        double[] deliveredByHolder) { }

    public WaterHistory {
        holders = List.copyOf(holders);
        scarcityThresholds = scarcityThresholds.clone();
        months = List.copyOf(months);
    }

    public static WaterHistory of(Catchment c) {
        int outlet = c.outlet();
        List<Month> months = new ArrayList<>();
        for (WaterMonth m : c.recorded()) {
            months.add(new Month(m.month(), m.natural()[outlet], m.outflow()[outlet], m.totalDemand(),
                    c.byHolder(m.delivered())));
        }
        return new WaterHistory(c.network().name(outlet), c.holders(), c.scarcityThresholds(), months);
    }
}

package uk.lpip.sim.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lpip.sim.state.ScarcityLevel;
import uk.lpip.sim.state.WaterMonth;
import uk.lpip.sim.water.Catchment;
import uk.lpip.sim.water.Licences;
import uk.lpip.sim.water.RiverNetwork;

/**
 * A run's catchment as outputs, charts and summaries need it, copied out of the model after the run
 * (no array is shared with the live catchment): the river's nodes, the licences and their holders,
 * the outlet and the flows at which the scarcity levels begin, and every recorded month by node, by
 * licence and by holder.
 *
 * @param outletName         the outlet node's name
 * @param nodes              the river nodes' ids, in the network's order (the order of {@link Month#nodes()})
 * @param licences           the licences, in the catchment's order (the order of {@link Month#licences()})
 * @param holders            licence holders (sector ids and public_water_supply), in first-licence order
 * @param scarcityLevels     the scarcity levels' keys in rising order ({@code normal} … {@code significant_scarcity});
 *                           {@link Month#level()} indexes it
 * @param scarcityThresholds flows at the outlet below which early warning, alert, moderate and significant scarcity begin, Ml/d
 * @param months             the recorded months, in order
 */
public record WaterHistory(String outletName, List<String> nodes, List<Licence> licences, List<String> holders,
                           List<String> scarcityLevels, double[] scarcityThresholds, List<Month> months) {
    /**
     * A licence as the summaries list it.
     *
     * @param id             the licence's id
     * @param holder         its holder: a sector id or public_water_supply
     * @param node           the id of the node it takes from
     * @param tier           its authorisation tier's key (general_binding_rules, registration, simple_licence, complex_licence)
     * @param scarcityExempt whether scarcity restrictions spare it
     */
    public record Licence(String id, String holder, String node, String tier, boolean scarcityExempt) { }

    /**
     * One month's flows at each node, Ml/d averaged over the month (storage Ml at the month's end).
     * Storage and capacity are 0 at a node without a reservoir.
     */
    public record NodeFlows(double[] natural, double[] inflow, double[] outflow, double[] abstraction, double[] returns,
                            double[] storage, double[] capacity) { }

    /** One month's water by licence, Ml/d averaged over the month: demand, allowance, delivery and net purchases (+ bought, − sold). */
    public record LicenceFlows(double[] demand, double[] allowance, double[] delivered, double[] netBought) { }

    /**
     * One recorded month; flows Ml/d averaged over the month, money £ at the run's scale.
     *
     * @param month             reported month (0 = the first month after the burn-in)
     * @param rule              the allocation rule in force
     * @param level             the scarcity level, an index into {@link WaterHistory#scarcityLevels()}
     * @param tradeVolume       water traded
     * @param tradePrice        the market's clearing price, £ per m³ (0 when nothing traded)
     * @param tradeCosts        transaction costs paid on trades
     * @param restrictionCost   cost of household restrictions from public supply shortfalls
     * @param gvaLost           value added lost by firms short of water
     * @param jobsIdled         jobs idled by water shortage (full-time equivalents)
     * @param naturalAtOutlet   natural flow at the outlet
     * @param outflowAtOutlet   flow leaving the outlet after abstraction
     * @param totalDemand       demand of all licences
     * @param demandByHolder    demand of each holder, in {@link WaterHistory#holders()} order
     * @param deliveredByHolder water delivered to each holder, in {@link WaterHistory#holders()} order
     * @param nodes             flows at each node, in {@link WaterHistory#nodes()} order
     * @param licences          water by licence, in {@link WaterHistory#licences()} order
     */
    public record Month(int month, String rule, int level, double tradeVolume, double tradePrice, double tradeCosts,
                        double restrictionCost, double gvaLost, double jobsIdled, double naturalAtOutlet,
                        double outflowAtOutlet, double totalDemand, double[] demandByHolder, double[] deliveredByHolder,
                        NodeFlows nodes, LicenceFlows licences) { }

    public WaterHistory {
        nodes = List.copyOf(nodes);
        licences = List.copyOf(licences);
        holders = List.copyOf(holders);
        scarcityLevels = List.copyOf(scarcityLevels);
        scarcityThresholds = scarcityThresholds.clone();
        months = List.copyOf(months);
    }

    /** The catchment's structure and recorded months. */
    public static WaterHistory of(Catchment c) {
        RiverNetwork net = c.network();
        Licences lic = c.licences();
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < net.nodeCount(); i++) {
            nodes.add(net.id(i));
        }
        List<Licence> licences = new ArrayList<>();
        for (int l = 0; l < lic.count(); l++) {
            licences.add(new Licence(lic.id(l), lic.holder(l), net.id(lic.node(l)), lic.tier(l).key(), lic.scarcityExempt(l)));
        }
        int outlet = c.outlet();
        List<Month> months = new ArrayList<>();
        for (WaterMonth m : c.recorded()) {
            NodeFlows flows = new NodeFlows(copy(m.natural()), copy(m.inflow()), copy(m.outflow()), copy(m.abstraction()),
                    copy(m.returns()), copy(m.storageEnd()), copy(m.capacity()));
            LicenceFlows byLicence = new LicenceFlows(copy(m.demand()), copy(m.allowance()), copy(m.delivered()),
                    copy(m.netBought()));
            months.add(new Month(m.month(), m.rule(), m.level().ordinal(), m.tradeVolume(), m.tradePrice(), m.tradeCosts(),
                    m.restrictionCost(), m.gvaLost(), m.jobsIdle(), m.natural()[outlet], m.outflow()[outlet], m.totalDemand(),
                    c.byHolder(m.demand()), c.byHolder(m.delivered()), flows, byLicence));
        }
        List<String> levels = Arrays.stream(ScarcityLevel.values()).map(ScarcityLevel::key).toList();
        return new WaterHistory(net.name(outlet), nodes, licences, c.holders(), levels, c.scarcityThresholds(), months);
    }

    private static double[] copy(double[] values) {
        return values.clone();
    }
}

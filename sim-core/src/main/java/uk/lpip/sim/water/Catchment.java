package uk.lpip.sim.water;

import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.engine.BranchLocal;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.ScarcityLevel;
import uk.lpip.sim.state.Status;
import uk.lpip.sim.state.WaterControls;
import uk.lpip.sim.state.WaterMeasure;
import uk.lpip.sim.state.WaterMonth;

/**
 * A place's catchment coupled to its economy. Each month, in the water step (after the labour
 * market, before production): the climate gives natural flows; the regulator sets the scarcity
 * level from the outlet's flow against the catchment's own percentiles and from reservoir
 * storage; firms and the public supply state their demand; each licence's allowance is its caps,
 * cut at moderate scarcity and suspended at significant scarcity unless exempt; the
 * allocation rule shares the water the river can give; under the market rule holders then trade;
 * the month is routed (reservoirs fill and spill), and firms' output is capped by what they got.
 *
 * <p>Interventions change the month's settings through {@link WaterMeasure}s. Everything runs on
 * one thread in a fixed order (the catchment is a handful of nodes and licences), so results do
 * not depend on the thread count.
 */
public final class Catchment implements WaterControls {
    private final WaterConfig config;
    private final RiverNetwork network;
    private final Licences licences;
    private final WaterUsers users;
    private final NaturalFlows flows;
    private final double[][] reference;
    private final double[] thresholds;
    private final double[] storage;
    private final double[] capacity;
    /** The interventions' measures: each arm's own (a branched arm keeps those its interventions registered). */
    @BranchLocal
    private final List<WaterMeasure> measures = new ArrayList<>();
    private final List<WaterMonth> recorded = new ArrayList<>();
    private AllocationRule rule;
    private WaterMonth last;

    public Catchment(WaterConfig config, Economy e) {
        this.config = config;
        this.network = new RiverNetwork(config);
        this.reference = NaturalFlows.referenceRecord(config.hydrology(), network);
        double[] q95 = new double[network.nodeCount()];
        for (int i = 0; i < q95.length; i++) {
            q95[i] = NaturalFlows.exceeded(reference[i], 95);
        }
        List<String> sectorIds = e.config.sectors().stream().map(SectorConfig::id).toList();
        this.licences = new Licences(config.licences(), network, sectorIds, q95, config.regulator().smallTakeShareOfQ95());
        double[] intermediate = e.config.sectors().stream().mapToDouble(SectorConfig::intermediateShare).toArray();
        this.users = new WaterUsers(config, licences, sectorIds, intermediate, e.config.run().scale(),
                e.config.firmDynamics().expectationSmoothing());
        this.flows = new NaturalFlows(config.hydrology(), network, e.random, config.hydrology().droughtsPerDecade());
        WaterConfig.Regulator r = config.regulator();
        double[] outletRecord = reference[network.outlet()];
        this.thresholds = new double[] {
            NaturalFlows.exceeded(outletRecord, r.earlyWarningPercentile()),
            NaturalFlows.exceeded(outletRecord, r.alertPercentile()),
            NaturalFlows.exceeded(outletRecord, r.moderatePercentile()),
            NaturalFlows.exceeded(outletRecord, r.significantPercentile())
        };
        this.storage = new double[network.nodeCount()];
        this.capacity = new double[network.nodeCount()];
        for (WaterConfig.Reservoir res : config.reservoirs()) {
            int node = network.indexOf(res.node());
            storage[node] = res.capacityMl() * res.initialFullShare();
        }
        this.rule = config.allocationRule();
    }

    public RiverNetwork network() {
        return network;
    }

    public Licences licences() {
        return licences;
    }

    WaterUsers users() {
        return users;
    }

    public WaterConfig config() {
        return config;
    }

    @Override
    public int outlet() {
        return network.outlet();
    }

    @Override
    public int reservoirNode(String id) {
        for (int i = 0; i < network.nodeCount(); i++) {
            if (id.equals(network.reservoirId(i))) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int licenceIndex(String id) {
        return licences.indexOf(id);
    }

    @Override
    public boolean usesWater(int sector) {
        return users.usesWater(sector);
    }

    @Override
    public void improveFirm(Economy e, int firm, double reduction) {
        users.improveFirm(e, firm, reduction);
    }

    /** Natural flow at a node exceeded {@code percent}% of the time in the reference record, Ml/d. */
    public double flowExceeded(int node, double percent) {
        return NaturalFlows.exceeded(reference[node], percent);
    }

    /** Flows at the outlet below which early warning, alert, moderate and significant scarcity begin, Ml/d. */
    public double[] scarcityThresholds() {
        return thresholds.clone();
    }

    @Override
    public void addMeasure(WaterMeasure measure) {
        measures.add(measure);
    }

    /** The months recorded after the burn-in. */
    public List<WaterMonth> recorded() {
        return List.copyOf(recorded);
    }

    /** The month just simulated, or null before the first. */
    @Override
    public WaterMonth last() {
        return last;
    }

    // --- what measures may change for the month ---

    @Override
    public void useRule(AllocationRule r) {
        rule = r;
    }

    @Override
    public void addCapacity(int node, double ml) {
        capacity[node] += ml;
    }

    @Override
    public void setHandsOffFlow(int licence, double mlPerDay) {
        licences.setHandsOffFlow(licence, mlPerDay);
    }

    @Override
    public void scaleSectorIntensity(int sector, double factor) {
        users.scaleIntensity(sector, factor);
    }

    /** The scarcity level for a month's natural flow at the outlet and storage shares. */
    public ScarcityLevel level(double outletFlow, double[] storageNow) {
        ScarcityLevel byFlow = ScarcityLevel.NORMAL;
        ScarcityLevel[] levels = {ScarcityLevel.EARLY_WARNING, ScarcityLevel.ALERT, ScarcityLevel.MODERATE,
            ScarcityLevel.SIGNIFICANT};
        for (int k = 0; k < thresholds.length; k++) {
            if (outletFlow < thresholds[k]) {
                byFlow = levels[k];
            }
        }
        WaterConfig.Regulator r = config.regulator();
        ScarcityLevel byStorage = ScarcityLevel.NORMAL;
        for (int i = 0; i < storageNow.length; i++) {
            if (!network.hasReservoir(i) || network.baseCapacity(i) <= 0) {
                continue;   // judged by the scenario's reservoirs; storage added later only helps
            }
            double share = Math.min(1.0, storageNow[i] / network.baseCapacity(i));
            if (share < r.storageSignificantShare()) {
                byStorage = ScarcityLevel.worse(byStorage, ScarcityLevel.SIGNIFICANT);
            } else if (share < r.storageModerateShare()) {
                byStorage = ScarcityLevel.worse(byStorage, ScarcityLevel.MODERATE);
            } else if (share < r.storageAlertShare()) {
                byStorage = ScarcityLevel.worse(byStorage, ScarcityLevel.ALERT);
            }
        }
        return ScarcityLevel.worse(byFlow, byStorage);
    }

    /** One month of the catchment; firms' output caps are set for production. */
    public void step(Economy e) {
        int month = e.month();
        int calendar = Math.floorMod(month, 12);
        if (calendar == 0) {
            licences.startYear();
        }
        settingsForMonth(e.reportedMonth());

        int nodes = network.nodeCount();
        double[] local = new double[nodes];
        flows.step(month, local);
        double[] natural = network.accumulate(local);
        ScarcityLevel level = level(natural[network.outlet()], storage);

        int n = licences.count();
        double[] demand = new double[n];
        users.demand(e, demand);
        publicDemand(e, demand);
        double[] allowance = new double[n];
        double[] want = new double[n];
        for (int l = 0; l < n; l++) {
            allowance[l] = allowance(l, level, demand[l]);
            want[l] = Math.min(demand[l], allowance[l]);
        }

        double[] storageStart = storage.clone();
        Allocation allocation = new Allocation(network, licences, local, storageStart, capacity);
        double[] takes = new double[n];
        List<int[]> groups = rule == AllocationRule.EQUAL_SHARE
                ? Allocation.equalShareGroups(licences) : Allocation.priorityGroups(licences);
        allocation.allocate(groups, want, takes);
        WaterMarket.Result trades = WaterMarket.Result.none(n);
        if (rule == AllocationRule.MARKET) {
            double[] value = new double[n];
            boolean[] tradable = new boolean[n];
            for (int l = 0; l < n; l++) {
                int s = licences.holderSector(l);
                tradable[l] = s >= 0 && allowance[l] > 0;
                value[l] = s >= 0 ? users.marginalValue(s, calendar) : 0;
            }
            trades = WaterMarket.clear(allocation, demand, value, tradable, takes, config.trading().transactionCostPerM3());
        }

        RiverNetwork.Routing routed = new RiverNetwork.Routing();
        if (!network.route(local, storageStart, capacity, licences, takes, routed)) {
            throw new IllegalStateException("water allocation broke a rule of the river in month " + month);
        }
        System.arraycopy(routed.storageEnd, 0, storage, 0, nodes);
        double[] deliveredShare = new double[n];
        double restrictionCost = 0;
        double scale = e.config.run().scale();
        for (int l = 0; l < n; l++) {
            licences.recordUse(l, takes[l]);
            deliveredShare[l] = demand[l] > 0 ? Math.min(1.0, takes[l] / demand[l]) : 1.0;
            if (licences.isPublicSupply(l) && takes[l] < demand[l]) {
                restrictionCost += m3(demand[l] - takes[l]) * config.publicSupply().restrictionCostPerM3() * scale;
            }
        }
        WaterUsers.Losses losses = users.apply(e, deliveredShare);
        double tradeCosts = payForTrades(e, trades);

        last = new WaterMonth(e.reportedMonth(), rule.key(), level, natural, routed.inflow.clone(),
                routed.outflow.clone(), routed.abstraction.clone(), routed.returns.clone(), storageStart,
                storage.clone(), capacity.clone(), demand, allowance, takes, trades.netBought(), trades.volume(),
                trades.price(), restrictionCost, losses.gva(), losses.jobs(), tradeCosts);
        if (e.reportedMonth() >= 0) {
            recorded.add(last);
        }
    }

    /** Rule, storage, hands-off flows and intensities as the scenario sets them, then as measures change them. */
    private void settingsForMonth(int reportedMonth) {
        rule = config.allocationRule();
        for (int i = 0; i < capacity.length; i++) {
            capacity[i] = network.baseCapacity(i);
        }
        licences.resetHandsOffFlows();
        users.resetIntensities();
        for (WaterMeasure m : measures) {
            m.adjust(this, reportedMonth);
        }
    }

    /**
     * What a licence may take this month, Ml/d: its caps; at moderate scarcity a non-exempt holder
     * takes the set share less than it needs; at significant scarcity a non-exempt licence is
     * suspended.
     */
    private double allowance(int l, ScarcityLevel level, double demand) {
        double caps = licences.monthlyAllowance(l);
        if (licences.scarcityExempt(l)) {
            return caps;
        }
        return switch (level) {
            case SIGNIFICANT -> 0.0;
            case MODERATE -> Math.min(caps, demand * (1.0 - config.regulator().moderateReduction()));
            default -> caps;
        };
    }

    /** Residents × litres per person per day × the catchment's share, split over public licences by cap. */
    private void publicDemand(Economy e, double[] demand) {
        double capTotal = 0;
        for (int l = 0; l < licences.count(); l++) {
            capTotal += licences.isPublicSupply(l) ? licences.dailyCap(l) : 0;
        }
        if (capTotal <= 0) {
            return;
        }
        long residents = 0;
        for (int p = 0; p < e.persons.count(); p++) {
            residents += e.persons.status[p] != Status.DEAD ? 1 : 0;
        }
        WaterConfig.PublicSupply ps = config.publicSupply();
        double total = residents / e.config.run().scale() * ps.litresPerPersonPerDay() / 1e6 * ps.shareFromCatchment();
        for (int l = 0; l < licences.count(); l++) {
            if (licences.isPublicSupply(l)) {
                demand[l] = total * licences.dailyCap(l) / capTotal;
            }
        }
    }

    /** Cubic metres in a month of a flow of so many Ml/d. */
    static double m3(double mlPerDay) {
        return mlPerDay * RiverNetwork.DAYS * 1000.0;
    }

    /**
     * Buyers pay sellers the clearing price (shared among each licence's firms by their need), and
     * pay the transaction cost to brokers outside the region. Returns the transaction costs, £.
     */
    private double payForTrades(Economy e, WaterMarket.Result trades) {
        if (trades.trades() == 0) {
            return 0;
        }
        double scale = e.config.run().scale();
        int n = licences.count();
        double[] needByLicence = new double[n];
        for (int f = 0; f < e.firms.count(); f++) {
            int l = users.licenceOf(f);
            if (l >= 0) {
                needByLicence[l] += users.need(f);
            }
        }
        double[] payment = new double[n];
        double costs = 0;
        for (int l = 0; l < n; l++) {
            double q = m3(trades.netBought()[l]);
            if (q > 0) {
                payment[l] = -(trades.price() + config.trading().transactionCostPerM3()) * q * scale;
                costs += config.trading().transactionCostPerM3() * q * scale;
            } else if (q < 0) {
                payment[l] = trades.price() * -q * scale;
            }
        }
        for (int f = 0; f < e.firms.count(); f++) {
            int l = users.licenceOf(f);
            if (l >= 0 && payment[l] != 0 && needByLicence[l] > 0) {
                e.firms.cash[f] += payment[l] * users.need(f) / needByLicence[l];
            }
        }
        e.ledger.record(Flow.WATER_TRADE_COSTS, costs);
        return costs;
    }

    /** Sector-level totals of a by-licence array: index by holder id in {@link #holders()}. */
    public double[] byHolder(double[] byLicence) {
        List<String> holders = holders();
        double[] out = new double[holders.size()];
        for (int l = 0; l < licences.count(); l++) {
            out[holders.indexOf(licences.holder(l))] += byLicence[l];
        }
        return out;
    }

    /** The licence holders (sector ids and public_water_supply), in first-licence order. */
    public List<String> holders() {
        List<String> out = new ArrayList<>();
        for (int l = 0; l < licences.count(); l++) {
            if (!out.contains(licences.holder(l))) {
                out.add(licences.holder(l));
            }
        }
        return out;
    }
}

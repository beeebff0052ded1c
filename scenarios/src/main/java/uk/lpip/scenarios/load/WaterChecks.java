package uk.lpip.scenarios.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.InterventionType;
import uk.lpip.sim.policy.InterventionTypes;

/**
 * Checks of the water section that need more than one entry: the river network (references, no
 * circles, flows that grow downstream), reservoirs (one per node), licences and water uses
 * (nodes and sectors that exist), the regulator's thresholds in order, and water interventions
 * (a catchment to act on, and the reservoirs, licences and sectors they name).
 */
final class WaterChecks {
    private static final double M3_PER_S_TOLERANCE = 1e-6;
    private final ScenarioChecks checks;

    WaterChecks(ScenarioChecks checks) {
        this.checks = checks;
    }

    void check(WaterConfig w, Set<String> sectorIds) {
        Set<String> nodes = checks.uniqueIds(w.nodes(), WaterConfig.Node::id, "water.nodes", "river node");
        Map<String, String> downstream = new HashMap<>();
        for (int i = 0; i < w.nodes().size(); i++) {
            WaterConfig.Node n = w.nodes().get(i);
            if (n.downstream() != null) {
                checks.reference(n.downstream(), nodes, "water.nodes[" + i + "].downstream", "river node");
                downstream.put(n.id(), n.downstream());
            }
        }
        boolean circle = false;
        for (int i = 0; i < w.nodes().size(); i++) {
            String start = w.nodes().get(i).id();
            String at = downstream.get(start);
            for (int steps = 0; at != null && steps <= nodes.size(); steps++) {
                if (at.equals(start)) {
                    checks.add("water.nodes[" + i + "].downstream", "the river flows in a circle back to '" + start + "'");
                    circle = true;
                    break;
                }
                at = downstream.get(at);
            }
        }
        if (!circle) {
            checkFlowsGrowDownstream(w);
        }
        checks.uniqueIds(w.reservoirs(), WaterConfig.Reservoir::id, "water.reservoirs", "reservoir");
        Map<String, String> reservoirAt = new HashMap<>();
        for (int i = 0; i < w.reservoirs().size(); i++) {
            WaterConfig.Reservoir r = w.reservoirs().get(i);
            checks.reference(r.node(), nodes, "water.reservoirs[" + i + "].node", "river node");
            String other = reservoirAt.putIfAbsent(r.node(), r.id());
            if (other != null) {
                checks.add("water.reservoirs[" + i + "].node", "node '" + r.node() + "' already has reservoir '" + other
                        + "'; give it one reservoir with their combined capacity");
            }
        }
        checks.uniqueIds(w.licences(), WaterConfig.Licence::id, "water.licences", "licence");
        Set<String> holders = new HashSet<>(sectorIds);
        holders.add(WaterConfig.PUBLIC_WATER_SUPPLY);
        for (int i = 0; i < w.licences().size(); i++) {
            WaterConfig.Licence l = w.licences().get(i);
            String at = "water.licences[" + i + "]";
            checks.reference(l.node(), nodes, at + ".node", "river node");
            checks.reference(l.holder(), holders, at + ".holder", "sector (or public_water_supply)");
            if (reservoirAt.containsKey(l.node()) && l.handsOffFlowMlPerDay() > 0) {
                checks.add(at + ".hands_off_flow_ml_per_day", "a licence abstracting from reservoir '" + reservoirAt.get(l.node())
                        + "' is bound by the reservoir's compensation flow, not a hands-off flow; set it to 0");
            }
        }
        checks.uniqueIds(w.uses(), WaterConfig.WaterUse::sector, "water.uses", "water use");
        for (int i = 0; i < w.uses().size(); i++) {
            checks.reference(w.uses().get(i).sector(), sectorIds, "water.uses[" + i + "].sector", "sector");
        }
        WaterConfig.Hydrology h = w.hydrology();
        if (h.droughtMonthsMin() > h.droughtMonthsMax()) {
            checks.add("water.hydrology.drought_months_min", "the shortest drought (" + h.droughtMonthsMin()
                    + " months) is longer than the longest (" + h.droughtMonthsMax() + ")");
        }
        WaterConfig.Regulator r = w.regulator();
        if (!(r.earlyWarningPercentile() < r.alertPercentile() && r.alertPercentile() < r.moderatePercentile()
                && r.moderatePercentile() < r.significantPercentile())) {
            checks.add("water.regulator", "the percentiles must rise from early warning to alert, moderate and significant "
                    + "(each level is a lower flow), e.g. 70, 80, 90, 95");
        }
        if (!(r.storageAlertShare() > r.storageModerateShare() && r.storageModerateShare() > r.storageSignificantShare())) {
            checks.add("water.regulator", "the storage shares must fall from alert to moderate and significant, e.g. 0.5, 0.35, 0.2");
        }
    }

    /** A node's mean flow includes everything upstream, so it cannot be less than their sum. */
    private void checkFlowsGrowDownstream(WaterConfig w) {
        Map<String, Double> inflow = new HashMap<>();
        Map<String, List<String>> above = new HashMap<>();
        for (WaterConfig.Node n : w.nodes()) {
            if (n.downstream() != null) {
                inflow.merge(n.downstream(), n.meanFlowM3PerSecond(), Double::sum);
                above.computeIfAbsent(n.downstream(), k -> new java.util.ArrayList<>()).add(n.id());
            }
        }
        for (int i = 0; i < w.nodes().size(); i++) {
            WaterConfig.Node n = w.nodes().get(i);
            double in = inflow.getOrDefault(n.id(), 0.0);
            if (n.meanFlowM3PerSecond() < in - M3_PER_S_TOLERANCE) {
                checks.add("water.nodes[" + i + "].mean_flow_m3_per_s", String.format(Locale.ROOT,
                        "%s m³/s is less than the %s m³/s flowing in from %s; a node's mean flow includes everything upstream",
                        fmt(n.meanFlowM3PerSecond()), fmt(in), String.join(" and ", above.get(n.id()))));
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(Math.round(v * 1e6) / 1e6);
    }

    /** Water interventions need a catchment, and what they name must exist in it. */
    void checkInterventions(List<InterventionSpec> interventions, WaterConfig w, List<String> sectorIds) {
        for (int i = 0; i < interventions.size(); i++) {
            InterventionSpec spec = interventions.get(i);
            String at = "interventions[" + i + "]";
            InterventionType<?> type = InterventionTypes.of(spec);
            if (!type.needsACatchment()) {
                continue;
            }
            if (w == null) {
                checks.add(at + ".type", "a " + spec.type() + " intervention needs a catchment: add a water section");
                continue;
            }
            type.check(spec, checks.forEntry(at, null, w, sectorIds));
        }
    }
}

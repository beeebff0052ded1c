package uk.lpip.runs.appraisal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.policy.CostType;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.TransportUpgradeSpec;

/**
 * What the appraisal needs to know about a package of interventions, read from their
 * declarations: each one's cost type (for optimism bias), which act on the demand side (whose
 * gains the rest of the UK partly loses: see {@link Conventions#demandSideDisplacement}), and the
 * target area, the zones the interventions serve.
 *
 * @param costTypes   cost type by intervention name
 * @param demandSide  names of demand-side interventions: wage subsidies, broadband rollouts, transport upgrades
 * @param targetZones zones of the target area, by zone index; null when the package serves the whole region
 * @param outputEffects whether it acts on firms' output (a broadband rollout, a water intervention), so that
 *                    value added beyond labour cost counts as a benefit
 */
public record AppraisedPackage(Map<String, CostType> costTypes, Set<String> demandSide, boolean[] targetZones,
                               boolean outputEffects) {
    /** Demand-side types: they raise the demand for labour or the region's output rather than what people can offer. */
    private static final Set<String> DEMAND_SIDE_TYPES = Set.of("wage_subsidy", "broadband_rollout", "transport_upgrade");

    /** Types acting on firms' output: broadband raises productivity, water interventions keep water for production. */
    private static final Set<String> OUTPUT_TYPES = Set.of("broadband_rollout", "water_rule", "water_storage", "water_efficiency",
            "hands_off_flow");

    public AppraisedPackage {
        costTypes = Map.copyOf(costTypes);
        demandSide = Set.copyOf(demandSide);
    }

    /** A package known only by its cost types: supply side, serving the whole region. */
    public static AppraisedPackage ofCostTypes(Map<String, CostType> costTypes) {
        return new AppraisedPackage(costTypes, Set.of(), null, false);
    }

    /**
     * The package of {@code interventions} in {@code place}. An intervention serves the zones and
     * councils it names (all zones when it names none); a transport upgrade that names none serves the
     * zones at the ends of its links and those whose buses it improves.
     */
    public static AppraisedPackage of(List<InterventionSpec> interventions, PlaceConfig place) {
        Map<String, CostType> costTypes = new HashMap<>();
        java.util.Set<String> demand = new java.util.HashSet<>();
        List<PlaceConfig.ZoneConfig> zones = place.zones();
        boolean[] target = new boolean[zones.size()];
        boolean whole = interventions.isEmpty();
        boolean output = false;
        for (InterventionSpec iv : interventions) {
            costTypes.put(iv.common().name(), iv.common().costType());
            output |= OUTPUT_TYPES.contains(iv.type());
            if (DEMAND_SIDE_TYPES.contains(iv.type())) {
                demand.add(iv.common().name());
            }
            List<String> named = iv.common().zones();
            List<String> councils = iv.common().councils();
            if (named.isEmpty() && councils.isEmpty() && iv instanceof TransportUpgradeSpec t) {
                java.util.Set<String> ends = new java.util.HashSet<>();
                t.links().forEach(l -> {
                    ends.add(l.from());
                    ends.add(l.to());
                });
                t.buses().forEach(b -> ends.add(b.zone()));
                named = List.copyOf(ends);
            }
            if (named.isEmpty() && councils.isEmpty()) {
                whole = true;
            }
            for (int z = 0; z < zones.size(); z++) {
                target[z] |= named.contains(zones.get(z).id()) || councils.contains(zones.get(z).councilId());
            }
        }
        return new AppraisedPackage(costTypes, demand, whole ? null : target, output);
    }

    /** Zones outside the target area (none when the package serves the whole region). */
    public boolean[] otherZones(int zoneCount) {
        boolean[] other = new boolean[zoneCount];
        for (int z = 0; z < zoneCount && targetZones != null; z++) {
            other[z] = z >= targetZones.length || !targetZones[z];
        }
        return other;
    }

    public CostType costType(String intervention) {
        return costTypes.getOrDefault(intervention, CostType.OUTSOURCED_PROGRAMME);
    }
}

package uk.lpip.sim.policy;

import java.util.HashSet;
import java.util.Set;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Economy;

/**
 * A transport upgrade. In its start month faster road links and better bus service take effect
 * and travel times and commuting reach are recomputed (matching follows through the labour
 * market); the capital cost is paid then. The running cost (a bus subsidy) is paid monthly; after
 * the end month bus service returns to its earlier level. Road links stay.
 */
public final class TransportUpgrade extends PlannedIntervention {
    /** The declaration: it names one place's roads and buses, so it is not comparable across places. */
    public static final InterventionType<TransportUpgradeSpec> TYPE = InterventionType.of("transport_upgrade",
                    TransportUpgradeSpec.class, CostType.STANDARD_CIVIL_ENGINEERING, TransportUpgrade::new)
            .evidence(LeverEvidence.TRANSPORT)
            .checks(TransportUpgrade::check);

    /** Its links must be road links of the region and its zones the region's; it must change something. */
    private static void check(TransportUpgradeSpec t, SpecChecks c) {
        Set<String> zones = new HashSet<>();
        c.region().zones().forEach(z -> zones.add(z.id()));
        Set<String> links = new HashSet<>();
        for (PlaceConfig.RoadLinkConfig l : c.region().roadLinks()) {
            links.add(l.fromZone() + "|" + l.toZone());
            links.add(l.toZone() + "|" + l.fromZone());
        }
        for (int k = 0; k < t.links().size(); k++) {
            TransportUpgradeSpec.LinkChange l = t.links().get(k);
            if (!links.contains(l.from() + "|" + l.to())) {
                c.add(".links[" + k + "]", "there is no road link between '" + l.from() + "' and '" + l.to()
                        + "' in region.road_links");
            }
        }
        for (int k = 0; k < t.buses().size(); k++) {
            c.reference(t.buses().get(k).zone(), zones, ".buses[" + k + "].zone", "zone");
        }
        if (t.links().isEmpty() && t.buses().isEmpty()) {
            c.add("", "a transport upgrade needs links or buses to change");
        }
    }

    private final TransportUpgradeSpec spec;
    private final int[] links;
    private final int[] busZones;
    private final double[] previousBus;

    TransportUpgrade(TransportUpgradeSpec spec, Economy e) {
        super(spec.common(), e);
        this.spec = spec;
        Places places = e.places;
        links = new int[spec.links().size()];
        for (int i = 0; i < links.length; i++) {
            TransportUpgradeSpec.LinkChange c = spec.links().get(i);
            links[i] = places.linkIndex(c.from(), c.to());
            if (links[i] < 0) {
                throw new IllegalArgumentException("no road link " + c.from() + "–" + c.to());
            }
        }
        busZones = new int[spec.buses().size()];
        previousBus = new double[busZones.length];
        for (int i = 0; i < busZones.length; i++) {
            busZones[i] = places.zoneIndex(spec.buses().get(i).zone());
            if (busZones[i] < 0) {
                throw new IllegalArgumentException("no zone " + spec.buses().get(i).zone());
            }
        }
    }

    @Override
    public void act(Economy e, PolicyContext context) {
        Places places = e.places;
        int month = e.reportedMonth();
        if (month == startMonth()) {
            for (int i = 0; i < links.length; i++) {
                places.setLinkMinutes(links[i], spec.links().get(i).minutes());
            }
            for (int i = 0; i < busZones.length; i++) {
                previousBus[i] = places.busServiceLevel(busZones[i]);
                places.setBusServiceLevel(busZones[i], spec.buses().get(i).busService());
            }
            places.recomputeTravel();
            if (spec.capitalCost() > 0) {
                context.toProviders(funder, spec.capitalCost() * scale);
            }
        }
        if (spec.runningCostMonthly() > 0) {
            context.toProviders(funder, spec.runningCostMonthly() * scale);
        }
        if (month == endMonth() && busZones.length > 0) {
            for (int i = 0; i < busZones.length; i++) {
                places.setBusServiceLevel(busZones[i], previousBus[i]);
            }
            places.recomputeTravel();
        }
    }
}

package uk.lpip.sim.policy;

import java.util.List;

/**
 * A transport upgrade, opening in the start month: faster road links and/or better bus service in
 * zones; travel times and commuting reach are recomputed. The capital cost is paid when it opens;
 * the running cost (a bus subsidy) monthly until the end month, after which bus service returns
 * to what it was (road links stay).
 */
public record TransportUpgradeSpec(CommonSpec common, List<LinkChange> links, List<BusChange> buses,
                                   double capitalCost, double runningCostMonthly) implements InterventionSpec {
    public TransportUpgradeSpec {
        links = List.copyOf(links);
        buses = List.copyOf(buses);
    }

    /** A road link's new driving time. */
    public record LinkChange(String from, String to, double minutes) { }

    /** A zone's new bus service level, 0–1. */
    public record BusChange(String zone, double busService) { }

    @Override
    public String type() {
        return "transport_upgrade";
    }
}

package uk.lpip.sim.policy;

import java.util.List;

/**
 * A transport upgrade, opening in the start month: faster road links and/or better bus service in
 * zones; travel times and commuting reach are recomputed. The capital cost is paid when it opens;
 * the running cost (a bus subsidy) monthly until the end month, after which bus service returns
 * to what it was (road links stay).
 */
@Levers(title = "transport upgrade", description = "faster roads or better buses; commuting reach follows")
public record TransportUpgradeSpec(
        CommonSpec common,
        @Lever(key = "links", doc = "road links made faster", example = "see below", fallback = "[]") List<LinkChange> links,
        @Lever(key = "buses", doc = "zones given better buses (until the end month)", example = "see below", fallback = "[]")
        List<BusChange> buses,
        @Lever(key = "capital_cost", min = 0, max = 1e12, doc = "paid when it opens, at scale 1.0", unit = "£",
                example = "4000000", fallback = "0") double capitalCost,
        @Lever(key = "running_cost_monthly", min = 0, max = 1e10, doc = "bus subsidy and other running costs, at scale 1.0",
                unit = "£ per month", example = "30000", fallback = "0") double runningCostMonthly) implements InterventionSpec {
    public TransportUpgradeSpec {
        links = List.copyOf(links);
        buses = List.copyOf(buses);
    }

    /** A road link's new driving time. */
    @Levers(title = "road link change", description = "a faster road link")
    public record LinkChange(
            @Lever(key = "from", doc = "a zone at one end of an existing road link", example = "omagh") String from,
            @Lever(key = "to", doc = "the zone at the other end", example = "enniskillen") String to,
            @Lever(key = "minutes", min = 0.1, max = 600, doc = "new driving time", unit = "minutes", example = "30")
            double minutes) { }

    /** A zone's new bus service level, 0–1. */
    @Levers(title = "bus service change", description = "better buses in a zone")
    public record BusChange(
            @Lever(key = "zone", doc = "the zone", example = "montgomeryshire-rural") String zone,
            @Lever(key = "bus_service", min = 0, max = 1, doc = "new bus service level", unit = "0–1", example = "0.5")
            double busService) { }
}

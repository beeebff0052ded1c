package uk.lpip.sim.config;

import java.util.List;

/**
 * A region: its councils, their zones, and the road links between zones.
 *
 * @param commuting how far people will travel to work, by car and by bus
 */
public record PlaceConfig(
        String regionId,
        String regionName,
        List<CouncilConfig> councils,
        List<ZoneConfig> zones,
        List<RoadLinkConfig> roadLinks,
        CommutingConfig commuting) {

    public PlaceConfig {
        councils = List.copyOf(councils);
        zones = List.copyOf(zones);
        roadLinks = List.copyOf(roadLinks);
    }

    /** A council (local authority). */
    public record CouncilConfig(String id, String name) { }

    /**
     * A zone: a town, a group of villages, a ward.
     *
     * @param population      residents of all ages at scale 1.0
     * @param broadbandShare  share of premises with superfast broadband, 0–1
     * @param busServiceLevel 0 (no bus) to 1 (a frequent service); sets bus waiting time
     * @param carAccessShare  share of households with a car, 0–1
     */
    public record ZoneConfig(String id, String name, String councilId, int population, boolean urban,
                             double broadbandShare, double busServiceLevel, double carAccessShare) { }

    /** A two-way road link between two zones. */
    public record RoadLinkConfig(String fromZone, String toZone, double travelMinutes) { }

    /**
     * Commuting reach.
     *
     * @param maxCarMinutes          the longest one-way commute by car people accept
     * @param maxBusMinutes          the longest one-way commute by bus (including waiting)
     * @param busSlowdown            bus in-vehicle time as a multiple of car time
     * @param busWaitMinutesAtFullService average wait at service level 1; it grows as 1/level
     * @param withinZoneMinutes      travel time inside a zone
     */
    public record CommutingConfig(double maxCarMinutes, double maxBusMinutes, double busSlowdown,
                                  double busWaitMinutesAtFullService, double withinZoneMinutes) { }
}

package uk.lpip.sim.places;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PlaceConfig.CommutingConfig;
import uk.lpip.sim.config.PlaceConfig.RoadLinkConfig;
import uk.lpip.sim.config.PlaceConfig.ZoneConfig;

/**
 * The region's geography: councils, zones, the road network and commuting reach.
 *
 * <p>Zone attributes that interventions may change (broadband coverage, bus service, link
 * times) are held here as mutable arrays; after changing links or bus service, call
 * {@link #recomputeTravel()} so that travel times and reach follow.
 */
public final class Places {
    private final String regionId;
    private final String regionName;
    private final String[] councilIds;
    private final String[] councilNames;
    private final String[] zoneIds;
    private final String[] zoneNames;
    private final int[] zoneCouncil;
    private final boolean[] zoneUrban;
    private final double[] broadbandShare;
    private final double[] busServiceLevel;
    private final double[] carAccessShare;
    private final int[] zonePopulation;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final double[] linkMinutes;
    private final CommutingConfig commuting;
    private TravelTimes travel;
    private CommutingReach reach;
    /** The network at the start of the run, before any intervention: what commuting time savings are measured against. */
    private final TravelTimes startTravel;
    private final double[] startBusServiceLevel;

    public Places(PlaceConfig config) {
        this.regionId = config.regionId();
        this.regionName = config.regionName();
        int councils = config.councils().size();
        councilIds = new String[councils];
        councilNames = new String[councils];
        Map<String, Integer> councilIndex = new HashMap<>();
        for (int c = 0; c < councils; c++) {
            councilIds[c] = config.councils().get(c).id();
            councilNames[c] = config.councils().get(c).name();
            if (councilIndex.put(councilIds[c], c) != null) {
                throw new IllegalArgumentException("duplicate council id " + councilIds[c]);
            }
        }
        List<ZoneConfig> zones = config.zones();
        int n = zones.size();
        zoneIds = new String[n];
        zoneNames = new String[n];
        zoneCouncil = new int[n];
        zoneUrban = new boolean[n];
        broadbandShare = new double[n];
        busServiceLevel = new double[n];
        carAccessShare = new double[n];
        zonePopulation = new int[n];
        Map<String, Integer> zoneIndex = new HashMap<>();
        for (int z = 0; z < n; z++) {
            ZoneConfig zc = zones.get(z);
            zoneIds[z] = zc.id();
            zoneNames[z] = zc.name();
            Integer c = councilIndex.get(zc.councilId());
            if (c == null) {
                throw new IllegalArgumentException("zone " + zc.id() + " names unknown council " + zc.councilId());
            }
            zoneCouncil[z] = c;
            zoneUrban[z] = zc.urban();
            broadbandShare[z] = zc.broadbandShare();
            busServiceLevel[z] = zc.busServiceLevel();
            carAccessShare[z] = zc.carAccessShare();
            zonePopulation[z] = zc.population();
            if (zoneIndex.put(zc.id(), z) != null) {
                throw new IllegalArgumentException("duplicate zone id " + zc.id());
            }
        }
        List<RoadLinkConfig> links = config.roadLinks();
        linkFrom = new int[links.size()];
        linkTo = new int[links.size()];
        linkMinutes = new double[links.size()];
        for (int l = 0; l < links.size(); l++) {
            RoadLinkConfig link = links.get(l);
            Integer a = zoneIndex.get(link.fromZone());
            Integer b = zoneIndex.get(link.toZone());
            if (a == null || b == null) {
                throw new IllegalArgumentException("road link " + link.fromZone() + "–" + link.toZone()
                        + " names an unknown zone");
            }
            linkFrom[l] = a;
            linkTo[l] = b;
            linkMinutes[l] = link.travelMinutes();
        }
        this.commuting = config.commuting();
        recomputeTravel();
        startTravel = travel;
        startBusServiceLevel = busServiceLevel.clone();
    }

    /**
     * Minutes of one journey from home to work on the current network: by road with a car; by bus
     * without one (in-vehicle time × the bus slowdown, plus waiting that grows as the home zone's
     * service thins), infinite between zones where no bus runs.
     */
    public double commuteMinutes(int home, int work, boolean hasCar) {
        return commuteMinutes(travel, busServiceLevel, home, work, hasCar);
    }

    /** {@link #commuteMinutes} on the network at the start of the run, before any intervention changed it. */
    public double startCommuteMinutes(int home, int work, boolean hasCar) {
        return commuteMinutes(startTravel, startBusServiceLevel, home, work, hasCar);
    }

    /**
     * Whether every journey to work takes what it took at the start of the run (no road link or bus
     * service has changed it), so that {@link #startCommuteMinutes} equals {@link #commuteMinutes}.
     */
    public boolean networkAsAtStart() {
        return travel.sameMinutes(startTravel) && Arrays.equals(busServiceLevel, startBusServiceLevel);
    }

    /** The longest journey to work people make, with a car or by bus (commuting reach). */
    public double maxCommuteMinutes(boolean hasCar) {
        return hasCar ? commuting.maxCarMinutes() : commuting.maxBusMinutes();
    }

    private double commuteMinutes(TravelTimes times, double[] busLevel, int home, int work, boolean hasCar) {
        double road = times.minutes(home, work);
        if (hasCar) {
            return road;
        }
        double level = busLevel[home];
        if (level > 0) {
            return road * commuting.busSlowdown() + commuting.busWaitMinutesAtFullService() / level;
        }
        return work == home ? road * commuting.busSlowdown() : Double.POSITIVE_INFINITY;
    }

    /** Recomputes all-pairs travel times and commuting reach after a change to links or bus service. */
    public void recomputeTravel() {
        travel = TravelTimes.shortestPaths(zoneIds.length, linkFrom, linkTo, linkMinutes, commuting.withinZoneMinutes());
        reach = CommutingReach.compute(travel, busServiceLevel, commuting);
    }

    /** Changes a road link's travel time (a transport upgrade); call {@link #recomputeTravel()} after. */
    public void setLinkMinutes(int link, double minutes) {
        linkMinutes[link] = minutes;
    }

    /** The index of the road link between two zones (either direction), or -1. */
    public int linkIndex(String fromZone, String toZone) {
        for (int l = 0; l < linkFrom.length; l++) {
            String a = zoneIds[linkFrom[l]];
            String b = zoneIds[linkTo[l]];
            if ((a.equals(fromZone) && b.equals(toZone)) || (a.equals(toZone) && b.equals(fromZone))) {
                return l;
            }
        }
        return -1;
    }

    public double linkMinutes(int link) {
        return linkMinutes[link];
    }

    /** The index of a zone by id, or -1. */
    public int zoneIndex(String id) {
        for (int z = 0; z < zoneIds.length; z++) {
            if (zoneIds[z].equals(id)) {
                return z;
            }
        }
        return -1;
    }

    public int zoneCount() {
        return zoneIds.length;
    }

    public int councilCount() {
        return councilIds.length;
    }

    public int linkCount() {
        return linkMinutes.length;
    }

    public String regionId() {
        return regionId;
    }

    public String regionName() {
        return regionName;
    }

    public String councilId(int c) {
        return councilIds[c];
    }

    public String councilName(int c) {
        return councilNames[c];
    }

    public String zoneId(int z) {
        return zoneIds[z];
    }

    public String zoneName(int z) {
        return zoneNames[z];
    }

    public int councilOf(int zone) {
        return zoneCouncil[zone];
    }

    public boolean isUrban(int zone) {
        return zoneUrban[zone];
    }

    public int configuredPopulation(int zone) {
        return zonePopulation[zone];
    }

    public double broadbandShare(int zone) {
        return broadbandShare[zone];
    }

    public void setBroadbandShare(int zone, double share) {
        broadbandShare[zone] = share;
    }

    public double busServiceLevel(int zone) {
        return busServiceLevel[zone];
    }

    /** Changes a zone's bus service; call {@link #recomputeTravel()} after. */
    public void setBusServiceLevel(int zone, double level) {
        busServiceLevel[zone] = level;
    }

    public double carAccessShare(int zone) {
        return carAccessShare[zone];
    }

    public TravelTimes travel() {
        return travel;
    }

    public CommutingReach reach() {
        return reach;
    }
}

package uk.lpip.sim.places;

import java.util.Arrays;
import uk.lpip.sim.config.PlaceConfig.CommutingConfig;

/**
 * Which zones a person can commute to. A person with a car reaches zones within
 * {@code maxCarMinutes} by road; a person without one reaches zones whose bus journey (in-vehicle
 * time plus waiting that grows as the home zone's service thins) is within {@code maxBusMinutes},
 * and always their own zone.
 *
 * <p>Reach is indexed by a reach class {@code 2 * zone + (hasCar ? 1 : 0)}.
 */
public final class CommutingReach {
    private final int[][] reachableZones;

    private CommutingReach(int[][] reachableZones) {
        this.reachableZones = reachableZones;
    }

    static CommutingReach compute(TravelTimes travel, double[] busServiceLevel, CommutingConfig c) {
        int zones = travel.zones();
        int[][] reach = new int[zones * 2][];
        int[] buffer = new int[zones];
        for (int home = 0; home < zones; home++) {
            int n = 0;
            for (int work = 0; work < zones; work++) {
                if (work == home || travel.minutes(home, work) <= c.maxCarMinutes()) {
                    buffer[n++] = work;
                }
            }
            reach[classOf(home, true)] = Arrays.copyOf(buffer, n);
            n = 0;
            double level = busServiceLevel[home];
            for (int work = 0; work < zones; work++) {
                if (work == home) {
                    buffer[n++] = work;
                } else if (level > 0) {
                    double bus = travel.minutes(home, work) * c.busSlowdown() + c.busWaitMinutesAtFullService() / level;
                    if (bus <= c.maxBusMinutes()) {
                        buffer[n++] = work;
                    }
                }
            }
            reach[classOf(home, false)] = Arrays.copyOf(buffer, n);
        }
        return new CommutingReach(reach);
    }

    public static int classOf(int zone, boolean hasCar) {
        return 2 * zone + (hasCar ? 1 : 0);
    }

    /** Zones reachable for work from a reach class; do not modify the returned array. */
    public int[] zones(int reachClass) {
        return reachableZones[reachClass];
    }

    public int classCount() {
        return reachableZones.length;
    }

    public boolean reaches(int reachClass, int zone) {
        for (int z : reachableZones[reachClass]) {
            if (z == zone) {
                return true;
            }
        }
        return false;
    }
}

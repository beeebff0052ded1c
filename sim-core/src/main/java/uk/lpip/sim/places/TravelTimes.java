package uk.lpip.sim.places;

import java.util.Arrays;

/** All-pairs shortest road travel times between zones, in minutes (Floyd–Warshall; zones are few). */
public final class TravelTimes {
    private final int zones;
    private final double[] minutes;

    private TravelTimes(int zones, double[] minutes) {
        this.zones = zones;
        this.minutes = minutes;
    }

    static TravelTimes shortestPaths(int zones, int[] from, int[] to, double[] linkMinutes, double withinZoneMinutes) {
        double[] d = new double[zones * zones];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int z = 0; z < zones; z++) {
            d[z * zones + z] = withinZoneMinutes;
        }
        for (int l = 0; l < linkMinutes.length; l++) {
            int a = from[l];
            int b = to[l];
            double m = linkMinutes[l];
            if (m < d[a * zones + b]) {
                d[a * zones + b] = m;
                d[b * zones + a] = m;
            }
        }
        for (int k = 0; k < zones; k++) {
            for (int i = 0; i < zones; i++) {
                double ik = d[i * zones + k];
                if (ik == Double.POSITIVE_INFINITY || i == k) {
                    continue;
                }
                for (int j = 0; j < zones; j++) {
                    if (i == j) {
                        continue;
                    }
                    double via = ik + d[k * zones + j];
                    if (via < d[i * zones + j]) {
                        d[i * zones + j] = via;
                    }
                }
            }
        }
        return new TravelTimes(zones, d);
    }

    /** Road travel minutes from zone {@code a} to zone {@code b}; infinite if not connected. */
    public double minutes(int a, int b) {
        return minutes[a * zones + b];
    }

    public int zones() {
        return zones;
    }
}

package uk.lpip.sim.state;

import uk.lpip.sim.places.CommutingReach;

/**
 * Labour-market tightness as people and firms see it: open vacancies and searchers by zone, and
 * vacancies per searcher within each reach class. Updated once a month after firms post vacancies;
 * read by inactivity flows (discouragement and return) and by firms setting wages.
 */
public final class MarketConditions {
    private final int zones;
    public final double[] vacanciesByZone;
    public final double[] searchersByZone;
    /** Vacancies per searcher within reach, by reach class (2 × zone + hasCar). */
    public final double[] vacanciesPerSearcherInReach;
    /** Vacancies per searcher within car reach of a zone's workplaces: local tightness for wage setting. */
    public final double[] localTightness;

    public MarketConditions(int zones, double initialTightness) {
        this.zones = zones;
        vacanciesByZone = new double[zones];
        searchersByZone = new double[zones];
        vacanciesPerSearcherInReach = new double[zones * 2];
        localTightness = new double[zones];
        java.util.Arrays.fill(vacanciesPerSearcherInReach, initialTightness);
        java.util.Arrays.fill(localTightness, initialTightness);
    }

    /** Recomputes tightness in reach from {@link #vacanciesByZone} and {@link #searchersByZone}. */
    public void update(CommutingReach reach) {
        for (int c = 0; c < zones * 2; c++) {
            double v = 0;
            double s = 0;
            for (int z : reach.zones(c)) {
                v += vacanciesByZone[z];
                s += searchersByZone[z];
            }
            vacanciesPerSearcherInReach[c] = v / Math.max(s, 1.0);
        }
        for (int z = 0; z < zones; z++) {
            localTightness[z] = vacanciesPerSearcherInReach[CommutingReach.classOf(z, true)];
        }
    }
}

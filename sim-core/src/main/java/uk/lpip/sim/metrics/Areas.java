package uk.lpip.sim.metrics;

import uk.lpip.sim.places.Places;

/**
 * The areas metrics are reported for: the region (index 0), then each council, then each zone.
 * Labels are {@code region:<id>}, {@code council:<id>} and {@code zone:<id>}.
 */
public final class Areas {
    private final String[] labels;
    private final String[] names;
    private final int councils;

    public Areas(Places places) {
        councils = places.councilCount();
        labels = new String[1 + councils + places.zoneCount()];
        names = new String[labels.length];
        labels[0] = "region:" + places.regionId();
        names[0] = places.regionName();
        for (int c = 0; c < councils; c++) {
            labels[1 + c] = "council:" + places.councilId(c);
            names[1 + c] = places.councilName(c);
        }
        for (int z = 0; z < places.zoneCount(); z++) {
            labels[1 + councils + z] = "zone:" + places.zoneId(z);
            names[1 + councils + z] = places.zoneName(z);
        }
    }

    public int count() {
        return labels.length;
    }

    public String label(int area) {
        return labels[area];
    }

    /** The area's human-readable name (for charts and reports). */
    public String name(int area) {
        return names[area];
    }

    public boolean isZone(int area) {
        return area > councils;
    }

    public int region() {
        return 0;
    }

    public int council(int c) {
        return 1 + c;
    }

    public int zone(int z) {
        return 1 + councils + z;
    }

    /** The area index of a label, or -1. */
    public int indexOf(String label) {
        for (int a = 0; a < labels.length; a++) {
            if (labels[a].equals(label)) {
                return a;
            }
        }
        return -1;
    }
}

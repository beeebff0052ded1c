package uk.lpip.viz;

import java.awt.Color;

/**
 * The Okabe–Ito palette (Okabe and Ito 2008): eight colours distinguishable with the common
 * forms of colour blindness. Series take them in order; black is kept for the region total.
 */
public final class Palette {
    public static final Color BLACK = new Color(0, 0, 0);
    private static final Color[] SERIES = {
        new Color(0, 114, 178),    // blue
        new Color(213, 94, 0),     // vermillion
        new Color(0, 158, 115),    // bluish green
        new Color(204, 121, 167),  // reddish purple
        new Color(230, 159, 0),    // orange
        new Color(86, 180, 233),   // sky blue
        new Color(240, 228, 66),   // yellow
    };

    private Palette() {
    }

    /** The colour of the {@code i}-th series (cycling if there are more series than colours). */
    public static Color series(int i) {
        return SERIES[i % SERIES.length];
    }

    public static int size() {
        return SERIES.length;
    }
}

package uk.lpip.viz;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * Twelve series colours, every pair at least 20 apart in CIE L*a*b* (ΔE*76) and each with at least
 * 2:1 contrast against the white background, so a place with up to twelve councils (Northern
 * Ireland has eleven) draws each in its own colour; black is kept for the region total. The first
 * six are the Okabe–Ito palette (Okabe and Ito 2008, "Color Universal Design"), distinguishable with
 * the common forms of colour blindness (its yellow is left out: too faint for a line on white); then
 * indigo, wine, olive and green from Paul Tol's muted and bright schemes (Tol 2021, "Colour Schemes",
 * SRON/EPS/TN/09-002), a brown and a mid grey. Lines also cycle through three dash patterns
 * (solid, dashed, dotted), so neighbouring series differ in two ways and the closest colours (bluish
 * green and green, brown and grey) never share a pattern.
 */
public final class Palette {
    public static final Color BLACK = new Color(0, 0, 0);
    private static final Color[] SERIES = {
        new Color(0, 114, 178),    // blue (Okabe–Ito)
        new Color(213, 94, 0),     // vermillion (Okabe–Ito)
        new Color(0, 158, 115),    // bluish green (Okabe–Ito)
        new Color(204, 121, 167),  // reddish purple (Okabe–Ito)
        new Color(230, 159, 0),    // orange (Okabe–Ito)
        new Color(86, 180, 233),   // sky blue (Okabe–Ito)
        new Color(51, 34, 136),    // indigo (Tol muted)
        new Color(136, 34, 85),    // wine (Tol muted)
        new Color(153, 153, 51),   // olive (Tol muted)
        new Color(140, 86, 75),    // brown
        new Color(34, 136, 51),    // green (Tol bright)
        new Color(119, 119, 119),  // mid grey
    };

    /** Dash patterns of lines, in turn: solid, dashed, dotted. */
    private static final float[][] DASHES = {null, {9f, 5f}, {2f, 4f}};

    private Palette() {
    }

    /** The colour of the {@code i}-th series (cycling if there are more series than colours). */
    public static Color series(int i) {
        return SERIES[i % SERIES.length];
    }

    public static int size() {
        return SERIES.length;
    }

    /** The dash pattern of the {@code i}-th line: null (solid), dashed or dotted, in turn. */
    public static float[] dash(int i) {
        float[] d = DASHES[i % DASHES.length];
        return d == null ? null : d.clone();
    }

    /** The stroke of the {@code i}-th line of a given width, with its dash pattern. */
    public static BasicStroke line(int i, float width) {
        float[] d = DASHES[i % DASHES.length];
        return d == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }
}

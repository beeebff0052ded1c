package uk.lpip.viz;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A hex map of a place's councils coloured by an effect, as one self-contained inline SVG (no
 * scripts, no fonts or tiles to fetch: it works offline and in a forwarded e-mail). Colours diverge
 * from white at zero — blue for gains, vermillion for losses, symmetric — and a council whose 95%
 * interval includes zero (or has no width) is drawn grey with a dashed outline: the map never
 * colours noise. Each hex is numbered; the key beside the map names every council with its
 * estimate and interval, and each hex carries its name as a tooltip. With the geographic layout,
 * the neighbouring councils of the UK are drawn faintly for context.
 */
public final class HexMap {
    /** One council's estimate: its code (or id), name, value and 95% interval (NaN when not known). */
    public record Cell(String code, String name, double value, double low, double high) {
        /** Distinguishable from zero: an interval of positive width that excludes zero. */
        public boolean significant() {
            return high > low && (low > 0 || high < 0);
        }
    }

    static final String NOT_SIGNIFICANT_FILL = "#d9d9d9";
    static final String CONTEXT_FILL = "#f1f1f1";
    private static final double SIDE = 16;
    private static final double WIDTH = Math.sqrt(3) * SIDE;
    private static final double ROW = 1.5 * SIDE;
    private static final double KEY_WIDTH = 440;

    private HexMap() {
    }

    /**
     * @param title  what is mapped, e.g. "Employment rate: effect at the horizon"
     * @param format how a value is written, e.g. {@code "%+.2f pp"}
     */
    public static String svg(String title, List<Cell> cells, String format) {
        List<HexLayout.Area> areas = new ArrayList<>();
        for (Cell c : cells) {
            areas.add(new HexLayout.Area(c.code(), c.name()));
        }
        HexLayout layout = HexLayout.forAreas(areas);
        List<HexLayout.Hex> placed = new ArrayList<>();
        for (Cell c : cells) {
            placed.add(layout.hex(c.code() != null && layout.hex(c.code()).isPresent() ? c.code() : c.name()).orElseThrow());
        }
        int minQ = Integer.MAX_VALUE, maxQ = Integer.MIN_VALUE, minR = Integer.MAX_VALUE, maxR = Integer.MIN_VALUE;
        for (HexLayout.Hex h : placed) {
            minQ = Math.min(minQ, h.q());
            maxQ = Math.max(maxQ, h.q());
            minR = Math.min(minR, h.r());
            maxR = Math.max(maxR, h.r());
        }
        minQ -= 1;
        maxQ += 1;
        minR -= 1;
        maxR += 1;
        double mapWidth = (maxQ - minQ + 1.5) * WIDTH;
        double mapHeight = (maxR - minR) * ROW + 2 * SIDE;
        double keyHeight = 40 + 18.0 * cells.size();
        double height = Math.max(mapHeight, keyHeight) + 36;
        double extent = 0;
        for (Cell c : cells) {
            if (Double.isFinite(c.value())) {
                extent = Math.max(extent, Math.abs(c.value()));
            }
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hexmap\" role=\"img\" "
                + "viewBox=\"0 0 %.1f %.1f\" width=\"100%%\" style=\"max-width:%.0fpx\" aria-label=\"%s\">",
                mapWidth + KEY_WIDTH, height, mapWidth + KEY_WIDTH, escape(title)));
        s.append("<title>").append(escape(title)).append("</title>");
        s.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"18\" font-family=\"sans-serif\" font-size=\"14\" "
                + "font-weight=\"bold\">%s</text>", escape(title)));
        double top = 30;
        Set<String> mine = new HashSet<>();
        for (HexLayout.Hex h : placed) {
            mine.add(h.code());
        }
        if (!layout.schematic()) {
            for (HexLayout.Hex h : layout.hexes()) {
                if (!mine.contains(h.code()) && h.q() >= minQ && h.q() <= maxQ && h.r() >= minR && h.r() <= maxR) {
                    hexagon(s, h, minQ, maxR, top, CONTEXT_FILL, "#ffffff", false, h.name(), null);
                }
            }
        }
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            String tip = c.name() + ": " + describe(c, format);
            hexagon(s, placed.get(i), minQ, maxR, top, fill(c, extent), "#333333", !c.significant(), tip,
                    Integer.toString(i + 1));
        }
        key(s, cells, format, mapWidth + 8, top, layout.schematic());
        s.append("</svg>");
        return s.toString();
    }

    /** The cell's colour: grey when not distinguishable from zero, else its place on the diverging scale. */
    static String fill(Cell c, double extent) {
        if (!c.significant() || !Double.isFinite(c.value()) || extent <= 0) {
            return NOT_SIGNIFICANT_FILL;
        }
        double t = Math.min(1, Math.abs(c.value()) / extent);
        Color end = c.value() > 0 ? HeatMap.POSITIVE : HeatMap.NEGATIVE;
        int r = (int) Math.round(255 + t * (end.getRed() - 255));
        int g = (int) Math.round(255 + t * (end.getGreen() - 255));
        int b = (int) Math.round(255 + t * (end.getBlue() - 255));
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    static String describe(Cell c, String format) {
        if (!Double.isFinite(c.value())) {
            return "no estimate";
        }
        String v = String.format(Locale.ROOT, format, c.value());
        if (!Double.isFinite(c.low()) || !Double.isFinite(c.high())) {
            return v;
        }
        return v + " [" + String.format(Locale.ROOT, format, c.low()) + ", " + String.format(Locale.ROOT, format, c.high())
                + "]" + (c.significant() ? "" : ", not distinguishable from zero");
    }

    private static void hexagon(StringBuilder s, HexLayout.Hex h, int minQ, int maxR, double top, String fill,
                                String stroke, boolean dashed, String tip, String label) {
        double cx = (h.q() - minQ + (h.shifted() ? 1.0 : 0.5)) * WIDTH;
        double cy = top + SIDE + (maxR - h.r()) * ROW;
        StringBuilder points = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            double angle = Math.toRadians(60 * k - 30);
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", cx + SIDE * Math.cos(angle), cy + SIDE * Math.sin(angle)));
        }
        s.append("<g class=\"").append(label == null ? "context" : "council").append("\"><title>").append(escape(tip))
                .append("</title>");
        s.append(String.format(Locale.ROOT, "<polygon points=\"%s\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>",
                points.toString().trim(), fill, stroke, label == null ? "0.8" : "1.2",
                dashed ? " stroke-dasharray=\"3,2\"" : ""));
        if (label != null) {
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-family=\"sans-serif\" "
                    + "font-size=\"10\">%s</text>", cx, cy + 3.5, label));
        }
        s.append("</g>");
    }

    private static void key(StringBuilder s, List<Cell> cells, String format, double x, double top, boolean schematic) {
        double y = top + 8;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"11\">"
                    + "%d  %s: %s</text>", x, y, i + 1, escape(c.name()), escape(describe(c, format).replace(", not distinguishable from zero", ""))));
            y += 18;
        }
        y += 6;
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"10\" "
                + "fill=\"#555555\">Blue: gain; vermillion: loss; grey, dashed: interval includes zero.</text>", x, y));
        y += 14;
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"10\" "
                + "fill=\"#555555\">%s</text>", x, y, schematic
                ? "Schematic layout (the councils have no ONS codes): not geography."
                : "Hex layout of local authorities: Open Innovations (MIT licence)."));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

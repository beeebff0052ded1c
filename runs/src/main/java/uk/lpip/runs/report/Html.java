package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/** A small writer of well-formed XHTML with the report's print-friendly styles inlined. */
final class Html {
    private static final String STYLE = String.join("\n",
            "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;"
                    + "color:#222;line-height:1.45}",
            "h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}",
            ".meta,.note{color:#555;font-size:.9rem}.summary li{margin:.4rem 0;font-size:1.05rem}",
            "figure{margin:1.2rem 0;page-break-inside:avoid}img{width:100%;height:auto;border:1px solid #eee}",
            "figcaption{color:#777;font-size:.8rem}",
            "table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.6rem 0}th,td{border-bottom:1px solid #ddd;"
                    + "padding:.25rem .5rem;text-align:left}td:nth-child(n+3){text-align:right}",
            "pre{background:#f5f5f5;padding:.5rem;overflow-x:auto}",
            // a phone's width: wide tables and commands scroll inside themselves, long names wrap, maps shrink
            "p,li,figcaption{overflow-wrap:anywhere}table{display:block;overflow-x:auto}th,td{overflow-wrap:normal}"
                    + "svg{max-width:100%;height:auto}",
            "@media print{body{max-width:none;margin:0}h2{page-break-after:avoid}a{color:#000}}");

    private final StringBuilder b = new StringBuilder();

    void open(String title) {
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>").append(escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
    }

    void close() {
        b.append("</body></html>\n");
    }

    void tag(String tag, String text) {
        b.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
    }

    void tag(String tag, String text, String cssClass) {
        b.append('<').append(tag).append(" class=\"").append(cssClass).append("\">").append(escape(text))
                .append("</").append(tag).append(">\n");
    }

    void raw(String html) {
        b.append(html).append('\n');
    }

    /** Every PNG in a directory, in name order, embedded as a data URI with its name as the caption. */
    void figures(Path charts) throws IOException {
        for (Path png : pngs(charts)) {
            figure(png);
        }
    }

    /**
     * The PNGs of a directory by meaning rather than file name: each group under its own heading (h3),
     * its charts in the order of its patterns (regular expressions on the name without ".png"), then
     * any chart no group claims, in name order, under "Other charts". A group with no chart is left out.
     */
    void figures(Path charts, List<ChartGroup> groups) throws IOException {
        List<Path> left = new java.util.ArrayList<>(pngs(charts));
        for (ChartGroup g : groups) {
            List<Path> mine = new java.util.ArrayList<>();
            for (String pattern : g.patterns()) {
                java.util.regex.Pattern p = java.util.regex.Pattern.compile(pattern);
                for (java.util.Iterator<Path> it = left.iterator(); it.hasNext(); ) {
                    Path png = it.next();
                    if (p.matcher(png.getFileName().toString().replaceFirst("\\.png$", "")).matches()) {
                        mine.add(png);
                        it.remove();
                    }
                }
            }
            if (mine.isEmpty()) {
                continue;
            }
            tag("h3", g.heading());
            if (g.note() != null) {
                tag("p", g.note(), "note");
            }
            for (Path png : mine) {
                figure(png);
            }
        }
        if (!left.isEmpty()) {
            tag("h3", "Other charts");
            for (Path png : left) {
                figure(png);
            }
        }
    }

    /** A heading, an optional note (null: none) and the name patterns of the charts under it, in order. */
    record ChartGroup(String heading, String note, List<String> patterns) { }

    private static List<Path> pngs(Path charts) throws IOException {
        if (!Files.isDirectory(charts)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(charts)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }

    private void figure(Path png) throws IOException {
        String name = png.getFileName().toString();
        raw("<figure><img alt=\"" + escape(name) + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(Files.readAllBytes(png)) + "\"/><figcaption>" + escape(name)
                + "</figcaption></figure>");
    }

    /** A table from a header and rows of already-formatted cells (escaped here). */
    void table(List<String> header, List<List<String>> rows) {
        b.append("<table><thead><tr>");
        header.forEach(c -> b.append("<th>").append(escape(c)).append("</th>"));
        b.append("</tr></thead><tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            r.forEach(c -> b.append("<td>").append(escape(c)).append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    /** "mean [low, high]" in a format, or just the mean when there is no interval; "–" when there is no mean. */
    static String interval(double mean, double low, double high, String format) {
        if (!Double.isFinite(mean)) {
            return "–";
        }
        String m = String.format(java.util.Locale.ROOT, format, mean);
        return Double.isFinite(low) && Double.isFinite(high) ? m + " [" + String.format(java.util.Locale.ROOT, format, low)
                + ", " + String.format(java.util.Locale.ROOT, format, high) + "]" : m;
    }

    /** Writes the page to {@code dir/report.html} atomically and returns its path. */
    Path writeTo(Path dir) throws IOException {
        Path out = dir.resolve("report.html");
        uk.lpip.runs.output.AtomicFiles.write(out, w -> w.write(toString()));
        return out;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}

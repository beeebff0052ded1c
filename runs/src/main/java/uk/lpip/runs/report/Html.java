package uk.lpip.runs.report;

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

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}

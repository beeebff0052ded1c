package uk.lpip.viz;

/**
 * The words around a chart: a title that states the subject and unit, axis labels with units,
 * and a source line (scenario, seed, replicates, version) so a chart forwarded on its own
 * still says where it came from.
 */
public record ChartText(String title, String subtitle, String xLabel, String yLabel, String source) {
    private static final String ELLIPSIS = "…";

    /**
     * Breaks text into lines of at most {@code width} characters at spaces (a word longer than a line
     * is cut), keeping at most {@code maxLines} lines and ending with "…" if any text is left over.
     * One pass over the text: the chart library's own wrapping measures the rest of an unbroken string
     * again for every character it tries, which takes minutes for a long one; given lines that already
     * fit, it has next to nothing to do.
     */
    public static String wrap(String text, int width, int maxLines) {
        if (text == null || width < 1 || maxLines < 1) {
            return text;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), width * maxLines + maxLines));
        int lines = 1;
        int lineLength = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            while (i < end) {
                int room = lineLength == 0 ? width : width - lineLength - 1;
                int word = end - i;
                if (word <= room || (lineLength == 0 && room > 0)) {
                    int take = Math.min(word, room);
                    if (lineLength > 0) {
                        out.append(' ');
                        lineLength++;
                    }
                    out.append(text, i, i + take);
                    lineLength += take;
                    i += take;
                } else if (lines == maxLines) {
                    return out.append(ELLIPSIS).toString();
                } else {
                    out.append('\n');
                    lines++;
                    lineLength = 0;
                }
            }
        }
        return out.toString();
    }
}

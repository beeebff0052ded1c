package uk.lpip.scenarios.format;

import java.util.Locale;

/**
 * What a text value may hold. Text fields (names, titles, descriptions) are one-line labels that end
 * up in directory names, CSV files, chart titles, terminals and the resolved {@code scenario.yaml}
 * of every run, so they are limited in length and may not hold characters that would change how
 * those are read back or shown: control characters (U+0000–U+001F including tab and line breaks,
 * U+007F–U+009F, so no ANSI escapes), the line and paragraph separators (U+2028, U+2029) and the bidirectional embedding, override and isolate
 * characters (U+202A–U+202E, U+2066–U+2069), which make text display in a different order from the
 * one it is stored in.
 */
public final class TextRules {
    /** The longest text value, in characters. */
    public static final int MAX_TEXT = 200;
    /** The longest identifier, in characters. */
    public static final int MAX_ID = 64;

    private TextRules() {
    }

    /** Why the text cannot be used, or null if it can. */
    public static String problem(String text, int maxLength, String what) {
        if (text.length() > maxLength) {
            return String.format(Locale.ROOT, "%s is %,d characters long; %s is limited to %d characters",
                    what, text.length(), what, maxLength);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return String.format(Locale.ROOT, "%s holds the control character U+%04X at character %d; "
                        + "text may not hold control characters (U+0000–U+001F, U+007F–U+009F), tabs or line breaks",
                        what, (int) c, i + 1);
            }
            if (c == 0x2028 || c == 0x2029) {
                return String.format(Locale.ROOT, "%s holds the %s separator U+%04X at character %d; text may not hold "
                        + "line breaks", what, c == 0x2028 ? "line" : "paragraph", (int) c, i + 1);
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                return String.format(Locale.ROOT, "%s holds the bidirectional control U+%04X at character %d; "
                        + "text may not hold bidirectional overrides (U+202A–U+202E, U+2066–U+2069)", what, (int) c, i + 1);
            }
        }
        return null;
    }
}

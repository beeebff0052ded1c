package uk.lpip.runs.output;

import java.math.BigDecimal;

/**
 * Numbers as the tables write them: plain decimals ({@code 109718338.62281582}, never
 * {@code 1.0971833862281582E8}), the shortest digits that read back to the same double, so R,
 * pandas, DuckDB and a spreadsheet all read the same value; {@code NaN} where there is none.
 */
public final class Numbers {
    private Numbers() {
    }

    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        String s = Double.toString(v);
        if (s.indexOf('E') < 0) {
            return s;
        }
        String p = new BigDecimal(s).toPlainString();
        return p.indexOf('.') < 0 ? p + ".0" : p;
    }

    /** Plain, or empty where the value is not finite (an interval from one replicate). */
    public static String plainOrEmpty(double v) {
        return Double.isFinite(v) ? plain(v) : "";
    }
}

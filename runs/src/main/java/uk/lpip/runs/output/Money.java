package uk.lpip.runs.output;

import java.util.Locale;

/**
 * Sums of money as a reader writes them: the sign before the pound sign, a true minus, and
 * thousands separated — −£1,186,006, not £-1186006.
 */
public final class Money {
    private Money() {
    }

    /** {@code value} in pounds with {@code decimals} decimal places; "–" when it is not a number. */
    public static String pounds(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        String digits = String.format(Locale.ROOT, "%,." + decimals + "f", Math.abs(value));
        boolean zero = digits.matches("[0.,]+");
        return (value < 0 && !zero ? "−£" : "£") + digits;
    }
}

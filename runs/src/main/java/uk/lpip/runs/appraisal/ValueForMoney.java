package uk.lpip.runs.appraisal;

/**
 * The Department for Transport's value-for-money categories of a benefit–cost ratio (DfT, Value
 * for Money Framework, and its supplementary guidance on categories, 2016): negative below 0,
 * poor from 0 to below 1, low from 1 to below 1.5, medium from 1.5 to below 2, high from 2 to 4,
 * very high above 4. A ratio on a boundary takes the category above it, except 4, which is still
 * high ("very high" is "greater than 4").
 */
public enum ValueForMoney {
    NEGATIVE("negative"), POOR("poor"), LOW("low"), MEDIUM("medium"), HIGH("high"), VERY_HIGH("very high");

    private final String label;

    ValueForMoney(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The category of {@code bcr}, or null when there is no ratio (no costs). */
    public static ValueForMoney of(double bcr) {
        if (Double.isNaN(bcr)) {
            return null;
        }
        if (bcr < 0) {
            return NEGATIVE;
        }
        if (bcr < 1) {
            return POOR;
        }
        if (bcr < 1.5) {
            return LOW;
        }
        if (bcr < 2) {
            return MEDIUM;
        }
        return bcr <= 4 ? HIGH : VERY_HIGH;
    }

    /** The category's label, or "not applicable" without a ratio. */
    public static String label(double bcr) {
        ValueForMoney v = of(bcr);
        return v == null ? "not applicable" : v.label();
    }

    /** "medium", or "medium (the interval spans low to high)" when the interval's ends fall in other categories. */
    public static String withInterval(double bcr, double low, double high) {
        String mid = label(bcr);
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return mid;
        }
        String lo = label(low);
        String hi = label(high);
        return lo.equals(hi) && lo.equals(mid) ? mid : mid + " (the interval spans " + lo + " to " + hi + ")";
    }
}

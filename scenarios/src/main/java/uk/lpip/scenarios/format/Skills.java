package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

/** Maps keyed by skill level (none, low, medium, high), read into {@code double[4]}. */
final class Skills {
    private static final double SUM_TOLERANCE = 1e-3;

    private Skills() {
    }

    /** Shares over the four skill levels that sum to 1. */
    static ObjectSpec<double[]> shares(String title) {
        return map(title, ValueSpec.share(), "share", true);
    }

    /** A number per skill level (not shares). */
    static ObjectSpec<double[]> numbers(String title, double max, String unit) {
        return map(title, ValueSpec.number(0, max), unit, false);
    }

    private static ObjectSpec<double[]> map(String title, ValueSpec<Double> value, String unit, boolean sumToOne) {
        return new ObjectSpec<>(title, "by skill level: none (RQF 0), low (RQF 1–2), medium (RQF 3), high (RQF 4+)",
                v -> {
                    double[] a = {v.number("none"), v.number("low"), v.number("medium"), v.number("high")};
                    if (sumToOne) {
                        requireSumOne(a, "none, low, medium and high");
                    }
                    return a;
                },
                of("none", value, a -> a[0], "no qualifications (RQF 0)", unit, "0.18"),
                of("low", value, a -> a[1], "RQF levels 1–2 (GCSEs, apprenticeships)", unit, "0.31"),
                of("medium", value, a -> a[2], "RQF level 3 (A levels)", unit, "0.17"),
                of("high", value, a -> a[3], "RQF level 4+ (degree level)", unit, "0.34"));
    }

    static void requireSumOne(double[] shares, String what) {
        double sum = 0;
        for (double s : shares) {
            sum += s;
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("the shares " + what + " must sum to 1, they sum to "
                    + ValueSpec.fmt(Math.round(sum * 10000) / 10000.0));
        }
    }
}

package uk.lpip.scenarios;

/** Two shares from independent samples, for tests that compare the people of two runs. */
final class Shares {
    private Shares() {}

    /** The standard error of the difference of shares {@code p1} of {@code n1} people and {@code p2} of {@code n2}. */
    static double gapSe(double p1, int n1, double p2, int n2) {
        return Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    }
}

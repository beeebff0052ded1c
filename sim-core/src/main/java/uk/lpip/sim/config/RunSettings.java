package uk.lpip.sim.config;

/**
 * How long to run and from which seed.
 *
 * @param months       simulated months that are recorded (after the burn-in)
 * @param burnInMonths months simulated first and not recorded, so the synthetic economy settles
 * @param seed         the run seed: every random draw is keyed by it
 * @param scale        agents per resident: below 1 a sample of the population (1.0 = one agent per
 *                     person); above 1 (at most {@value #MAX_SCALE}) a synthetic population larger
 *                     than the place with its structure, for benchmarks (scenario files stop at 1);
 *                     counts scale with it, rates and shares do not
 */
public record RunSettings(int months, int burnInMonths, long seed, double scale) {
    public static final double MAX_SCALE = 100;

    public RunSettings {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
        if (burnInMonths < 0) {
            throw new IllegalArgumentException("burnInMonths must not be negative, was " + burnInMonths);
        }
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be in (0, " + MAX_SCALE + "], was " + scale);
        }
    }

    public int totalMonths() {
        return burnInMonths + months;
    }

    public RunSettings withMonths(int m) {
        return new RunSettings(m, burnInMonths, seed, scale);
    }

    public RunSettings withSeed(long s) {
        return new RunSettings(months, burnInMonths, s, scale);
    }

    public RunSettings withScale(double f) {
        return new RunSettings(months, burnInMonths, seed, f);
    }

    public RunSettings withBurnIn(int b) {
        return new RunSettings(months, b, seed, scale);
    }
}

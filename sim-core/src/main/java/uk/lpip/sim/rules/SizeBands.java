package uk.lpip.sim.rules;

/**
 * The enterprise size bands of DBT's business population estimates — micro (1–9 jobs), small
 * (10–49), medium (50–249) and large (250+) — and draws of an enterprise's size within a band from a
 * truncated power law (density proportional to size^-(1 + exponent): Zipf's law at exponent 1).
 */
public final class SizeBands {
    /** Number of bands. */
    public static final int COUNT = 4;
    /** Band names, in order, for outputs and docs. */
    public static final String[] NAMES = {"micro", "small", "medium", "large"};
    private static final int[] LOWEST = {1, 10, 50, 250};

    private SizeBands() {
    }

    /** The smallest size in a band. */
    public static int lowest(int band) {
        return LOWEST[band];
    }

    /** The largest size in a band below large; large has no upper bound of its own. */
    public static int highest(int band) {
        return band + 1 < COUNT ? LOWEST[band + 1] - 1 : Integer.MAX_VALUE;
    }

    /** The band of an enterprise with this many jobs (0 jobs count as micro). */
    public static int of(int jobs) {
        for (int b = COUNT - 1; b > 0; b--) {
            if (jobs >= LOWEST[b]) {
                return b;
            }
        }
        return 0;
    }

    /**
     * A size in {@code [lowest, highest]} by inverse transform of a power law with the given exponent,
     * from a uniform draw {@code u} in [0, 1).
     */
    public static int draw(int lowest, int highest, double exponent, double u) {
        double lo = Math.pow(lowest, -exponent);
        double hi = Math.pow(highest + 1.0, -exponent);
        double s = Math.pow(lo - u * (lo - hi), -1.0 / exponent);
        return (int) Math.max(lowest, Math.min(highest, Math.floor(s)));
    }
}

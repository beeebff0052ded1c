package uk.lpip.sim.state;

/** Skill levels, mapped from the highest qualification (RQF): none = 0, low = 1–2, medium = 3, high = 4+. */
public final class Skill {
    public static final byte NONE = 0;
    public static final byte LOW = 1;
    public static final byte MEDIUM = 2;
    public static final byte HIGH = 3;
    public static final int LEVELS = 4;

    private static final String[] NAMES = {"none", "low", "medium", "high"};

    private Skill() {
    }

    public static String name(int level) {
        return NAMES[level];
    }

    /** Draws a level from shares that sum to 1, given a uniform draw. */
    public static byte draw(double[] shares, double u) {
        double acc = 0;
        for (int s = 0; s < shares.length - 1; s++) {
            acc += shares[s];
            if (u < acc) {
                return (byte) s;
            }
        }
        return (byte) (shares.length - 1);
    }
}

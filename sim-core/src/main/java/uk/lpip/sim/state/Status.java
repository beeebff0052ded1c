package uk.lpip.sim.state;

/**
 * Labour status codes, stored one byte per person. Working age is 16–64 for the rates; people
 * move to {@link #PENSIONER} at the state pension age.
 */
public final class Status {
    public static final byte CHILD = 0;
    public static final byte EMPLOYED = 1;
    /** ILO unemployed: without work and searching. */
    public static final byte UNEMPLOYED = 2;
    public static final byte STUDENT = 3;
    public static final byte CARING = 4;
    public static final byte LONG_TERM_SICK = 5;
    /** Retired before the state pension age. */
    public static final byte RETIRED = 6;
    /** Wants work but has stopped searching: the hidden unemployed. */
    public static final byte DISCOURAGED = 7;
    public static final byte PENSIONER = 8;
    /** A free slot: the person has died. */
    public static final byte DEAD = 9;

    public static final int COUNT = 10;

    private static final String[] NAMES = {
        "child", "employed", "unemployed", "student", "caring", "long_term_sick", "retired",
        "discouraged", "pensioner", "dead"
    };

    private Status() {
    }

    public static String name(byte status) {
        return NAMES[status];
    }

    public static boolean isInactive(byte status) {
        return status >= STUDENT && status <= DISCOURAGED;
    }

    public static boolean isActive(byte status) {
        return status == EMPLOYED || status == UNEMPLOYED;
    }

    public static boolean isAlive(byte status) {
        return status != DEAD;
    }
}

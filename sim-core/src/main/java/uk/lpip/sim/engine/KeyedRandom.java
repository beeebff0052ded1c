package uk.lpip.sim.engine;

/**
 * Counter-based random numbers: every draw is a pure function of
 * (run seed, purpose, month, agent, draw index).
 *
 * <p>Nothing is shared between threads and nothing depends on the order in which agents
 * are visited, so a run is byte-identical at any thread count, and two runs with the same
 * seed give every agent the same luck until their paths diverge (common random numbers).
 * The mixing function is the SplitMix64 finaliser (Steele, Lea and Flood 2014), applied
 * once per key component so that neighbouring keys give unrelated streams.
 *
 * <p>The {@code agent} argument is an agent's id, or a key built by {@link RandomKey} when a
 * draw belongs to an agent and something more (a matching round, an entrant's index); never
 * pack several fields into it by hand.
 */
public final class KeyedRandom {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final double UNIT_53 = 0x1.0p-53;

    private final long seed;

    public KeyedRandom(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** Uniform on [0, 1). */
    public double uniform(Purpose purpose, int month, long agent) {
        return toUnit(bits(purpose, month, agent, 0));
    }

    /** Uniform on [0, 1), the {@code draw}-th of several draws for the same key. */
    public double uniform(Purpose purpose, int month, long agent, int draw) {
        return toUnit(bits(purpose, month, agent, draw));
    }

    /** True with probability {@code p}. */
    public boolean chance(Purpose purpose, int month, long agent, double p) {
        return p > 0 && uniform(purpose, month, agent) < p;
    }

    /** True with probability {@code p}, for the {@code draw}-th draw of a key. */
    public boolean chance(Purpose purpose, int month, long agent, int draw, double p) {
        return p > 0 && uniform(purpose, month, agent, draw) < p;
    }

    /** Uniform integer on [0, bound). */
    public int below(Purpose purpose, int month, long agent, int draw, int bound) {
        return (int) (uniform(purpose, month, agent, draw) * bound);
    }

    /** Standard normal (Box-Muller on draws 2k and 2k+1 of the key). */
    public double gaussian(Purpose purpose, int month, long agent, int k) {
        double u1 = 1.0 - uniform(purpose, month, agent, 2 * k);
        double u2 = uniform(purpose, month, agent, 2 * k + 1);
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    long bits(Purpose purpose, int month, long agent, int draw) {
        long h = mix(seed + GOLDEN_GAMMA * (purpose.id() + 1L));
        h = mix(h + GOLDEN_GAMMA * (month + 0x7F4A7C15L));
        h = mix(h + GOLDEN_GAMMA * agent);
        return mix(h + GOLDEN_GAMMA * (draw + 1L));
    }

    private static double toUnit(long bits) {
        return (bits >>> 11) * UNIT_53;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A seed derived from a parent seed and a label (replicates, arms). */
    public static long derive(long parent, long label) {
        return mix(mix(parent) + GOLDEN_GAMMA * (label + 1));
    }
}

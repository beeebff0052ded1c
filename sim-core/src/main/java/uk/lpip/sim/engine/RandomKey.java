package uk.lpip.sim.engine;

/**
 * The {@code agent} part of a {@link KeyedRandom} key when a draw belongs to more than one thing:
 * a person in a matching round, the k-th entrant firm of a zone. Every such key is built here, by
 * mixing each field through the SplitMix64 finaliser, never by packing fields into one number
 * with multiplications or shifts (a packing silently reuses another agent's draws as soon as a
 * field outgrows its room, as {@code p * 8 + round} did once rounds reached 8).
 *
 * <p>Guarantee: two keys of the same arity that differ in exactly one field are different
 * numbers, for every value of every field (each step is a bijection of 64-bit words: adding an odd
 * multiple of the field, then the finaliser). Keys that differ in several fields coincide only by
 * a 64-bit hash collision, like any two keys of {@link KeyedRandom}. A one-field key is the
 * agent's id itself, so draws keyed by an agent alone are what they always were. A purpose must
 * use keys of one arity throughout, since keys of different arities are not kept apart.
 *
 * <p>Static methods of fixed arity, so building a key in a hot loop allocates nothing.
 */
public final class RandomKey {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RandomKey() {
    }

    /** The key of a draw that belongs to one agent: the agent's id, unchanged. */
    public static long of(long agent) {
        return agent;
    }

    /** The key of a draw that belongs to an agent and one further field (a round, an index). */
    public static long of(long agent, long field) {
        return step(KeyedRandom.mix(agent + GOLDEN_GAMMA), field);
    }

    /** The key of a draw that belongs to an agent and two further fields. */
    public static long of(long agent, long first, long second) {
        return step(of(agent, first), second);
    }

    private static long step(long h, long field) {
        return KeyedRandom.mix(h + GOLDEN_GAMMA * (field + 1));
    }
}

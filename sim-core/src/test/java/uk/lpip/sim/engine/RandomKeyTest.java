package uk.lpip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomKeyTest {
    /** Above the scenario format's largest {@code matching_rounds} (10), so every allowed round is covered. */
    private static final int ROUNDS = 16;

    @Test
    void aOneFieldKeyIsTheAgentItself() {
        for (long agent : new long[] {0, 1, 7, 123_456_789, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            assertEquals(agent, RandomKey.of(agent));
        }
    }

    @Test
    void theOldPackingGaveRoundsFromEightOnTheNextPersonsDraws() {
        KeyedRandom rng = new KeyedRandom(20_260_101);
        int month = 5;
        for (int p = 0; p < 1_000; p++) {
            for (int round = 8; round < ROUNDS; round++) {
                long old = (long) p * 8 + round;
                long nextPersonsOld = (long) (p + 1) * 8 + (round - 8);
                assertEquals(rng.uniform(Purpose.SCREENING, month, nextPersonsOld), rng.uniform(Purpose.SCREENING, month, old),
                        "old packing: person " + p + " round " + round);
                assertNotEquals(rng.uniform(Purpose.SCREENING, month, RandomKey.of(p + 1, round - 8)),
                        rng.uniform(Purpose.SCREENING, month, RandomKey.of(p, round)), "person " + p + " round " + round);
            }
        }
    }

    @Test
    void everyPersonAndRoundHasItsOwnKey() {
        int persons = 200_000;
        long[] keys = new long[persons * ROUNDS];
        int n = 0;
        for (int p = 0; p < persons; p++) {
            for (int round = 0; round < ROUNDS; round++) {
                keys[n++] = RandomKey.of(p, round);
            }
        }
        Arrays.sort(keys);
        for (int i = 1; i < n; i++) {
            assertNotEquals(keys[i - 1], keys[i], "two (person, round) pairs share a key");
        }
    }

    @Test
    void keysDifferingInOneFieldNeverCoincide() {
        SplittableRandom values = new SplittableRandom(17);
        long[] edges = {0, 1, -1, 7, 8, 1024, Long.MIN_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < 100_000; i++) {
            long a = i < edges.length ? edges[i] : values.nextLong();
            long b = values.nextLong();
            long c = values.nextLong();
            long other = values.nextLong();
            if (other == a || other == b || other == c) {
                continue;
            }
            assertNotEquals(RandomKey.of(a, b), RandomKey.of(other, b));
            assertNotEquals(RandomKey.of(a, b), RandomKey.of(a, other));
            assertNotEquals(RandomKey.of(a, b, c), RandomKey.of(other, b, c));
            assertNotEquals(RandomKey.of(a, b, c), RandomKey.of(a, other, c));
            assertNotEquals(RandomKey.of(a, b, c), RandomKey.of(a, b, other));
        }
    }

    @Test
    void theFieldsAreNotInterchangeable() {
        assertNotEquals(RandomKey.of(3, 5), RandomKey.of(5, 3));
        assertNotEquals(RandomKey.of(1, 2, 3), RandomKey.of(1, 3, 2));
        assertNotEquals(RandomKey.of(0, 0), RandomKey.of(0));
    }
}

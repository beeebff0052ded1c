package uk.lpip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Time in loops of more than one chunk counts as spread over the threads; a one-chunk loop runs on one thread. */
class ParallelTimeTest {
    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void onlyLoopsOfSeveralChunksCountAsParallel(int threads) {
        try (ParallelChunks p = new ParallelChunks(threads)) {
            p.forEachChunk(10, 100, (c, from, to) -> spin(5_000_000));
            assertEquals(0, p.parallelNanos(), "one chunk: on one thread");
            long t0 = System.nanoTime();
            p.forEachChunk(400, 100, (c, from, to) -> spin(5_000_000));
            long wall = System.nanoTime() - t0;
            assertTrue(p.parallelNanos() > 0 && p.parallelNanos() <= wall, p.parallelNanos() + " of " + wall);
        }
    }
}

package uk.lpip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParallelChunksTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 8})
    void chunkBoundariesAndPartialSumsDoNotDependOnThreads(int threads) {
        int n = 10_007;
        int chunk = 1000;
        double[] partial = new double[ParallelChunks.chunkCount(n, chunk)];
        int[] seen = new int[n];
        try (ParallelChunks p = new ParallelChunks(threads)) {
            p.forEachChunk(n, chunk, (c, from, to) -> {
                assertEquals(c * chunk, from);
                for (int i = from; i < to; i++) {
                    partial[c] += Math.sqrt(i);
                    seen[i]++;
                }
            });
        }
        double[] expected = new double[partial.length];
        for (int i = 0; i < n; i++) {
            expected[i / chunk] += Math.sqrt(i);
        }
        assertArrayEquals(expected, partial, 0.0);
        for (int count : seen) {
            assertEquals(1, count);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void aFailureInAChunkReachesTheCaller(int threads) {
        try (ParallelChunks p = new ParallelChunks(threads)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> p.forEachChunk(100, 10, (c, from, to) -> {
                if (c == 7) {
                    throw new IllegalStateException("chunk 7 failed");
                }
            }));
            assertEquals("chunk 7 failed", e.getMessage());
        }
    }
}

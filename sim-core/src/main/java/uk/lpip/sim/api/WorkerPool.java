package uk.lpip.sim.api;

import uk.lpip.sim.engine.ParallelChunks;

/**
 * Worker threads that several {@link Simulation}s share one after another, so that the arms and
 * replicates of one run start their threads once instead of once each. The caller creates and
 * closes it; a simulation on it leaves it open. Results do not depend on the number of threads.
 */
public final class WorkerPool implements AutoCloseable {
    final ParallelChunks parallel;

    /** {@code threads} threads in all: the caller's and {@code threads − 1} helpers. */
    public WorkerPool(int threads) {
        this.parallel = new ParallelChunks(threads);
    }

    public int threads() {
        return parallel.threads();
    }

    /** Stops the helper threads. */
    @Override
    public void close() {
        parallel.close();
    }
}

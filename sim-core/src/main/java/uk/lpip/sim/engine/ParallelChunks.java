package uk.lpip.sim.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a loop over a population in fixed-size chunks on a fixed number of threads.
 *
 * <p>Chunk boundaries depend only on the population size and the chunk size, never on the
 * thread count, so any per-chunk partial result (a sum, a count, a list of applications)
 * is the same whichever thread computed it. Callers combine partial results in chunk
 * order; that is what makes a run byte-identical at 1, 2 or 16 threads.
 */
@BranchLocal
public final class ParallelChunks implements AutoCloseable {

    /** A loop body over agents {@code [from, to)}, the {@code chunk}-th chunk. */
    @FunctionalInterface
    public interface ChunkBody {
        void run(int chunk, int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;
    /** Wall time spent in loops of more than one chunk (those spread over the threads), ns, for profiling. */
    private long parallelNanos;

    public ParallelChunks(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread t = new Thread(runnable, "lpip-worker");
            t.setDaemon(true);
            return t;
        });
    }

    public int threads() {
        return threads;
    }

    public static int chunkCount(int n, int chunkSize) {
        return (n + chunkSize - 1) / chunkSize;
    }

    /**
     * Wall time spent so far in loops of more than one chunk, ns: the work spread over the threads
     * (at one thread, the work that more threads would share). The rest of a phase's time runs on
     * one thread whatever the thread count. Counted on the thread that calls {@link #forEachChunk}.
     */
    public long parallelNanos() {
        return parallelNanos;
    }

    /** Runs {@code body} over {@code [0, n)} in chunks of {@code chunkSize}; returns when all are done. */
    public void forEachChunk(int n, int chunkSize, ChunkBody body) {
        int chunks = chunkCount(n, chunkSize);
        if (chunks == 0) {
            return;
        }
        if (chunks == 1) {
            body.run(0, 0, n);
            return;
        }
        long t0 = System.nanoTime();
        try {
            spread(n, chunkSize, chunks, body);
        } finally {
            parallelNanos += System.nanoTime() - t0;
        }
    }

    private void spread(int n, int chunkSize, int chunks, ChunkBody body) {
        if (pool == null) {
            for (int c = 0; c < chunks; c++) {
                body.run(c, c * chunkSize, Math.min(n, (c + 1) * chunkSize));
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        int helpers = Math.min(threads - 1, chunks - 1);
        CountDownLatch done = new CountDownLatch(helpers);
        Runnable worker = () -> {
            try {
                for (int c; (c = next.getAndIncrement()) < chunks && failure.get() == null; ) {
                    body.run(c, c * chunkSize, Math.min(n, (c + 1) * chunkSize));
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        };
        for (int i = 0; i < helpers; i++) {
            pool.execute(() -> {
                try {
                    worker.run();
                } finally {
                    done.countDown();
                }
            });
        }
        worker.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for worker threads", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

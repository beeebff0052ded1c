package uk.lpip.runs.cli;

import java.io.PrintWriter;

/**
 * Progress of a run: a redrawn bar on a terminal, plain lines (every tenth of the run) otherwise,
 * so logs from batch jobs stay readable.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final int burnIn;
    private final long startNanos = System.nanoTime();
    private int lastDecile = -1;

    Progress(PrintWriter err, boolean terminal, int total, int burnIn) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.burnIn = burnIn;
    }

    void month(int done) {
        String phase = done <= burnIn ? "burn-in" : "recorded";
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (terminal) {
            int filled = (int) ((long) WIDTH * done / total);
            err.printf("\r[%s%s] %d/%d months (%s) %.1fs", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    done, total, phase, seconds);
            if (done == total) {
                err.println();
            }
            err.flush();
        } else {
            int decile = (int) (10L * done / total);
            if (decile != lastDecile) {
                lastDecile = decile;
                err.printf("month %d/%d (%s) %.1fs%n", done, total, phase, seconds);
                err.flush();
            }
        }
    }
}

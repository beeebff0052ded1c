package uk.lpip.runs.cli;

import java.io.PrintWriter;

/**
 * Progress of a run: a redrawn bar on a terminal, plain lines (every tenth of the run) otherwise,
 * so logs from batch jobs stay readable. A paired run counts the months of both arms.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final int burnIn;
    private final int monthsPerArm;
    private final long startNanos = System.nanoTime();
    private int lastDecile = -1;

    /**
     * @param total        months over all arms
     * @param burnIn       burn-in months at the start of each arm
     * @param monthsPerArm months of each arm, burn-in included
     */
    Progress(PrintWriter err, boolean terminal, int total, int burnIn, int monthsPerArm) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.burnIn = burnIn;
        this.monthsPerArm = Math.max(1, monthsPerArm);
    }

    void month(int done) {
        String phase = (done - 1) % monthsPerArm < burnIn ? "burn-in" : "recorded";
        String arm = total > monthsPerArm ? ", arm " + ((done - 1) / monthsPerArm + 1) + " of " + (total / monthsPerArm) : "";
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (terminal) {
            int filled = (int) ((long) WIDTH * done / total);
            err.printf("\r[%s%s] %d/%d months (%s%s) %.1fs", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    done, total, phase, arm, seconds);
            if (done == total) {
                err.println();
            }
            err.flush();
        } else {
            int decile = (int) (10L * done / total);
            if (decile != lastDecile) {
                lastDecile = decile;
                err.printf("month %d/%d (%s%s) %.1fs%n", done, total, phase, arm, seconds);
                err.flush();
            }
        }
    }
}

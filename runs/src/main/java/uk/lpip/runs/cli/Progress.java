package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * Progress on standard error, for runs and sweeps alike. On a terminal, one line redrawn in place:
 * a carriage return, the text, and an erase to the end of the line, so a shorter text leaves no
 * tail of the longer one. Anywhere else (a log file, a pipe, CI) plain lines, one at each tenth of
 * the work, so {@code lpip run 2>log} holds no carriage returns or escape codes. Whether standard
 * error is a terminal is asked of standard error itself ({@link #stderrIsTerminal()}), not of
 * {@code System.console()}, which looks at standard input and output.
 */
final class Progress {
    /** Erase from the cursor to the end of the line (ANSI EL). */
    static final String ERASE_TO_END = "\u001b[K";
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private int lastTenth = -1;
    private boolean drawn;
    private long lastDraw;
    private boolean updates = true;

    /**
     * @param terminal whether {@code err} is a terminal (for the process's standard error:
     *                 {@link #stderrIsTerminal()})
     * @param total    units of work in all (months, runs)
     */
    Progress(PrintWriter err, boolean terminal, long total) {
        this.err = err;
        this.terminal = terminal;
        this.total = Math.max(1, total);
    }

    /** Whether {@link #update} shows anything (not with {@code --quiet}); {@link #note} always does. */
    synchronized Progress updates(boolean show) {
        updates = show;
        return this;
    }

    /** Shows {@code text} as the progress with {@code done} of the total units done. */
    synchronized void update(long done, String text) {
        if (!updates) {
            return;
        }
        boolean last = done >= total;
        if (terminal) {
            long now = System.nanoTime();
            if (!last && drawn && now - lastDraw < REDRAW_NANOS) {
                return;
            }
            lastDraw = now;
            err.print("\r" + text + ERASE_TO_END);
            drawn = !last;
            if (last) {
                err.println();
            }
        } else {
            int tenth = (int) (10L * Math.min(done, total) / total);
            if (tenth <= lastTenth) {
                return;
            }
            lastTenth = tenth;
            err.println(text);
        }
        err.flush();
    }

    /** Prints a line of its own (e.g. a failure), clearing a bar being drawn first. */
    synchronized void note(String line) {
        if (terminal && drawn) {
            err.print("\r" + ERASE_TO_END);
            drawn = false;
        }
        err.println(line);
        err.flush();
    }

    /** A bar of {@code width} characters, {@code #} for the share done. */
    static String bar(long done, long total, int width) {
        int full = total <= 0 ? width : (int) (Math.min(done, total) * width / total);
        return "#".repeat(full) + ".".repeat(width - full);
    }

    /**
     * A run's progress by months: burn-in or recorded, and with several arms or replicates which
     * one. {@code total} months over all arms, {@code burnIn} at the start of each, {@code monthsPerArm}
     * in each, burn-in included.
     */
    static IntConsumer months(PrintWriter err, boolean terminal, int total, int burnIn, int monthsPerArm) {
        return months(err, terminal, total, burnIn, monthsPerArm, 0, 1);
    }

    /**
     * As {@link #months(PrintWriter, boolean, int, int, int)} for runs whose {@code arms} arms of each
     * replicate share their first {@code sharedMonths} months (simulated once, then each arm goes on
     * from there): those months are labelled "shared", the rest by arm.
     */
    static IntConsumer months(PrintWriter err, boolean terminal, int total, int burnIn, int monthsPerArm,
                              int sharedMonths, int arms) {
        Progress p = new Progress(err, terminal, total);
        int perArm = Math.max(1, monthsPerArm);
        int shared = sharedMonths > 0 && arms > 1 ? Math.min(sharedMonths, perArm) : 0;
        int own = perArm - shared;
        int perReplicate = Math.max(1, shared + arms * own);
        long start = System.nanoTime();
        return done -> {
            String arm;
            int month;
            if (shared == 0) {
                month = (done - 1) % perArm;
                arm = total > perArm ? ", arm " + ((done - 1) / perArm + 1) + " of " + (total / perArm) : "";
            } else {
                int k = (done - 1) % perReplicate;
                month = k < shared ? k : shared + (k - shared) % Math.max(1, own);
                arm = k < shared ? ", shared by the arms" : ", arm " + ((k - shared) / Math.max(1, own) + 1) + " of " + arms;
            }
            String phase = month < burnIn ? "burn-in" : "recorded";
            double seconds = (System.nanoTime() - start) / 1e9;
            p.update(done, terminal
                    ? String.format(Locale.ROOT, "[%s] %d/%d months (%s%s) %.1fs", bar(done, total, 30), done, total, phase,
                            arm, seconds)
                    : String.format(Locale.ROOT, "month %d/%d (%s%s) %.1fs", done, total, phase, arm, seconds));
        };
    }

    /**
     * Whether the process's standard error is a terminal. On Linux, where file descriptor 2 leads
     * (/proc/self/fd/2: a /dev/pts or /dev/tty device); elsewhere the shell's {@code test -t 2} run with
     * this standard error; no when neither can tell, or when {@code TERM} is {@code dumb}.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        try {
            if (Files.isSymbolicLink(fd)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            }
        } catch (IOException | SecurityException e) {
            // fall through to the shell
        }
        try {
            Process test = new ProcessBuilder("sh", "-c", "test -t 2")
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return test.waitFor(2, TimeUnit.SECONDS) && test.exitValue() == 0;
        } catch (IOException | SecurityException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

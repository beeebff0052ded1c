package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import uk.lpip.runs.sweep.SweepRun;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;

/**
 * Before a sweep starts: an estimate of its time, and for a large sweep a confirmation. The time is
 * estimated from each run's size and months — persons × (burn-in + recorded months) at
 * {@value #PERSON_MONTHS_PER_SECOND} person-months per second on one thread (a little under the
 * 3–4 M measured in docs/performance.md), plus building the population
 * ({@value #BUILD_SECONDS_PER_PERSON} s per person) and writing the outputs — divided by the runs
 * that go at once (at most the processors). It runs nothing, so it is rough: it does not know the
 * machine's speed or what else runs on it.
 */
final class SweepEstimate {
    /** Runs to do above which a sweep starts only with --yes or a "y" typed at the terminal. */
    static final int CONFIRM_ABOVE = 1_000;
    static final double PERSON_MONTHS_PER_SECOND = 2.5e6;
    static final double BUILD_SECONDS_PER_PERSON = 2.5e-6;
    static final double OUTPUT_SECONDS_PER_RUN = 0.05;

    /** Asks the user a question on the terminal; null when there is no terminal to ask on. */
    @FunctionalInterface
    interface Terminal {
        String ask(String prompt);

        /** The process's terminal, if both its input and output are one. */
        static Terminal system() {
            return prompt -> System.console() == null ? null : System.console().readLine("%s", prompt);
        }
    }

    private SweepEstimate() {
    }

    /** Persons a run of {@code config} simulates (as the population is built: each zone rounded). */
    static long persons(ModelConfig config) {
        long n = 0;
        for (PlaceConfig.ZoneConfig z : config.place().zones()) {
            n += Math.round(z.population() * config.run().scale());
        }
        return n;
    }

    /** Estimated seconds of one run on one thread. */
    static double runSeconds(ModelConfig config) {
        long persons = persons(config);
        return persons * (double) config.run().totalMonths() / PERSON_MONTHS_PER_SECOND
                + persons * BUILD_SECONDS_PER_PERSON + OUTPUT_SECONDS_PER_RUN;
    }

    /** Estimated wall seconds of {@code toRun}, {@code jobs} at a time. */
    static double seconds(ExperimentLoader.Loaded loaded, List<SweepRun> toRun, int jobs) {
        double[] perPoint = new double[loaded.points().size()];
        double total = 0;
        for (SweepRun r : toRun) {
            if (perPoint[r.point()] == 0) {
                perPoint[r.point()] = runSeconds(loaded.scenarios().get(r.point()).model());
            }
            total += perPoint[r.point()];
        }
        return total / Math.max(1, Math.min(jobs, Runtime.getRuntime().availableProcessors()));
    }

    /** Prints the estimated time of {@code toRun}, {@code jobs} at a time. */
    static void print(PrintWriter err, ExperimentLoader.Loaded loaded, List<SweepRun> toRun, int jobs) {
        err.printf(Locale.ROOT, "lpip sweep: estimated time %s for %,d run%s, %d at a time (rough: from the scenario's "
                        + "size and months, not a trial; see docs/experiments.md)%n", SweepCommand.duration(seconds(loaded, toRun, jobs)),
                toRun.size(), toRun.size() == 1 ? "" : "s", Math.max(1, Math.min(jobs, toRun.size())));
        err.flush();
    }

    /**
     * Whether to go on with {@code runs} runs: yes for at most {@link #CONFIRM_ABOVE} or with
     * {@code yes}; otherwise the answer to a question on the terminal, and no (with a message naming
     * --yes) when there is no terminal to ask on.
     */
    static boolean confirm(PrintWriter err, long runs, boolean yes, Terminal terminal) {
        if (runs <= CONFIRM_ABOVE || yes) {
            return true;
        }
        String answer = terminal.ask(String.format(Locale.ROOT, "lpip sweep: start %,d runs? [y/N] ", runs));
        if (answer == null) {
            err.printf(Locale.ROOT, "lpip sweep: %,d runs to do is more than %,d and standard input is not a terminal to ask "
                    + "on; add --yes to start it (nothing was written)%n", runs, CONFIRM_ABOVE);
            return false;
        }
        String a = answer.trim();
        if (!a.equalsIgnoreCase("y") && !a.equalsIgnoreCase("yes")) {
            err.println("lpip sweep: not started (nothing was written)");
            return false;
        }
        return true;
    }
}

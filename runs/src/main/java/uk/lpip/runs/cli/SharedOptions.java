package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Options that several commands take, each declared once here and added to a command with
 * {@code @Mixin}, so that its name, default, description and checks are the same wherever it
 * appears. (The scenario and its overrides, {@code --set}, {@code --seed}, {@code --months},
 * {@code --burn-in} and {@code --scale}, are {@link ScenarioArguments}; {@code --quiet} and
 * {@code --verbose} are {@link Verbosity}, on every command.)
 */
final class SharedOptions {
    private SharedOptions() {
    }

    /** {@code --threads N}: worker threads of a run, checked by {@link Workers}. */
    static final class Threads {
        @Option(names = "--threads", paramLabel = "N",
                description = "Worker threads (default: available cores); results do not depend on it.")
        Integer requested;

        /** The threads to use; refuses (exit 2) a number out of {@link Workers}' bounds. */
        int resolve(CommandLine commandLine) {
            return Workers.resolve(commandLine, "--threads", requested);
        }
    }

    /** {@code --jobs N}: runs at once, one thread each, checked by {@link Workers}. */
    static final class Jobs {
        @Option(names = "--jobs", paramLabel = "N", description = "Runs at once, one thread each (default: available cores).")
        Integer requested;

        /** The runs at once; refuses (exit 2) a number out of {@link Workers}' bounds. */
        int resolve(CommandLine commandLine) {
            return Workers.resolve(commandLine, "--jobs", requested);
        }
    }

    /** {@code --out DIR}: the results directory, checked before anything is simulated. */
    static final class Out {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
                description = "Results directory (default: ${DEFAULT-VALUE}).")
        Path dir;

        /**
         * Whether the directory can take results ({@link OutputLocation}); if not, says why on
         * {@code err} as {@code command} and returns false.
         */
        boolean usable(PrintWriter err, String command) {
            String unusable = OutputLocation.problem(dir);
            if (unusable != null) {
                err.printf("%s: --out %s: %s%n", command, dir, unusable);
                return false;
            }
            return true;
        }
    }

    /** {@code --no-report}: do not write the results directory's report.html. */
    static final class NoReport {
        @Option(names = "--no-report", description = "Do not write report.html (lpip report DIR writes it later).")
        boolean set;
    }
}

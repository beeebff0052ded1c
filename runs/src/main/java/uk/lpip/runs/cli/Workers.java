package uk.lpip.runs.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * The number of worker threads (or runs at once) a command uses: the available processors by
 * default, and at most {@value #PER_PROCESSOR} times them when asked for more — beyond that a
 * run only adds threads that wait, and a large number exhausts the machine's process table.
 */
final class Workers {
    /** Most workers per available processor. */
    static final int PER_PROCESSOR = 4;

    private Workers() {
    }

    /** The most workers this machine allows. */
    static int max() {
        return PER_PROCESSOR * Runtime.getRuntime().availableProcessors();
    }

    /**
     * {@code requested}, or the available processors if null; refuses (exit 2) a number below 1
     * or above {@link #max()}, naming {@code option}.
     */
    static int resolve(CommandLine commandLine, String option, Integer requested) {
        int processors = Runtime.getRuntime().availableProcessors();
        if (requested == null) {
            return processors;
        }
        if (requested < 1 || requested > max()) {
            throw new CommandLine.ParameterException(commandLine, String.format(Locale.ROOT,
                    "%s must be from 1 to %d (%d × the %d available processor%s), was %d", option, max(), PER_PROCESSOR,
                    processors, processors == 1 ? "" : "s", requested));
        }
        return requested;
    }
}

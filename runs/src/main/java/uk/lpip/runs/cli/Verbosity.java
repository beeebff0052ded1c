package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --quiet} and {@code --verbose}: declared once, on {@code lpip}, and inherited by every
 * subcommand, so {@code lpip run --quiet} and {@code lpip --quiet run} are the same. Both set this
 * one object (the top command's), which commands find with {@link #of}. With neither, failures
 * print a one-line message and progress goes to standard error, as always.
 */
final class Verbosity {
    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only errors and the result (tables, files written): no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "On a failure also print its stack trace and the time spent in each phase of the command; "
                    + "on success, the phase times.")
    boolean verbose;

    /** The phases of the command being run and their times. */
    final PhaseTimes phases = new PhaseTimes();

    /** The verbosity of the command line {@code spec} belongs to. */
    static Verbosity of(CommandLine.Model.CommandSpec spec) {
        Object top = spec.root().userObject();
        return top instanceof Lpip lpip ? lpip.verbosity : new Verbosity();
    }

    /** Where a command's progress and notes go: {@code err}, or nowhere with {@code --quiet}. */
    PrintWriter progress(PrintWriter err) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : err;
    }

    /** Starts the command's phase {@code name}, ending the one before. */
    void phase(String name) {
        phases.start(name);
    }

    /**
     * With {@code --verbose}, prints the phase times of {@code commandLine}'s command (and of the
     * model, if it simulated) on its standard error; {@code failed} marks the phase under way.
     */
    void printPhaseTimes(CommandLine commandLine, boolean failed) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.printf("%s: phase times: %s%n", command, phases.summary(failed));
        String model = phases.modelSummary();
        if (model != null) {
            err.printf("%s: model phase times: %s%n", command, model);
        }
        err.flush();
    }

    /** Refuses (exit 2) both at once. */
    void check(CommandLine commandLine) {
        if (quiet && verbose) {
            throw new CommandLine.ParameterException(commandLine, "--quiet and --verbose cannot be used together");
        }
    }
}

package uk.lpip.runs.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code lpip} command line. Exit codes: 0 success, 1 failure while running, 2 bad input. */
@Command(name = "lpip",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        description = "A policy laboratory for UK places: an agent-based model of households, firms and councils.",
        subcommands = {RunCommand.class, SweepCommand.class, MergeCommand.class, RerunCommand.class, VerifyCommand.class, CompareCommand.class,
                QueryCommand.class, StatusCommand.class, ReportCommand.class, BenchCommand.class, CalibrateCommand.class,
                ValidateCommand.class, TrialCommand.class,
                ScenariosCommand.class, AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class})
public final class Lpip implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code --quiet} and {@code --verbose}, inherited by every subcommand. */
    @CommandLine.Mixin
    Verbosity verbosity;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (for example: lpip run)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (without exiting: tests call this). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        Lpip lpip = new Lpip();
        CommandLine cl = new CommandLine(lpip);
        // every subcommand answers --version as lpip does
        everyCommand(cl, c -> c.getCommandSpec().versionProvider(new BuildInfo()));
        // picocli hides its completion command; lpip lists it with the others
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cl.setExecutionStrategy(parseResult -> {
            CommandLine.ParseResult last = parseResult;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            lpip.verbosity.check(last.commandSpec().commandLine());
            int code = new CommandLine.RunLast().execute(parseResult);
            if (lpip.verbosity.verbose && code != EXIT_BAD_INPUT && !helpRequested(parseResult)) {
                lpip.verbosity.printPhaseTimes(last.commandSpec().commandLine(), false);
            }
            return code;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            java.io.PrintWriter err = commandLine.getErr();
            err.println("lpip: failed while running: " + ex.getMessage());
            Verbosity verbosity = Verbosity.of(commandLine.getCommandSpec());
            if (verbosity.verbose) {
                ex.printStackTrace(err);
                verbosity.printPhaseTimes(commandLine, true);
            }
            err.flush();
            return EXIT_FAILED;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("lpip: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr()) && !suggestCommand(ex, c)) {
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return EXIT_BAD_INPUT;
        });
        return cl;
    }

    private static void everyCommand(CommandLine c, java.util.function.Consumer<CommandLine> action) {
        action.accept(c);
        c.getSubcommands().values().forEach(sub -> everyCommand(sub, action));
    }

    private static boolean helpRequested(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Did you mean" for a mistyped command that picocli's own suggestions miss (they compare letter
     * pairs, so a transposition such as 'rnu' finds nothing): the nearest command by edit distance.
     */
    private static boolean suggestCommand(CommandLine.ParameterException ex, CommandLine c) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().isEmpty()
                || c.getSubcommands().isEmpty() || u.getUnmatched().get(0).startsWith("-")) {
            return false;
        }
        String near = uk.lpip.scenarios.format.Suggestions.nearest(u.getUnmatched().get(0), c.getSubcommands().keySet());
        if (near == null) {
            return false;
        }
        c.getErr().println("Did you mean: " + c.getCommandSpec().qualifiedName() + " " + near + "?");
        c.getErr().flush();
        return true;
    }
}

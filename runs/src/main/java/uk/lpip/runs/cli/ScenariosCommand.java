package uk.lpip.runs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.lpip.scenarios.BundledScenarios;

/** {@code lpip scenarios}: the bundled scenarios, one line each. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = "List the bundled scenarios with one line each.")
final class ScenariosCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (BundledScenarios.Bundled b : BundledScenarios.all()) {
            String marker = b.name().equals(BundledScenarios.defaultName()) ? " (default)" : "";
            out.printf("%-12s %s%s%n", b.name(), b.description(), marker);
        }
        out.flush();
    }
}

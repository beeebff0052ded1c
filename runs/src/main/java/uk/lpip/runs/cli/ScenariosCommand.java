package uk.lpip.runs.cli;

import uk.lpip.scenarios.load.ScenarioLoader;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioException;

/** {@code lpip scenarios}: the bundled scenarios, one line each. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the bundled scenarios with one line each.",
                "Their files are in scenarios/bundled/: copy one to start your own place."})
final class ScenariosCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (String name : BundledScenarios.names()) {
            String marker = name.equals(BundledScenarios.DEFAULT) ? " (default)" : "";
            try {
                Scenario s = ScenarioLoader.load(name);
                out.printf("%-18s %s%s%n", name, s.description() == null ? s.region().regionName() : s.description(), marker);
            } catch (ScenarioException e) {
                out.printf("%-18s (does not load: %s)%n", name, e.problems().get(0));
            }
        }
        out.flush();
    }
}

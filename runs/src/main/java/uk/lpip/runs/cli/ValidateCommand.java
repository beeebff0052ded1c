package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.PlaceConfig;

/** {@code lpip validate}: checks scenario files and prints every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files (or bundled names) and print every problem with its file, line and column.",
                "Exit code 2 if any scenario has a problem."})
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files or bundled names.")
    List<String> scenarios;

    @CommandLine.Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override one value in every scenario checked (repeatable).")
    List<String> sets = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (String name : scenarios) {
            try {
                Scenario s = ScenarioLoader.load(name, sets);
                long people = 0;
                for (PlaceConfig.ZoneConfig z : s.region().zones()) {
                    people += Math.round(z.population() * s.run().scale());
                }
                int councils = s.region().councils().size();
                int zones = s.region().zones().size();
                out.printf("ok   %s: %s — %d council%s, %d zone%s, %,d people at scale %s%n", name, s.region().regionName(),
                        councils, councils == 1 ? "" : "s", zones, zones == 1 ? "" : "s", people, s.run().scale());
            } catch (ScenarioException e) {
                bad++;
                ScenarioArguments.printProblems(err, name, e.problems());
            }
        }
        out.flush();
        return bad == 0 ? Lpip.EXIT_OK : Lpip.EXIT_BAD_INPUT;
    }
}

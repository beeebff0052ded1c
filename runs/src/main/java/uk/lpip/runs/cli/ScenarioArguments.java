package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.Problem;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;

/**
 * The scenario a command works on, and the overrides to it. {@code --seed}, {@code --months},
 * {@code --burn-in} and {@code --scale} are shorthands for {@code --set run.…}, so every value from
 * the command line is checked exactly like a value in the file.
 */
final class ScenarioArguments {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "A bundled scenario name (see 'lpip scenarios') or a scenario file. Default: ${DEFAULT-VALUE}.",
            defaultValue = BundledScenarios.DEFAULT)
    String scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one value, e.g. --set run.months=120 --set region.zones[0].bus_service=0.8 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Run seed (same as --set run.seed=N).")
    String seed;

    @Option(names = "--months", paramLabel = "N", description = "Months recorded after the burn-in (--set run.months=N).")
    String months;

    @Option(names = "--burn-in", paramLabel = "N", description = "Months simulated before recording (--set run.burn_in_months=N).")
    String burnIn;

    @Option(names = "--scale", paramLabel = "F", description = "Fraction of the real population simulated, in (0, 1] (--set run.scale=F).")
    String scale;

    /** The overrides in the order they apply: shorthands first, then --set in the order given. */
    List<String> overrides() {
        List<String> all = new ArrayList<>();
        if (seed != null) {
            all.add("run.seed=" + seed);
        }
        if (months != null) {
            all.add("run.months=" + months);
        }
        if (burnIn != null) {
            all.add("run.burn_in_months=" + burnIn);
        }
        if (scale != null) {
            all.add("run.scale=" + scale);
        }
        all.addAll(sets);
        return all;
    }

    /** Loads the scenario, or prints every problem and returns null. */
    Scenario load(PrintWriter err) {
        try {
            return ScenarioLoader.load(scenario, overrides());
        } catch (ScenarioException e) {
            printProblems(err, scenario, e.problems());
            return null;
        }
    }

    static void printProblems(PrintWriter err, String scenario, List<Problem> problems) {
        err.printf("lpip: %s: %d problem%s%n", scenario, problems.size(), problems.size() == 1 ? "" : "s");
        for (Problem p : problems) {
            err.println("  " + p);
        }
        err.flush();
    }
}

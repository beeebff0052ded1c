package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lpip.runs.bench.Bench;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.RunSettings;

/** {@code lpip bench}: the full model's speed and memory on a synthetic population of any size. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Time the full model (every phase of the monthly cycle) on a synthetic population of N persons "
                + "built from a scenario's place, and print person-months per second, time per month and by phase, "
                + "live heap per person and the peak heap, with the machine and JVM. See docs/performance.md.",
                "Exit codes: 0 done, 2 bad options or scenario."})
final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--persons", paramLabel = "N", defaultValue = "1000000",
            description = "Persons simulated (default: ${DEFAULT-VALUE}); above the place's population, several agents "
                    + "per resident.")
    long persons;

    @Option(names = "--months", paramLabel = "N", defaultValue = "12", description = "Months timed (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Months run first and not timed (JIT, settling) (default: ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Mixin
    SharedOptions.Threads threads;

    @Option(names = "--scenario", paramLabel = "S", defaultValue = "yorkshire-humber",
            description = "Bundled scenario or file whose place is used (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads.resolve(spec.commandLine());
        if (persons < 1000 || months < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--persons must be at least 1000, --months at least 1, --warmup at least 0");
        }
        Scenario s;
        try {
            s = ScenarioLoader.load(scenario);
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, scenario, e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        ModelConfig base = s.baseline().model();
        long population = Bench.population(base.place());
        double scale = (double) persons / population;
        if (scale > RunSettings.MAX_SCALE) {
            err.printf("lpip bench: %,d persons is more than %.0f agents per resident of %s (%,d); choose a larger place%n",
                    persons, RunSettings.MAX_SCALE, base.place().regionName(), population);
            return Lpip.EXIT_BAD_INPUT;
        }
        out.printf(Locale.ROOT, "lpip bench: %s (%s, %,d residents) at %,d persons (%.3f agents per resident), %d thread%s%n",
                s.name(), base.place().regionName(), population, persons, scale, workers, workers == 1 ? "" : "s");
        out.printf("machine: %s%njvm: %s%n", Bench.machine(), Bench.jvm());
        out.flush();
        Bench.Result r = Bench.run(base, persons, workers, warmup, months);
        double total = java.util.Arrays.stream(r.monthSeconds()).sum();
        out.printf(Locale.ROOT, "built %,d persons, %,d households, %,d firms in %.1f s%n", r.persons(), r.households(), r.firms(),
                r.buildSeconds());
        out.printf(Locale.ROOT, "%d months timed after %d warm-up: %.3f s per month (median %.3f, min %.3f, max %.3f)%n",
                months, warmup, total / months, r.medianMonthSeconds(), java.util.Arrays.stream(r.monthSeconds()).min().orElse(0),
                java.util.Arrays.stream(r.monthSeconds()).max().orElse(0));
        out.printf(Locale.ROOT, "throughput: %.2f M person-months per second%n", r.personMonthsPerSecond() / 1e6);
        out.printf(Locale.ROOT, "memory: %.0f bytes per person live after GC (everything: persons, households, firms, places, "
                + "ledgers, metrics); peak heap %.2f GB%n", r.bytesPerPerson(), r.peakHeapBytes() / (double) (1L << 30));
        double phases = java.util.Arrays.stream(r.phaseSeconds()).sum();
        StringBuilder b = new StringBuilder("time by phase:");
        for (int i = 0; i < r.phases().size(); i++) {
            b.append(String.format(Locale.ROOT, " %s %.0f%%", r.phases().get(i), 100 * r.phaseSeconds()[i] / phases));
            b.append(i + 1 < r.phases().size() ? "," : "");
        }
        out.println(b);
        StringBuilder serial = new StringBuilder(String.format(Locale.ROOT,
                "single-threaded: %.0f%% of the month; by phase, the share of its own time:", 100 * r.singleThreadedShare()));
        for (int i = 0; i < r.phases().size(); i++) {
            double own = r.phaseSeconds()[i];
            serial.append(String.format(Locale.ROOT, " %s %.0f%%", r.phases().get(i), own > 0 ? 100 * r.serialSeconds()[i] / own : 0));
            serial.append(i + 1 < r.phases().size() ? "," : "");
        }
        out.println(serial);
        out.printf(Locale.ROOT, "csv: persons,threads,months,seconds_per_month,person_months_per_second,bytes_per_person,"
                        + "peak_heap_bytes,single_threaded_share%ncsv: %d,%d,%d,%.9f,%.0f,%.1f,%d,%.3f%n", r.persons(), workers, months,
                total / months, r.personMonthsPerSecond(), r.bytesPerPerson(), r.peakHeapBytes(), r.singleThreadedShare());
        out.flush();
        return Lpip.EXIT_OK;
    }
}

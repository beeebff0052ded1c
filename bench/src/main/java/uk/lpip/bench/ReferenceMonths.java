package uk.lpip.bench;

import java.util.Locale;
import uk.lpip.bench.reference.RefMetrics;
import uk.lpip.bench.reference.ReferenceModel;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;

/**
 * Wall time of the MASON-objects reference's build and of each of its months, at one size and thread
 * count — to see how long a side-by-side JMH trial of it would take before starting one:
 * {@code java -Xmx20g -cp bench/target/benchmarks.jar uk.lpip.bench.ReferenceMonths PERSONS THREADS MONTHS [SCENARIO]}.
 * The first two months are the set-up months {@link ReferenceBenchmark} steps before its warm-up;
 * every month is timed once (no warm-up of its own), so this says how long, not how fast at steady state.
 * With {@code --metrics} it also prints each month's recorded region metrics (to compare two builds of the reference).
 */
public final class ReferenceMonths {
    private ReferenceMonths() {
    }

    public static void main(String[] args) {
        long persons = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String scenario = args.length > 3 && !args[3].startsWith("--") ? args[3] : "yorkshire-humber-unfitted";
        boolean printMetrics = java.util.Arrays.asList(args).contains("--metrics");
        System.out.printf(Locale.ROOT, "%s %s, %d processors, max heap %,d MB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        ModelConfig config = Populations.config(scenario, persons, 0, months);
        long t0 = System.nanoTime();
        try (ReferenceModel reference = new ReferenceModel(config, threads)) {
            reference.start();
            System.out.printf(Locale.ROOT, "%s, %,d persons, %d thread(s): built in %.1f s%n", scenario,
                    reference.personCount(), threads, (System.nanoTime() - t0) / 1e9);
            for (int m = 0; m < months; m++) {
                long start = System.nanoTime();
                if (!reference.schedule.step(reference)) {
                    throw new IllegalStateException("the schedule ran out of events at month " + m);
                }
                System.out.printf(Locale.ROOT, "month %d: %.2f s%n", m, (System.nanoTime() - start) / 1e9);
            }
            if (printMetrics) {
                RefMetrics metrics = reference.metrics();
                for (int m = 0; m < months; m++) {
                    StringBuilder row = new StringBuilder("metrics " + m);
                    for (Metric metric : RefMetrics.RECORDED) {
                        row.append(' ').append(metric.id()).append('=').append(metrics.value(m, metric));
                    }
                    System.out.println(row);
                }
            }
        }
    }
}

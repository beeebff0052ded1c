package uk.lpip.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import uk.lpip.bench.reference.ReferenceModel;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.model.EconomyModel;

/**
 * Live heap per person of lpip's core and of the MASON-objects reference, each built and stepped
 * two months at the same size: {@code java -cp bench/target/benchmarks.jar uk.lpip.bench.Footprint 1000000}.
 * Measured after full collections with the model reachable (all-in: agents, places, markets, metrics).
 */
public final class Footprint {
    private Footprint() {
    }

    public static void main(String[] args) {
        long persons = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        String scenario = args.length > 1 ? args[1] : "yorkshire-humber-unfitted";
        ModelConfig config = Populations.config(scenario, persons, 2, 2);
        long base = liveHeap();
        try (EconomyModel fast = new EconomyModel(config, 1)) {
            fast.start();
            fast.schedule.step(fast);
            fast.schedule.step(fast);
            report("lpip", fast.economy().persons.count(), liveHeap() - base);
        }
        base = liveHeap();
        try (ReferenceModel reference = new ReferenceModel(config, 1)) {
            reference.start();
            reference.schedule.step(reference);
            reference.schedule.step(reference);
            report("mason-objects", reference.personCount(), liveHeap() - base);
        }
    }

    private static void report(String name, long persons, long bytes) {
        System.out.printf(Locale.ROOT, "%-14s %,d persons  live heap %,d MB  %.0f bytes per person  (%s %s)%n", name, persons,
                bytes >> 20, (double) bytes / persons, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    }

    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}

package uk.lpip.runs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.api.Simulation;

/**
 * Times the full model — every phase of the monthly cycle — on a synthetic population of a chosen
 * size built from a place's structure (its zones, councils, industries and rates, with the agent
 * count scaled; above the place's population, several agents per resident). Reports person-months
 * per second, time per month, time by phase and the share of it spent on one thread, live heap per person after a full GC (everything: persons,
 * households, firms, places, ledgers, the metrics table) and the peak heap.
 */
public final class Bench {
    /** What one benchmark measured. */
    public record Result(long persons, int households, int firms, int threads, int warmupMonths, double buildSeconds,
                         double[] monthSeconds, List<String> phases, double[] phaseSeconds, double[] serialSeconds,
                         long liveHeapBytes, long peakHeapBytes) {
        /**
         * The share of the timed months' wall time spent on one thread: in phases outside their loops
         * spread over the threads, and between phases (the schedule, the month's bookkeeping).
         */
        public double singleThreadedShare() {
            double all = Arrays.stream(monthSeconds).sum();
            double parallel = Arrays.stream(phaseSeconds).sum() - Arrays.stream(serialSeconds).sum();
            return all > 0 ? Math.max(0, 1 - parallel / all) : 0;
        }

        public double medianMonthSeconds() {
            double[] s = monthSeconds.clone();
            Arrays.sort(s);
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }

        /** Persons × timed months over the timed months' total wall time. */
        public double personMonthsPerSecond() {
            return persons * monthSeconds.length / Arrays.stream(monthSeconds).sum();
        }

        public double bytesPerPerson() {
            return (double) liveHeapBytes / persons;
        }
    }

    private Bench() {
    }

    /** The configured population of a place (residents of all zones). */
    public static long population(PlaceConfig place) {
        return place.zones().stream().mapToLong(PlaceConfig.ZoneConfig::population).sum();
    }

    /**
     * Builds the place at {@code persons} agents, runs {@code warmup} months, then times {@code months} more.
     */
    public static Result run(ModelConfig base, long persons, int threads, int warmup, int months) {
        double scale = (double) persons / population(base.place());
        ModelConfig config = base.withRun(base.run().withScale(scale).withBurnIn(0).withMonths(warmup + months));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long before = liveHeap();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        try (Simulation sim = new Simulation(config, threads)) {
            sim.start();
            double build = (System.nanoTime() - t0) / 1e9;
            for (int m = 0; m < warmup; m++) {
                sim.step();
            }
            long[] phaseBefore = sim.phaseTimes().nanos();
            long[] serialBefore = sim.phaseSerialNanos();
            double[] monthSeconds = new double[months];
            for (int m = 0; m < months; m++) {
                long s = System.nanoTime();
                sim.step();
                monthSeconds[m] = (System.nanoTime() - s) / 1e9;
            }
            Simulation.PhaseTimes times = sim.phaseTimes();
            long[] phaseAfter = times.nanos();
            long[] serialAfter = sim.phaseSerialNanos();
            double[] phaseSeconds = new double[phaseAfter.length];
            double[] serialSeconds = new double[phaseAfter.length];
            for (int i = 0; i < phaseAfter.length; i++) {
                phaseSeconds[i] = (phaseAfter[i] - phaseBefore[i]) / 1e9;
                serialSeconds[i] = (serialAfter[i] - serialBefore[i]) / 1e9;
            }
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            long live = liveHeap() - before;   // the model is still reachable here
            Simulation.Size size = sim.size();
            return new Result(size.persons(), size.households(), size.firms(), threads, warmup, build, monthSeconds,
                    times.phases(), phaseSeconds, serialSeconds, live, peak);
        }
    }

    /** Heap in use after full collections (several, until it stops falling). */
    static long liveHeap() {
        Runtime rt = Runtime.getRuntime();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = rt.totalMemory() - rt.freeMemory();
            if (used >= last * 0.995) {
                return used;
            }
            last = used;
        }
        return last;
    }

    /** "2 cores, AMD EPYC 7B13" — the processor as the operating system names it. */
    public static String machine() {
        String model = "unknown CPU";
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (Files.isReadable(info)) {
                model = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(model);
            }
        } catch (IOException e) {
            // keep "unknown CPU"
        }
        long ram = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize();
        }
        return Runtime.getRuntime().availableProcessors() + " cores, " + model + (ram > 0 ? ", " + (ram + (1L << 29) >> 30)
                + " GB RAM" : "");
    }

    /** "OpenJDK 64-Bit Server VM 17.0.15+6, max heap 6.0 GB". */
    public static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version") + ", max heap "
                + String.format(java.util.Locale.ROOT, "%.1f GB", Runtime.getRuntime().maxMemory() / (double) (1L << 30));
    }
}

package uk.lpip.scenarios;

/**
 * How many simulated persons a Java heap holds, for refusing a scenario too large before it
 * starts. A run needs {@value #BYTES_PER_PERSON} bytes per person (persons, households, firms,
 * per-month working arrays, with headroom; {@code lpip bench} measures about 80–106) on top of
 * {@value #FIXED_BYTES} bytes that do not grow with the population: the JVM's own heap baseline
 * (the command line, the loaded scenario, class data), the metrics table, the charts being drawn
 * and the young generation the collector keeps free. Measured: with a 24 MB heap a run of 154,000
 * persons ran out of memory although persons × 160 bytes is only 24.6 MB — the fixed costs are
 * what an estimate of persons alone misses at small heaps.
 */
public final class HeapBudget {
    /** Heap per simulated person, all in, with headroom. */
    public static final long BYTES_PER_PERSON = 160;
    /** Heap a run needs whatever its population (JVM baseline and fixed costs). */
    public static final long FIXED_BYTES = 16L << 20;

    private HeapBudget() {
    }

    /** Persons a heap of {@code maxHeapBytes} holds: none if the fixed costs take it all. */
    public static long maxPersons(long maxHeapBytes) {
        return Math.max(0, (maxHeapBytes - FIXED_BYTES) / BYTES_PER_PERSON);
    }

    /** Heap bytes a run of {@code persons} needs. */
    public static long bytesNeeded(long persons) {
        return FIXED_BYTES + persons * BYTES_PER_PERSON;
    }
}

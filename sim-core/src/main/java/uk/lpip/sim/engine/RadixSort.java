package uk.lpip.sim.engine;

/**
 * Sorts longs into ascending signed order (the order of {@link java.util.Arrays#sort(long[])}) by
 * a least-significant-digit radix sort: 11-bit digits, one pass to count all six digits' buckets,
 * then one stable scatter per digit, skipping any digit on which every key agrees (the unused high
 * bits of small fields cost nothing). Linear in the number of keys and allocation-free given its
 * scratch: the sort of the month's metrics distributions (hundreds of thousands of keys) without
 * the comparison sort's log factor.
 */
public final class RadixSort {
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;
    private static final int DIGITS = (64 + BITS - 1) / BITS;
    private static final int MASK = BUCKETS - 1;

    private final int[] counts = new int[DIGITS * BUCKETS];

    /** Sorts {@code a[0, n)} in place, using {@code scratch} (at least {@code n} long; its contents are lost). */
    public void sort(long[] a, int n, long[] scratch) {
        if (n < 2) {
            return;
        }
        if (scratch.length < n) {
            throw new IllegalArgumentException("scratch of " + scratch.length + " for " + n + " keys");
        }
        java.util.Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            long k = a[i] ^ Long.MIN_VALUE;     // the sign bit flipped: signed order as unsigned
            for (int d = 0; d < DIGITS; d++) {
                counts[d * BUCKETS + (int) ((k >>> (d * BITS)) & MASK)]++;
            }
        }
        long[] from = a;
        long[] to = scratch;
        for (int d = 0; d < DIGITS; d++) {
            int base = d * BUCKETS;
            int shift = d * BITS;
            if (counts[base + (int) (((from[0] ^ Long.MIN_VALUE) >>> shift) & MASK)] == n) {
                continue;                       // every key has the same digit: the order stands
            }
            int running = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = counts[base + b];
                counts[base + b] = running;
                running += c;
            }
            for (int i = 0; i < n; i++) {
                long v = from[i];
                to[counts[base + (int) (((v ^ Long.MIN_VALUE) >>> shift) & MASK)]++] = v;
            }
            long[] t = from;
            from = to;
            to = t;
        }
        if (from != a) {
            System.arraycopy(from, 0, a, 0, n);
        }
    }
}

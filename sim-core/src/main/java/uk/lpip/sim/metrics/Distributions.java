package uk.lpip.sim.metrics;

/**
 * Weighted distribution statistics over values packed with integer weights into sortable longs:
 * the upper 32 bits order like the float value, the lower 32 hold the weight. Sorting the packed
 * array sorts by value with no boxing. Values are kept at float precision (about 7 significant
 * digits), which is ample for medians, shares and Gini coefficients of incomes in pounds.
 */
public final class Distributions {
    private Distributions() {
    }

    public static long pack(float value, int weight) {
        int bits = Float.floatToIntBits(value);
        bits ^= (bits >> 31) & 0x7fffffff;
        return ((long) bits << 32) | (weight & 0xffffffffL);
    }

    public static float value(long packed) {
        int bits = (int) (packed >> 32);
        bits ^= (bits >> 31) & 0x7fffffff;
        return Float.intBitsToFloat(bits);
    }

    public static int weight(long packed) {
        return (int) packed;
    }

    /** Weighted median of a sorted range: the smallest value at which half the weight is reached. */
    public static double median(long[] sorted, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += weight(sorted[i]);
        }
        if (total == 0) {
            return Double.NaN;
        }
        long cumulative = 0;
        for (int i = from; i < to; i++) {
            cumulative += weight(sorted[i]);
            if (2 * cumulative >= total) {
                return value(sorted[i]);
            }
        }
        return value(sorted[to - 1]);
    }

    /** Weighted mean of a range. */
    public static double mean(long[] packed, int from, int to) {
        double sum = 0;
        long total = 0;
        for (int i = from; i < to; i++) {
            int w = weight(packed[i]);
            sum += (double) value(packed[i]) * w;
            total += w;
        }
        return total == 0 ? Double.NaN : sum / total;
    }

    /** Weighted share of a range below a threshold. */
    public static double shareBelow(long[] packed, int from, int to, double threshold) {
        long below = 0;
        long total = 0;
        for (int i = from; i < to; i++) {
            int w = weight(packed[i]);
            total += w;
            if (value(packed[i]) < threshold) {
                below += w;
            }
        }
        return total == 0 ? Double.NaN : (double) below / total;
    }

    /** Weighted Gini coefficient of a sorted range, from the area under the Lorenz curve. */
    public static double gini(long[] sorted, int from, int to) {
        double totalWeight = 0;
        double totalValue = 0;
        for (int i = from; i < to; i++) {
            int w = weight(sorted[i]);
            totalWeight += w;
            totalValue += (double) value(sorted[i]) * w;
        }
        if (totalWeight == 0 || totalValue == 0) {
            return Double.NaN;
        }
        double area = 0;
        double cumulativeValue = 0;
        for (int i = from; i < to; i++) {
            int w = weight(sorted[i]);
            double next = cumulativeValue + (double) value(sorted[i]) * w;
            area += w * (cumulativeValue + next);
            cumulativeValue = next;
        }
        return 1.0 - area / (totalWeight * totalValue);
    }
}

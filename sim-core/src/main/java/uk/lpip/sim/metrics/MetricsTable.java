package uk.lpip.sim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recorded metrics: for each reported month, a value per area and metric ({@code NaN} where a
 * metric does not apply to an area, e.g. council finances for a zone). Read it as tidy rows
 * through {@link #value}; writers skip {@code NaN}.
 */
public final class MetricsTable {
    private static final Metric[] METRICS = Metric.values();

    private final Areas areas;
    private final List<double[]> months = new ArrayList<>();

    public MetricsTable(Areas areas) {
        this.areas = areas;
    }

    public Areas areas() {
        return areas;
    }

    public int monthCount() {
        return months.size();
    }

    public static Metric[] metrics() {
        return METRICS.clone();
    }

    /** Starts a new month's row block, all {@code NaN}, and returns its index. */
    int startMonth() {
        double[] block = new double[areas.count() * METRICS.length];
        Arrays.fill(block, Double.NaN);
        months.add(block);
        return months.size() - 1;
    }

    void set(int month, int area, Metric metric, double value) {
        months.get(month)[area * METRICS.length + metric.ordinal()] = value;
    }

    /** The value of a metric for an area in a reported month (0-based), or {@code NaN}. */
    public double value(int month, int area, Metric metric) {
        return months.get(month)[area * METRICS.length + metric.ordinal()];
    }

    public double value(int month, String areaLabel, Metric metric) {
        int area = areas.indexOf(areaLabel);
        if (area < 0) {
            throw new IllegalArgumentException("no area " + areaLabel);
        }
        return value(month, area, metric);
    }
}

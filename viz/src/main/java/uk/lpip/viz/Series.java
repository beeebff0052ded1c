package uk.lpip.viz;

import java.util.Objects;

/**
 * One line of a chart: a name and values by month. Charts are drawn from these, never from
 * agent state, so any result table (a run, a sweep's summary) can feed them.
 */
public record Series(String name, int[] months, double[] values, boolean emphasised) {
    public Series {
        Objects.requireNonNull(name, "name");
        if (months.length != values.length) {
            throw new IllegalArgumentException("months and values differ in length");
        }
        months = months.clone();
        values = values.clone();
    }

    @Override
    public int[] months() {
        return months.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public int size() {
        return months.length;
    }

    public int month(int i) {
        return months[i];
    }

    public double value(int i) {
        return values[i];
    }
}

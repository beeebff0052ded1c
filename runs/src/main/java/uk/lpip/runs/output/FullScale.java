package uk.lpip.runs.output;

import java.util.Set;
import uk.lpip.sim.metrics.Metric;

/**
 * Counts and money at full scale: a run simulates a share {@code scale} of the place's people and
 * firms, so a total (people, jobs, firms, pounds, minutes) is divided by the scale before it is
 * written, while shares, ratios, per-person amounts (median and mean wage, median income) and the
 * catchment's water (always the whole catchment) are written as simulated. Every table also carries
 * the run's {@code scale}, so the simulated total is {@code value × scale}.
 */
public final class FullScale {
    private static final Set<String> TOTAL_UNITS = Set.of("persons", "persons per month", "jobs", "firms",
            "firms per month", "£", "£ per month", "minutes per day");
    private static final Set<Metric> PER_PERSON = Set.of(Metric.MEDIAN_MONTHLY_WAGE, Metric.MEAN_MONTHLY_WAGE,
            Metric.MEDIAN_MONTHLY_EARNINGS, Metric.MEDIAN_EQUIVALISED_INCOME);

    private FullScale() {
    }

    /** Whether the metric is a total over people or firms, which grows with the scale. */
    public static boolean isTotal(Metric m) {
        return TOTAL_UNITS.contains(m.unit()) && !PER_PERSON.contains(m);
    }

    /** The value at full scale. */
    public static double of(Metric m, double simulated, double scale) {
        return isTotal(m) ? simulated / scale : simulated;
    }
}

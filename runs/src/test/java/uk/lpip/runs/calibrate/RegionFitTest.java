package uk.lpip.runs.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.scenarios.calibration.Targets;
import uk.lpip.scenarios.calibration.TargetsLoader;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;

/**
 * Each bundled region, as shipped (its file's own scale and run length, seed 20260101), stays within
 * stated tolerances of the published rates in its targets file: a change that breaks a place's fit
 * fails here. Tolerances, in percentage points: employment and inactivity 1.2, unemployment 0.6 (the
 * fitted values' largest misses at the default scale are 0.8 and 0.3; Northern Ireland's wider 2.0 and
 * 1.0 are gone with its issue-19 refit, 0.6 and 0.1 off). And, as issue 19 asks,
 * each quarterly transition probability within ±30% of the published, vacancies per unemployed person
 * within ±0.2 and median pay within ±5% of ASHE, except the stated misses ({@code STATED}), each held at
 * what is reached.
 */
class RegionFitTest {
    private static final double RATE_TOLERANCE = 0.012;
    private static final double UNEMPLOYMENT_TOLERANCE = 0.006;

    /** Each quarterly transition probability within this share of the published one (issue 19). */
    private static final double FLOW_TOLERANCE = 0.30;
    /** Vacancies per unemployed person within this of the published ratio. */
    private static final double TIGHTNESS_TOLERANCE = 0.2;
    /** Median monthly pay within this share of the ASHE full-time median. */
    private static final double PAY_TOLERANCE = 0.05;
    /**
     * The stated misses (measured 2026-12-03, one run as shipped, seed 20260101, on the entry-replaces-posts refit;
     * causes in docs/calibration.md, "The entry-replaces-posts refit of 2026-12-03" and the rounds before it; the
     * councils' match-chance multipliers in place). Northern Ireland: E->U 38% low (31% before entry replaced
     * closed firms' posts: fewer small firms churn out, so fewer people lose their job to a closure), U->E +30%
     * and a long-term share of unemployment of 21% against 53% (its low unemployment with UK-wide flows needs
     * fast exits, and long spells need slow ones). Rural Wales:
     * E->I 37% and U->I 41% low; Yorkshire and the Humber: U->I 35% low (giving up falls with tightness, and a
     * hazard into inactivity that does not depend on the spell costs the long-term share). The Forth Valley's
     * and Northern Ireland's E->I (-30%, -29%) sit at the tolerance and are held with a margin so that
     * the run-to-run spread of a small change does not fail them. Held at what is reached, with a margin.
     */
    @SuppressWarnings("unchecked")
    private static final Map.Entry<String, Double>[] STATED = new Map.Entry[] {
        Map.entry("northern-ireland:quarterly_rate_e_u", 0.45),
        Map.entry("northern-ireland:quarterly_rate_e_i", 0.35),
        Map.entry("northern-ireland:quarterly_rate_u_e", 0.35),
        Map.entry("northern-ireland:long_term_unemployment_share", 0.35),
        Map.entry("rural-wales:quarterly_rate_e_i", 0.45),
        Map.entry("rural-wales:quarterly_rate_u_i", 0.5),
        Map.entry("forth-valley:quarterly_rate_e_i", 0.35),
        Map.entry("yorkshire-humber:quarterly_rate_u_i", 0.45),
    };
    /**
     * Misses the fit does not close, with the tolerance reached instead (relative for flows and pay,
     * absolute for vacancies per unemployed person); each is explained in docs/calibration.md,
     * "The entry-replaces-posts refit of 2026-12-03".
     */
    private static final Map<String, Double> STATED_MISSES = Map.ofEntries(STATED);

    @ParameterizedTest
    @ValueSource(strings = {"northern-ireland", "rural-wales", "forth-valley", "yorkshire-humber"})
    void headlineRatesStayNearTheirTargets(String region) throws Exception {
        Targets targets = TargetsLoader.load(Path.of("..", "calibration", region + ".yaml")).targets();
        var config = ScenarioLoader.load(region).baseline().model();
        MetricsTable table;
        try (EconomyModel model = new EconomyModel(config, 2)) {
            table = model.run();
        }
        List<String> misses = new ArrayList<>();
        for (Targets.Target t : targets.targets()) {
            Metric m = TargetsLoader.metric(t.metric());
            double mean = mean(table, m);
            String key = region + ":" + t.metric();
            boolean miss;
            String shown;
            if (m == Metric.EMPLOYMENT_RATE || m == Metric.UNEMPLOYMENT_RATE || m == Metric.INACTIVITY_RATE) {
                double tolerance = STATED_MISSES.getOrDefault(key,
                        m == Metric.UNEMPLOYMENT_RATE ? UNEMPLOYMENT_TOLERANCE : RATE_TOLERANCE);
                miss = Math.abs(mean - t.value()) > tolerance;
                shown = String.format(Locale.ROOT, "%.1f%% against %.1f%%", 100 * mean, 100 * t.value());
            } else if (t.metric().startsWith("quarterly_rate_") || m == Metric.MEDIAN_MONTHLY_WAGE) {
                double tolerance = STATED_MISSES.getOrDefault(key,
                        m == Metric.MEDIAN_MONTHLY_WAGE ? PAY_TOLERANCE : FLOW_TOLERANCE);
                miss = Math.abs(mean / t.value() - 1.0) > tolerance;
                shown = String.format(Locale.ROOT, "%.4f against %.4f (%+.0f%%, tolerance %.0f%%)", mean, t.value(),
                        100 * (mean / t.value() - 1.0), 100 * tolerance);
            } else if (m == Metric.VACANCIES_PER_SEARCHER) {
                double tolerance = STATED_MISSES.getOrDefault(key, TIGHTNESS_TOLERANCE);
                miss = Math.abs(mean - t.value()) > tolerance;
                shown = String.format(Locale.ROOT, "%.2f against %.2f (tolerance %.2f)", mean, t.value(), tolerance);
            } else if (m == Metric.LONG_TERM_UNEMPLOYMENT_SHARE) {
                double tolerance = STATED_MISSES.getOrDefault(key, t.tolerance());
                miss = Math.abs(mean - t.value()) > tolerance;
                shown = String.format(Locale.ROOT, "%.1f%% against %.1f%% (tolerance %.1f points)", 100 * mean,
                        100 * t.value(), 100 * tolerance);
            } else {
                continue;
            }
            System.out.println(region + " " + t.metric() + ": " + shown);
            if (miss) {
                misses.add(t.metric() + " " + shown + " (" + t.source() + ")");
            }
        }
        assertTrue(misses.isEmpty(), region + " is off its targets: " + misses);
    }

    private static double mean(MetricsTable table, Metric m) {
        double sum = 0;
        for (int month = 0; month < table.monthCount(); month++) {
            sum += table.value(month, table.areas().region(), m);
        }
        return sum / table.monthCount();
    }
}

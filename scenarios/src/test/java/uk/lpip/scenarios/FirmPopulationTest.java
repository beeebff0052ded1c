package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.rules.SizeBands;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;

/**
 * The firm population of each bundled region: private employment by enterprise size band within
 * ±5 points of the UK business population estimates, and neither the count of private firms nor the
 * band shares drifting over ten years after the burn-in.
 */
class FirmPopulationTest {
    /** Allowed gap to each published band share, points of private employment. */
    private static final double BAND_TOLERANCE = 0.05;
    /** Allowed change of a band's share over the ten years, points. */
    private static final double BAND_DRIFT = 0.05;
    /** Allowed change of the count of private firms over the ten years. */
    private static final double COUNT_DRIFT = 0.10;

    /** Band shares of private employment (by enterprise) and the count of live private firms. */
    record Snapshot(double[] bands, int privateFirms) {
        String describe() {
            return String.format(Locale.ROOT, "micro %.1f%% small %.1f%% medium %.1f%% large %.1f%%, %d private firms",
                    100 * bands[0], 100 * bands[1], 100 * bands[2], 100 * bands[3], privateFirms);
        }
    }

    static Snapshot snapshot(Economy e) {
        Firms firms = e.firms;
        int[] enterpriseJobs = firms.enterpriseJobs();
        double[] jobs = new double[SizeBands.COUNT];
        double total = 0;
        int count = 0;
        for (int f = 0; f < firms.count(); f++) {
            if (!firms.alive[f] || e.sectors.kind(firms.sector[f]) == SectorKind.PUBLIC_SERVICES) {
                continue;
            }
            count++;
            int filled = firms.totalJobs(f);
            jobs[SizeBands.of(enterpriseJobs[firms.enterprise[f]])] += filled;
            total += filled;
        }
        for (int b = 0; b < jobs.length; b++) {
            jobs[b] /= Math.max(total, 1);
        }
        return new Snapshot(jobs, count);
    }

    /**
     * The band shares the region's sectors imply: each private sector's starting jobs (filled and
     * vacant) times its band shares (the UK's for every sector but agriculture, whose employment is
     * mostly in small firms), so a region with much farming has more micro employment than the UK.
     */
    static double[] impliedBands(Economy e) {
        double[] bands = new double[SizeBands.COUNT];
        double total = 0;
        for (int f = 0; f < e.firms.count(); f++) {
            int s = e.firms.sector[f];
            if (e.sectors.kind(s) == SectorKind.PUBLIC_SERVICES) {
                continue;
            }
            double jobs = e.firms.totalJobs(f) + e.firms.totalVacancies(f);
            double[] shares = e.sectors.config(s).sizeBands();
            for (int b = 0; b < SizeBands.COUNT; b++) {
                bands[b] += jobs * shares[b];
            }
            total += jobs;
        }
        for (int b = 0; b < SizeBands.COUNT; b++) {
            bands[b] /= total;
        }
        return bands;
    }

    private static String gaps(double[] simulated, double[] published) {
        StringBuilder out = new StringBuilder();
        for (int b = 0; b < SizeBands.COUNT; b++) {
            out.append(String.format(Locale.ROOT, "%s %+.1f pp ", SizeBands.NAMES[b], 100 * (simulated[b] - published[b])));
        }
        return out.toString().trim();
    }

    /**
     * The region at about 150,000 people (Rural Wales and the Forth Valley about half their size), a
     * five-year burn-in, then ten recorded years. At 60,000 people a region's private sector has only
     * about 23 large enterprises and its large band swings by several points with the seed (Rural
     * Wales's ten years on, when entry replaced closures one for one: 33.8% with the scenario's seed,
     * 28.9% with seed 7), more than the tolerance.
     */
    static ModelConfig tenYears(String name) {
        try {
            ModelConfig c = ScenarioLoader.load(name).model();
            long people = c.place().zones().stream().mapToLong(z -> z.population()).sum();
            return c.withRun(c.run().withBurnIn(60).withMonths(120).withScale(Math.min(1.0, 150_000.0 / people)));
        } catch (ScenarioException e) {
            throw new AssertionError(String.join("\n", ScenarioLoader.lines(e)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rural-wales", "forth-valley", "northern-ireland", "yorkshire-humber"})
    void sizeBandsMatchTheBusinessPopulationEstimatesAndDoNotDriftOverTenYears(String region) {
        ModelConfig config = tenYears(region);
        List<Snapshot> snapshots = new ArrayList<>();
        int burnIn = config.run().burnInMonths();
        double[] implied;
        try (EconomyModel model = new EconomyModel(config, 2)) {
            implied = impliedBands(model.economy());
            model.addStateProbe(e -> {
                if (e.month() == burnIn - 1 || e.month() == burnIn + 119) {
                    snapshots.add(snapshot(e));
                }
            });
            model.run();
        }
        Snapshot start = snapshots.get(0);
        Snapshot end = snapshots.get(1);
        String report = region + ": after the burn-in " + start.describe() + "; ten years on " + end.describe();
        System.out.println(report);
        double[] published = UkDefaults.UK_SIZE_BANDS;
        System.out.println(region + ": implied by its sectors " + new Snapshot(implied, 0).describe() + "; gap to the UK: "
                + gaps(end.bands(), published));
        for (int b = 0; b < SizeBands.COUNT; b++) {
            assertTrue(Math.abs(start.bands()[b] - implied[b]) <= BAND_TOLERANCE, SizeBands.NAMES[b] + " against its sectors: " + report);
            assertTrue(Math.abs(start.bands()[b] - published[b]) <= BAND_TOLERANCE, SizeBands.NAMES[b] + " against the UK: " + report);
            assertTrue(Math.abs(end.bands()[b] - published[b]) <= BAND_TOLERANCE, SizeBands.NAMES[b] + " against the UK: " + report);
            assertTrue(Math.abs(end.bands()[b] - start.bands()[b]) <= BAND_DRIFT, SizeBands.NAMES[b] + " drift: " + report);
        }
        double change = (double) end.privateFirms() / start.privateFirms() - 1.0;
        assertTrue(Math.abs(change) <= COUNT_DRIFT, "firm count change " + change + ": " + report);
    }
}

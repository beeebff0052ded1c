package uk.lpip.sim.water;

import java.util.Arrays;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;

/**
 * The catchment's climate, month by month: natural inflow at each node = its long-run mean ×
 * a seasonal factor (1 + a·cos, peaking in the wettest month) × a persistent wetness factor
 * (log-normal with mean 1, AR(1) in the log) × (1 − depth) while a drought lasts. Droughts start
 * at random at a rate of so many per decade and last between a minimum and maximum number of
 * months. One wetness factor and one drought state serve the whole catchment: a dry year is dry
 * everywhere.
 *
 * <p>Every draw is keyed by the month, so the arms of a paired run see the same weather.
 */
public final class NaturalFlows {
    private final WaterConfig.Hydrology climate;
    private final RiverNetwork network;
    private final KeyedRandom random;
    private final double droughtsPerDecade;
    private double logWetness;
    private int droughtMonthsLeft;
    private boolean started;

    /**
     * @param droughtsPerDecade the drought frequency to simulate (the scenario's, or the reference
     *                          record's)
     */
    public NaturalFlows(WaterConfig.Hydrology climate, RiverNetwork network, KeyedRandom random, double droughtsPerDecade) {
        this.climate = climate;
        this.network = network;
        this.random = random;
        this.droughtsPerDecade = droughtsPerDecade;
    }

    /** The seasonal factor for a calendar month (0 = January); it averages 1 over the year. */
    public double seasonal(int calendarMonth) {
        double phase = 2 * Math.PI * (calendarMonth - (climate.wettestMonth() - 1)) / 12.0;
        return 1.0 + climate.seasonalAmplitude() * Math.cos(phase);
    }

    public boolean inDrought() {
        return droughtMonthsLeft > 0;
    }

    /**
     * Advances to {@code month} (months are stepped in order from 0) and writes each node's local
     * natural inflow, Ml/d.
     */
    public void step(int month, double[] localOut) {
        double sigma = climate.variability();
        double rho = climate.persistence();
        double shock = random.gaussian(Purpose.RIVER_WETNESS, month, 0, 0);
        logWetness = started ? rho * logWetness + Math.sqrt(1 - rho * rho) * shock : shock;
        started = true;
        if (droughtMonthsLeft > 0) {
            droughtMonthsLeft--;
        }
        if (droughtMonthsLeft == 0 && random.chance(Purpose.DROUGHT_ONSET, month, 0, droughtsPerDecade / 120.0)) {
            int span = climate.droughtMonthsMax() - climate.droughtMonthsMin() + 1;
            droughtMonthsLeft = climate.droughtMonthsMin() + random.below(Purpose.DROUGHT_LENGTH, month, 0, 0, span);
        }
        double factor = seasonal(Math.floorMod(month, 12)) * Math.exp(sigma * logWetness - sigma * sigma / 2);
        if (droughtMonthsLeft > 0) {
            factor *= 1.0 - climate.droughtDepth();
        }
        for (int i = 0; i < network.nodeCount(); i++) {
            localOut[i] = network.localMean(i) * factor;
        }
    }

    /**
     * The catchment's reference record: natural flow at each node (everything upstream included)
     * over {@code referenceYears} simulated years of the historic climate, from a fixed seed so
     * that the percentiles are a property of the catchment, not of a run. Returns
     * {@code [node][month]}, each node's months sorted ascending.
     */
    public static double[][] referenceRecord(WaterConfig.Hydrology climate, RiverNetwork network) {
        NaturalFlows flows = new NaturalFlows(climate, network, new KeyedRandom(REFERENCE_SEED),
                climate.referenceDroughtsPerDecade());
        int months = climate.referenceYears() * 12;
        double[][] record = new double[network.nodeCount()][months];
        double[] local = new double[network.nodeCount()];
        for (int m = 0; m < months; m++) {
            flows.step(m, local);
            double[] total = network.accumulate(local);
            for (int i = 0; i < total.length; i++) {
                record[i][m] = total[i];
            }
        }
        for (double[] r : record) {
            Arrays.sort(r);
        }
        return record;
    }

    /**
     * The flow exceeded {@code percent}% of the time in a sorted record (Q95 for 95): the
     * (100 − percent)th percentile, interpolated between neighbouring months.
     */
    public static double exceeded(double[] sorted, double percent) {
        double rank = (100.0 - percent) / 100.0 * (sorted.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, sorted.length - 1);
        double w = rank - lo;
        return sorted[lo] * (1 - w) + sorted[hi] * w;
    }

    /** Seed of every catchment's reference record (1991–2020, SEPA's reference period). */
    static final long REFERENCE_SEED = 19912020L;
}

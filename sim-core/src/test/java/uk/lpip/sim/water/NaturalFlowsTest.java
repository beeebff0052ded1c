package uk.lpip.sim.water;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.config.WaterConfig.Node;
import uk.lpip.sim.engine.KeyedRandom;

/** The climate: seasons, persistence, droughts, and the reference record the regulator judges by. */
class NaturalFlowsTest {
    private static final RiverNetwork NETWORK = new RiverNetwork(new WaterConfig(AllocationRule.PRIORITY,
            List.of(new Node("trib", "Tributary", "main", 5, 200), new Node("main", "Main", null, 45, 1000)),
            List.of(), List.of(), List.of(), UkDefaults.publicSupply(), UkDefaults.hydrology(), UkDefaults.regulator(),
            UkDefaults.trading()));

    @Test
    void theSeasonalFactorAveragesOneAndPeaksInTheWettestMonth() {
        NaturalFlows flows = new NaturalFlows(UkDefaults.hydrology(), NETWORK, new KeyedRandom(1), 1);
        double sum = 0;
        int wettest = 0;
        for (int m = 0; m < 12; m++) {
            sum += flows.seasonal(m);
            if (flows.seasonal(m) > flows.seasonal(wettest)) {
                wettest = m;
            }
        }
        assertEquals(12.0, sum, 1e-9);
        assertEquals(UkDefaults.hydrology().wettestMonth() - 1, wettest);
        assertTrue(flows.seasonal(7) < 0.5 * flows.seasonal(0), "late summer is far drier than winter");
    }

    @Test
    void theLongRunMeanMatchesEachNodesMeanFlowAndTributariesAddUp() {
        double[][] record = NaturalFlows.referenceRecord(UkDefaults.hydrology().withDroughtsPerDecade(0), NETWORK);
        for (int i = 0; i < 2; i++) {
            double mean = java.util.Arrays.stream(record[i]).average().orElseThrow();
            assertEquals(NETWORK.meanNatural(i), mean, 0.08 * NETWORK.meanNatural(i), "node " + i);
        }
        assertEquals(5 * 86.4, NETWORK.meanNatural(0), 1e-9, "m³/s to Ml/d");
        assertEquals(40 * 86.4, NETWORK.localMean(1), 1e-9, "the main river's own inflow excludes the tributary");
    }

    @Test
    void percentilesFromTheReferenceRecordFallAsTheExceedanceRises() {
        double[][] record = NaturalFlows.referenceRecord(UkDefaults.hydrology(), NETWORK);
        double[] sorted = record[1];
        double q50 = NaturalFlows.exceeded(sorted, 50);
        double q70 = NaturalFlows.exceeded(sorted, 70);
        double q95 = NaturalFlows.exceeded(sorted, 95);
        assertTrue(q50 > q70 && q70 > q95 && q95 > 0, q50 + " > " + q70 + " > " + q95);
        long below = java.util.Arrays.stream(sorted).filter(v -> v < q95).count();
        assertEquals(0.05, below / (double) sorted.length, 0.005, "5% of months fall below Q95");
    }

    @Test
    void moreFrequentDroughtsMeanMoreMonthsInDroughtAndLessWater() {
        int months = 12 * 200;
        double[] meanFlow = new double[2];
        int[] droughtMonths = new int[2];
        double[] perDecade = {1, 3};
        for (int k = 0; k < 2; k++) {
            NaturalFlows flows = new NaturalFlows(UkDefaults.hydrology(), NETWORK, new KeyedRandom(42), perDecade[k]);
            double[] local = new double[2];
            for (int m = 0; m < months; m++) {
                flows.step(m, local);
                meanFlow[k] += NETWORK.accumulate(local)[1] / months;
                droughtMonths[k] += flows.inDrought() ? 1 : 0;
            }
        }
        assertTrue(droughtMonths[1] > 2 * droughtMonths[0], droughtMonths[1] + " vs " + droughtMonths[0]);
        assertTrue(meanFlow[1] < meanFlow[0], "less water on average");
        double expected = months / 120.0 * 5.5;   // droughts a decade × decades × mean length (3–8 months)
        assertEquals(expected, droughtMonths[0], 0.5 * expected, "about one drought a decade");
    }

    @Test
    void theSameSeedGivesTheSameWeather() {
        double[] a = new double[2];
        double[] b = new double[2];
        NaturalFlows one = new NaturalFlows(UkDefaults.hydrology(), NETWORK, new KeyedRandom(9), 2);
        NaturalFlows two = new NaturalFlows(UkDefaults.hydrology(), NETWORK, new KeyedRandom(9), 2);
        for (int m = 0; m < 120; m++) {
            one.step(m, a);
            two.step(m, b);
            assertEquals(a[1], b[1], 0.0);
        }
    }
}

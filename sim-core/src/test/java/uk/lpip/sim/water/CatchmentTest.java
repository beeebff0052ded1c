package uk.lpip.sim.water;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestCatchments;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.ScarcityLevel;
import uk.lpip.sim.state.WaterMonth;

/**
 * The catchment inside the economy: the river's rules hold every month, the regulator acts on
 * exactly the licences it should, each rule shares shortage as it says, and the results do not
 * depend on the number of threads. The test catchment has three droughts a decade, so it is short
 * most summers.
 */
class CatchmentTest {
    private static final Map<AllocationRule, Run> RUNS = new EnumMap<>(AllocationRule.class);

    private record Run(List<WaterMonth> months, MetricsTable table, Catchment catchment) { }

    private static Run run(AllocationRule rule, int threads) {
        try (EconomyModel model = new EconomyModel(TestCatchments.place(rule, 3, 60, 5), threads)) {
            MetricsTable table = model.run();
            Catchment c = model.catchment();
            return new Run(c.recorded(), table, c);
        }
    }

    private static synchronized Run run(AllocationRule rule) {
        return RUNS.computeIfAbsent(rule, r -> run(r, 2));
    }

    @Test
    void massBalancesAtEveryNodeEveryMonthAndStorageStaysWithinCapacity() {
        for (AllocationRule rule : AllocationRule.values()) {
            for (WaterMonth w : run(rule).months()) {
                for (int i = 0; i < w.inflow().length; i++) {
                    double in = w.inflow()[i] * RiverNetwork.DAYS;
                    double out = (w.outflow()[i] + w.abstraction()[i] - w.returns()[i]) * RiverNetwork.DAYS
                            + w.storageEnd()[i] - w.storageStart()[i];
                    assertEquals(in, out, 1e-6 * Math.max(1, in), rule + " month " + w.month() + " node " + i);
                    assertTrue(w.storageEnd()[i] >= -1e-9 && w.storageEnd()[i] <= w.capacity()[i] + 1e-9);
                    assertTrue(w.outflow()[i] >= -1e-9, "no negative flows");
                }
            }
        }
    }

    @Test
    void noNonExemptLicenceAbstractsBelowItsHandsOffFlow() {
        int binding = 0;
        for (AllocationRule rule : AllocationRule.values()) {
            Run r = run(rule);
            Licences licences = r.catchment().licences();
            for (WaterMonth w : r.months()) {
                for (int l = 0; l < licences.count(); l++) {
                    int node = licences.node(l);
                    if (w.delivered()[l] > 1e-9 && licences.boundByHandsOffFlow(l) && !r.catchment().network().hasReservoir(node)) {
                        assertTrue(w.outflow()[node] >= licences.handsOffFlow(l) - 1e-6,
                                rule + " month " + w.month() + ": " + licences.id(l) + " took water below its hands-off flow");
                        binding += Math.abs(w.outflow()[node] - licences.handsOffFlow(l)) < 1e-4 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(binding > 0, "some month the hands-off flow was what stopped a licence");
    }

    @Test
    void significantScarcitySuspendsExactlyTheNonExemptLicences() {
        Run r = run(AllocationRule.PRIORITY);
        Licences licences = r.catchment().licences();
        int significant = 0;
        int moderate = 0;
        for (WaterMonth w : r.months()) {
            for (int l = 0; l < licences.count(); l++) {
                if (w.level() == ScarcityLevel.SIGNIFICANT) {
                    if (licences.scarcityExempt(l)) {
                        assertTrue(w.allowance()[l] > 0, "exempt " + licences.id(l) + " keeps its licence");
                    } else {
                        assertEquals(0.0, w.allowance()[l], 0.0, "non-exempt " + licences.id(l) + " is suspended");
                    }
                } else if (w.level() == ScarcityLevel.MODERATE && !licences.scarcityExempt(l)) {
                    assertTrue(w.allowance()[l] <= 0.75 * w.demand()[l] + 1e-9, "moderate scarcity: a quarter less than needed");
                }
            }
            significant += w.level() == ScarcityLevel.SIGNIFICANT ? 1 : 0;
            moderate += w.level() == ScarcityLevel.MODERATE ? 1 : 0;
        }
        assertTrue(significant > 0 && moderate > 0, "significant " + significant + ", moderate " + moderate);
        assertTrue(licences.scarcityExempt(licences.indexOf("cooling")), "non-consumptive cooling is exempt");
        assertTrue(licences.scarcityExempt(licences.indexOf("supply")), "drinking water is exempt");
        assertTrue(!licences.scarcityExempt(licences.indexOf("irrigation")));
    }

    @Test
    void droughtsCutIrrigationFirstUnderPriorityButShareTheCutUnderEqualShares() {
        Run priority = run(AllocationRule.PRIORITY);
        Licences licences = priority.catchment().licences();
        int irrigation = licences.indexOf("irrigation");
        int cooling = licences.indexOf("cooling");
        int shortMonths = 0;
        for (WaterMonth w : priority.months()) {
            if (w.level().ordinal() >= ScarcityLevel.SIGNIFICANT.ordinal()) {
                continue;   // suspension, not the rule, decides then
            }
            boolean coolingShort = w.delivered()[cooling] < w.demand()[cooling] - 1e-9;
            if (coolingShort) {
                assertEquals(0.0, w.delivered()[irrigation], 1e-9,
                        "month " + w.month() + ": the senior on the same reach is short only once irrigation gets nothing");
            }
            shortMonths += w.delivered()[irrigation] < w.demand()[irrigation] - 1e-9 ? 1 : 0;
        }
        assertTrue(shortMonths > 0, "irrigation went short in some summer");
        assertTrue(deliveredShare(priority, irrigation) < deliveredShare(run(AllocationRule.EQUAL_SHARE), irrigation),
                "irrigators get a larger share of their demand under equal shares than as the most junior licence");
    }

    private static double deliveredShare(Run r, int licence) {
        double demand = 0;
        double delivered = 0;
        for (WaterMonth w : r.months()) {
            demand += w.demand()[licence];
            delivered += w.delivered()[licence];
        }
        return delivered / demand;
    }

    @Test
    void theMarketMovesWaterToHigherValueUsesAndLosesLessOutputThanEqualShares() {
        Run market = run(AllocationRule.MARKET);
        double traded = 0;
        for (WaterMonth w : market.months()) {
            traded += w.tradeVolume();
            if (w.tradeVolume() > 0) {
                assertTrue(w.tradePrice() > 0, "trades clear at a positive price");
            }
        }
        assertTrue(traded > 0, "holders traded");
        assertTrue(totalGvaLost(market) <= totalGvaLost(run(AllocationRule.EQUAL_SHARE)),
                "market " + totalGvaLost(market) + " ≤ equal share " + totalGvaLost(run(AllocationRule.EQUAL_SHARE)));
    }

    private static double totalGvaLost(Run r) {
        double sum = 0;
        for (WaterMonth w : r.months()) {
            sum += w.gvaLost();
        }
        return sum;
    }

    @Test
    void waterShortageCostsOutputAndJobsAndTheMetricsSayHowMuch() {
        Run r = run(AllocationRule.PRIORITY);
        double lost = 0;
        double idle = 0;
        for (int m = 0; m < r.table().monthCount(); m++) {
            lost += r.table().value(m, 0, Metric.GVA_LOST_TO_WATER);
            idle += r.table().value(m, 0, Metric.JOBS_IDLED_BY_WATER);
            assertEquals(r.months().get(m).totalDelivered(), r.table().value(m, 0, Metric.WATER_DELIVERED), 1e-9);
            assertEquals(r.months().get(m).level().ordinal(), r.table().value(m, 0, Metric.SCARCITY_LEVEL), 0.0);
        }
        assertTrue(lost > 0 && idle > 0, "GVA lost " + lost + ", jobs idled " + idle);
        assertEquals(totalGvaLost(r), lost, 1e-6 * lost);
    }

    @Test
    void sameResultsAtOneTwoAndFourThreads() {
        Run one = run(AllocationRule.MARKET, 1);
        for (int threads : new int[] {2, 4}) {
            Run other = threads == 2 ? run(AllocationRule.MARKET) : run(AllocationRule.MARKET, 4);
            assertEquals(one.months().size(), other.months().size());
            for (int m = 0; m < one.months().size(); m++) {
                WaterMonth a = one.months().get(m);
                WaterMonth b = other.months().get(m);
                assertEquals(a.level(), b.level());
                assertArrayEquals(a.outflow(), b.outflow(), 0.0);
                assertArrayEquals(a.delivered(), b.delivered(), 0.0);
                assertArrayEquals(a.netBought(), b.netBought(), 0.0);
                assertEquals(a.tradePrice(), b.tradePrice(), 0.0);
                for (Metric metric : MetricsTable.metrics()) {
                    assertEquals(one.table().value(m, 0, metric), other.table().value(m, 0, metric), 0.0,
                            threads + " threads, month " + m + " " + metric);
                }
            }
        }
    }

    @Test
    void aPlaceWithoutACatchmentRecordsNoWaterMetrics() {
        try (EconomyModel model = new EconomyModel(uk.lpip.sim.TestPlaces.place(3_000, 3, 2, 1), 1)) {
            MetricsTable table = model.run();
            List<Double> values = new ArrayList<>();
            for (int m = 0; m < table.monthCount(); m++) {
                values.add(table.value(m, 0, Metric.WATER_DEMAND));
            }
            assertTrue(values.stream().allMatch(v -> v.isNaN()), "no water rows where there is no catchment");
        }
    }
}

package uk.lpip.sim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestCatchments;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.ScarcityLevel;
import uk.lpip.sim.state.WaterMonth;
import uk.lpip.sim.water.Catchment;
import uk.lpip.sim.water.Licences;

/** The api records are faithful copies of the run's state: same values, not the live arrays. */
class ApiRecordsTest {
    @Test
    void theWaterHistoryHasEveryRecordedMonthsOutletFlowsAndDeliveriesByHolder() {
        try (EconomyModel model = new EconomyModel(TestCatchments.place(AllocationRule.PRIORITY, 3, 24, 5), 1)) {
            model.run();
            Catchment c = model.catchment();
            WaterHistory history = WaterHistory.of(c);
            List<WaterMonth> months = c.recorded();
            assertEquals(24, history.months().size());
            assertEquals(c.holders(), history.holders());
            assertArrayEquals(c.scarcityThresholds(), history.scarcityThresholds());
            assertEquals(c.network().name(c.outlet()), history.outletName());
            for (int i = 0; i < months.size(); i++) {
                WaterMonth m = months.get(i);
                WaterHistory.Month h = history.months().get(i);
                assertEquals(m.month(), h.month());
                assertEquals(m.natural()[c.outlet()], h.naturalAtOutlet());
                assertEquals(m.outflow()[c.outlet()], h.outflowAtOutlet());
                assertEquals(m.totalDemand(), h.totalDemand());
                assertEquals(m.totalDelivered(), Arrays.stream(h.deliveredByHolder()).sum(), 1e-9 * (1 + m.totalDelivered()),
                        "deliveries by holder add up to the month's total");
                assertEquals(m.rule(), h.rule());
                assertEquals(m.level().key(), history.scarcityLevels().get(h.level()));
                assertEquals(List.of(m.tradeVolume(), m.tradePrice(), m.tradeCosts(), m.restrictionCost(), m.gvaLost(), m.jobsIdle()),
                        List.of(h.tradeVolume(), h.tradePrice(), h.tradeCosts(), h.restrictionCost(), h.gvaLost(), h.jobsIdled()));
                assertArrayEquals(c.byHolder(m.demand()), h.demandByHolder());
                assertArrayEquals(c.byHolder(m.delivered()), h.deliveredByHolder());
                WaterHistory.NodeFlows n = h.nodes();
                assertArrayEquals(m.natural(), n.natural());
                assertArrayEquals(m.inflow(), n.inflow());
                assertArrayEquals(m.outflow(), n.outflow());
                assertArrayEquals(m.abstraction(), n.abstraction());
                assertArrayEquals(m.returns(), n.returns());
                assertArrayEquals(m.storageEnd(), n.storage());
                assertArrayEquals(m.capacity(), n.capacity());
                assertNotSame(m.natural(), n.natural(), "a copy, not the recorded array");
                WaterHistory.LicenceFlows l = h.licences();
                assertArrayEquals(m.demand(), l.demand());
                assertArrayEquals(m.allowance(), l.allowance());
                assertArrayEquals(m.delivered(), l.delivered());
                assertArrayEquals(m.netBought(), l.netBought());
            }
            assertEquals(Arrays.stream(ScarcityLevel.values()).map(ScarcityLevel::key).toList(), history.scarcityLevels());
            assertEquals(c.network().nodeCount(), history.nodes().size());
            for (int i = 0; i < c.network().nodeCount(); i++) {
                assertEquals(c.network().id(i), history.nodes().get(i));
            }
            Licences lic = c.licences();
            assertEquals(lic.count(), history.licences().size());
            for (int l = 0; l < lic.count(); l++) {
                assertEquals(new WaterHistory.Licence(lic.id(l), lic.holder(l), c.network().id(lic.node(l)), lic.tier(l).key(),
                        lic.scarcityExempt(l)), history.licences().get(l));
            }
            assertTrue(history.licences().stream().anyMatch(WaterHistory.Licence::scarcityExempt)
                    && history.licences().stream().anyMatch(x -> !x.scarcityExempt()), "both kinds of licence are copied");
            assertTrue(history.months().stream().anyMatch(h -> h.level() > 0), "a dry spell reaches a scarcity level");
        }
    }

    @Test
    void thePopulationIsACopyOfThePersonsAndHouseholdsAtTheHorizon() {
        ModelConfig config = TestPlaces.place(3_000, 12, 3, 41);
        try (EconomyModel model = new EconomyModel(config, 1)) {
            model.run();
            Economy e = model.economy();
            Population p = Population.of(model);
            assertArrayEquals(Arrays.copyOf(e.persons.status, e.persons.count()), p.status());
            assertArrayEquals(e.persons.zones(e.persons.count()), p.zone());
            assertArrayEquals(Arrays.copyOf(e.persons.household, e.persons.count()), p.household());
            assertArrayEquals(Arrays.copyOf(e.households.equivalisedIncome, e.households.count()), p.equivalisedIncome());
            assertArrayEquals(e.households.sizes(), p.householdSize());
            assertNotSame(e.persons.status, p.status(), "a copy, not the live array");
        }
    }

    @Test
    void workingAgeAtStartCountsResidentsAged16To64AtFullScale() {
        ModelConfig config = TestPlaces.place(3_000, 12, 0, 41);
        double workingAge = Population.workingAgeAtStart(config);
        Economy e = TestPlaces.economy(3_000, 41);
        long n = 0;
        for (int q = 0; q < e.persons.count(); q++) {
            n += e.persons.isWorkingAge(q) ? 1 : 0;
        }
        assertEquals(n / config.run().scale(), workingAge, 1e-9);
        assertTrue(workingAge > 0.4 * e.persons.count() / config.run().scale(), "most residents are of working age");
    }

    @Test
    void eachMonthsRecordHasTheRegionsMetricsRowAndTheFirstRecordedMonthsHouseholdIncomes() {
        ModelConfig config = TestPlaces.place(3_000, 6, 3, 43);
        try (EconomyModel model = new EconomyModel(config, 1)) {
            List<MonthRecord> records = new java.util.ArrayList<>();
            List<double[]> liveIncome = new java.util.ArrayList<>();
            model.addStateProbe(e -> liveIncome.add(Arrays.copyOf(e.households.equivalisedIncome, e.households.count())));
            MonthRecord.observe(model, records::add);
            uk.lpip.sim.metrics.MetricsTable table = model.run();
            assertEquals(9, records.size(), "one record per simulated month, burn-in included");
            int region = table.areas().region();
            for (int m = 0; m < records.size(); m++) {
                MonthRecord r = records.get(m);
                assertEquals(m, r.month());
                assertEquals(m - 3, r.reportedMonth());
                assertEquals(m >= 3, r.recorded());
                if (!r.recorded()) {
                    assertTrue(r.region().isEmpty(), "no row during the burn-in");
                } else {
                    for (uk.lpip.sim.metrics.Metric metric : uk.lpip.sim.metrics.MetricsTable.metrics()) {
                        double v = table.value(r.reportedMonth(), region, metric);
                        assertEquals(Double.isNaN(v) ? null : v, r.region().get(metric), metric.name());
                    }
                    assertTrue(r.region().containsKey(uk.lpip.sim.metrics.Metric.POPULATION));
                }
                if (r.reportedMonth() == 0) {
                    assertArrayEquals(liveIncome.get(m), r.firstMonthEquivalisedIncome());
                } else {
                    assertEquals(null, r.firstMonthEquivalisedIncome(), "month " + m);
                }
            }
        }
    }
}

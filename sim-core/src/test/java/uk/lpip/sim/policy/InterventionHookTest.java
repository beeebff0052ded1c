package uk.lpip.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.accounts.Sector;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Status;

/**
 * The intervention seam, exercised by a test double: from month 6 the first council pays £50 a
 * month to the households of unemployed people and asks them to search twice as hard. The hook
 * must act only while active, keep the accounts closed, and leave the run identical to the
 * baseline until it starts (common random numbers).
 */
class InterventionHookTest {
    private static final int START = 6;

    /** The test double. */
    private static final class SearchBonus implements Intervention {
        @Override
        public String name() {
            return "search-bonus";
        }

        @Override
        public int startMonth() {
            return START;
        }

        @Override
        public int endMonth() {
            return 100;
        }

        @Override
        public void act(Economy e, PolicyContext payments) {
            for (int p = 0; p < e.persons.count(); p++) {
                if (e.persons.status[p] == Status.UNEMPLOYED) {
                    payments.toHousehold(Funder.council(0), e.persons.household[p], 50.0);
                    e.persons.setSearchIntensity(p, 2.0f);
                }
            }
        }
    }

    private static final ModelConfig CONFIG = TestPlaces.place(6_000, 18, 6, 5);

    @Test
    void armsAreIdenticalBeforeTheInterventionStartsAndDifferAfter() {
        MetricsTable baseline;
        try (EconomyModel model = new EconomyModel(CONFIG, 2)) {
            baseline = model.run();
        }
        MetricsTable treated;
        try (EconomyModel model = new EconomyModel(CONFIG, 2, List.of(new SearchBonus()))) {
            treated = model.run();
        }
        for (int m = 0; m < START; m++) {
            for (int a = 0; a < baseline.areas().count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    assertEquals(Double.doubleToLongBits(baseline.value(m, a, metric)),
                            Double.doubleToLongBits(treated.value(m, a, metric)),
                            "month " + m + " " + baseline.areas().label(a) + " " + metric.id());
                }
            }
        }
        assertEquals(0.0, treated.value(START - 1, 0, Metric.INTERVENTION_SPEND));
        assertTrue(treated.value(START, 0, Metric.INTERVENTION_SPEND) > 0);
        boolean differs = false;
        for (int m = START; m < baseline.monthCount(); m++) {
            differs |= baseline.value(m, 0, Metric.HIRES) != treated.value(m, 0, Metric.HIRES);
        }
        assertTrue(differs, "searching harder changes hiring once the intervention starts");
    }

    @Test
    void interventionSpendingLeavesTheFundersAccountAndTheAccountsStillClose() {
        try (EconomyModel model = new EconomyModel(CONFIG, 1, List.of(new SearchBonus()))) {
            Economy e = model.economy();
            double[] before = {e.householdMoney(), e.councilMoney(), e.totalMoney()};
            double[] paid = {0};
            model.addStateProbe(economy -> {
                paid[0] += economy.ledger.flow(Flow.INTERVENTION_COUNCIL_TO_HOUSEHOLDS);
                double households = economy.householdMoney();
                double councils = economy.councilMoney();
                assertEquals(households - before[0], economy.ledger.netFlow(Sector.HOUSEHOLDS), 1e-6 * Math.abs(households));
                assertEquals(councils - before[1], economy.ledger.netFlow(Sector.COUNCILS), 1e-6 * Math.abs(councils) + 1e-6);
                before[0] = households;
                before[1] = councils;
            });
            model.run();
            assertTrue(paid[0] > 0, "the council paid out £" + paid[0]);
            assertEquals(before[2], e.totalMoney(), 1e-3 + 1e-9 * Math.abs(e.ledger.restOfWorldBalance()));
        }
    }
}

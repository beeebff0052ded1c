package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.EmployabilityConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Status;

/**
 * Long spells ({@code labour.employability}): callbacks fall with the months of a spell, and the less
 * employable find work more slowly and so fill the long spells.
 */
class EmployabilityTest {
    private static final int MONTHS = 36;
    private static final int BURN_IN = 36;

    @Test
    void theCallbackFactorFallsLinearlyToItsFloorAndStaysThere() {
        EmployabilityConfig ec = UkDefaults.employability().toBuilder().callbackFloor(0.4).callbackDeclineMonths(8).build();
        assertEquals(1.0, ec.callbackFactor(0), 1e-12);
        assertEquals(0.7, ec.callbackFactor(4), 1e-12);
        assertEquals(0.4, ec.callbackFactor(8), 1e-12);
        assertEquals(0.4, ec.callbackFactor(40), 1e-12);
    }

    /**
     * The test place with more jobs than workers and the match chance binding (0.3), no way from unemployment into inactivity (so every
     * exit from unemployment is a hire) and the given employability.
     */
    private static ModelConfig place(double callbackFloor, double lowShare) {
        ModelConfig c = TestPlaces.place(8_000, MONTHS, BURN_IN, 41);
        LabourConfig lc = c.labour();
        java.util.List<LabourConfig.InactivityReasonConfig> reasons = new java.util.ArrayList<>();
        for (LabourConfig.InactivityReasonConfig r : lc.inactivity()) {
            reasons.add(r.toBuilder().hazardFromUnemployed(0.0).build());
        }
        lc = lc.toBuilder().matchChance(0.3).inactivity(reasons)
                .discouragement(lc.discouragement().toBuilder().baseHazard(0.0).build())
                .employability(lc.employability().toBuilder().callbackFloor(callbackFloor).lowShare(lowShare)
                        .lowMatch(0.15).build())
                .build();
        c = c.withLabour(lc);
        return c.withFirmDynamics(c.firmDynamics().toBuilder().startingJobsPerEmployed(1.15).build());
    }

    /** Over the recorded months: hires from unemployment and person-months of unemployment, by type. */
    private static final class Exits {
        final long[] unemployed = new long[2];
        final long[] hired = new long[2];
        long longSpellsOfLow;
        long longSpells;
        long shortSpellsOfLow;
        long shortSpells;
        long low;
        long people;
        private byte[] last;
        private int month;

        void see(Economy e) {
            int n = e.persons.count();
            if (month++ >= BURN_IN && last != null) {
                for (int p = 0; p < n && p < last.length; p++) {
                    if (last[p] != Status.UNEMPLOYED) {
                        continue;
                    }
                    int type = Employability.isLow(e, p) ? 1 : 0;
                    unemployed[type]++;
                    if (e.persons.status[p] == Status.EMPLOYED) {
                        hired[type]++;
                    }
                }
                for (int p = 0; p < n; p++) {
                    if (e.persons.status[p] == Status.DEAD) {
                        continue;
                    }
                    boolean isLow = Employability.isLow(e, p);
                    people++;
                    low += isLow ? 1 : 0;
                    if (e.persons.status[p] == Status.UNEMPLOYED) {
                        if (e.persons.monthsInStatus[p] >= 12) {
                            longSpells++;
                            longSpellsOfLow += isLow ? 1 : 0;
                        } else if (e.persons.monthsInStatus[p] < 3) {
                            shortSpells++;
                            shortSpellsOfLow += isLow ? 1 : 0;
                        }
                    }
                }
            }
            last = java.util.Arrays.copyOf(e.persons.status, n);
        }

        double exitRate(int type) {
            return hired[type] / (double) unemployed[type];
        }
    }

    private static Exits exits(ModelConfig c, MetricsTable[] table) {
        Exits x = new Exits();
        try (EconomyModel model = new EconomyModel(c, 2)) {
            model.addStateProbe(x::see);
            table[0] = model.run();
        }
        return x;
    }

    private static double mean(MetricsTable t, Metric metric) {
        double s = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            s += t.value(m, t.areas().region(), metric);
        }
        return s / t.monthCount();
    }

    @Test
    void theLessEmployableFindWorkMoreSlowlyAndFillTheLongSpells() {
        MetricsTable[] mixed = new MetricsTable[1];
        Exits x = exits(place(1.0, 0.3), mixed);
        assertEquals(0.3, x.low / (double) x.people, 0.02, "the share of the less employable is the share set");
        assertTrue(x.exitRate(1) < 0.75 * x.exitRate(0), "the less employable are hired at under three quarters of the others' rate (vacancies, not only matches, bind in the test place): "
                + x.exitRate(1) + " against " + x.exitRate(0));
        double ofLong = x.longSpellsOfLow / (double) x.longSpells;
        double ofShort = x.shortSpellsOfLow / (double) x.shortSpells;
        assertTrue(ofLong > 1.4 * ofShort, "they are a markedly larger share of spells of a year than of under 3 months: "
                + ofLong + " against " + ofShort);
    }

    @Test
    void callbacksThatFallWithTheSpellLowerTheExitsOfTheLongUnemployedMoreThanOfTheNew() {
        MetricsTable[] flat = new MetricsTable[1];
        MetricsTable[] falling = new MetricsTable[1];
        exits(place(1.0, 0.0), flat);
        exits(place(0.3, 0.0), falling);
        double newFlat = mean(flat[0], Metric.U_EXIT_RATE_UNDER_3_MONTHS);
        double newFalling = mean(falling[0], Metric.U_EXIT_RATE_UNDER_3_MONTHS);
        double longFlat = mean(flat[0], Metric.U_EXIT_RATE_6_TO_12_MONTHS);
        double longFalling = mean(falling[0], Metric.U_EXIT_RATE_6_TO_12_MONTHS);
        assertTrue(longFalling < 0.75 * longFlat, "exits after 6 months fall by more than a quarter: "
                + longFalling + " against " + longFlat);
        assertTrue(longFalling / newFalling < longFlat / newFlat, "and more than the new's exits do: "
                + longFalling / newFalling + " against " + longFlat / newFlat);
    }
}

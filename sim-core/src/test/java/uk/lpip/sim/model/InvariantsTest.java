package uk.lpip.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lpip.sim.TestCatchments;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.accounts.Sector;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Status;

/**
 * Stock-flow consistency and population accounting, checked after every month of a run that
 * includes firm entry and exit, deaths, births and estates.
 */
class InvariantsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no catchment", "catchment with a water market"})
    void everySectorsChangeInMoneyEqualsItsRecordedNetFlowsEveryMonth(String place) {
        ModelConfig config = place.equals("no catchment") ? TestPlaces.place(6_000, 48, 12, 7)
                : TestCatchments.place(AllocationRule.MARKET, 3, 48, 7);
        try (EconomyModel model = new EconomyModel(config, 2)) {
            Economy e = model.economy();
            double[] previous = stocks(e);
            double start = e.totalMoney();
            List<String> failures = new ArrayList<>();
            int[] months = {0};
            model.addStateProbe(economy -> {
                double[] now = stocks(economy);
                double scale = Math.max(1.0, Math.abs(economy.ledger.flow(uk.lpip.sim.accounts.Flow.WAGES)));
                for (Sector s : Sector.values()) {
                    double change = now[s.ordinal()] - previous[s.ordinal()];
                    double recorded = economy.ledger.netFlow(s);
                    if (Math.abs(change - recorded) > 1e-9 * scale * 10) {
                        failures.add("month " + economy.month() + " " + s + ": change " + change + " vs flows " + recorded);
                    }
                }
                double netAll = 0;
                for (Sector s : Sector.values()) {
                    netAll += economy.ledger.netFlow(s);
                }
                if (Math.abs(netAll) > 1e-6) {
                    failures.add("month " + economy.month() + ": net flows sum to " + netAll);
                }
                System.arraycopy(now, 0, previous, 0, now.length);
                months[0]++;
            });
            model.run();
            assertEquals(60, months[0]);
            assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
            assertEquals(start, e.totalMoney(), 1e-6 * Math.abs(e.ledger.restOfWorldBalance()) + 1e-3,
                    "total money is conserved");
            assertTrue(e.ledger.flow(uk.lpip.sim.accounts.Flow.WAGES) > 0, "a month with wages was checked");
            if (model.catchment() != null) {
                double traded = model.catchment().recorded().stream().mapToDouble(w -> w.tradeVolume()).sum();
                assertTrue(traded > 0, "water was traded, so trade payments were checked too");
            }
        }
    }

    @Test
    void peopleAreCreatedOnlyByBirthsAndRemovedOnlyByDeaths() {
        try (EconomyModel model = new EconomyModel(TestPlaces.place(6_000, 60, 0, 11), 2)) {
            int[] alive = {alive(model.economy())};
            int[] births = {0};
            int[] deaths = {0};
            List<String> failures = new ArrayList<>();
            model.addStateProbe(e -> {
                int b = sum(e.counters.births);
                int d = sum(e.counters.deaths);
                int now = alive(e);
                if (now != alive[0] + b - d) {
                    failures.add("month " + e.month() + ": " + alive[0] + " + " + b + " − " + d + " ≠ " + now);
                }
                alive[0] = now;
                births[0] += b;
                deaths[0] += d;
            });
            model.run();
            assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
            assertTrue(births[0] > 0 && deaths[0] > 0, "births " + births[0] + ", deaths " + deaths[0]);
        }
    }

    private static double[] stocks(Economy e) {
        double[] s = new double[Sector.values().length];
        s[Sector.HOUSEHOLDS.ordinal()] = e.householdMoney();
        s[Sector.FIRMS.ordinal()] = e.firmMoney();
        s[Sector.COUNCILS.ordinal()] = e.councilMoney();
        s[Sector.CENTRAL_GOVERNMENT.ordinal()] = e.ledger.centralGovernmentBalance();
        s[Sector.REST_OF_WORLD.ordinal()] = e.ledger.restOfWorldBalance();
        return s;
    }

    private static int alive(Economy e) {
        int n = 0;
        for (int p = 0; p < e.persons.count(); p++) {
            if (e.persons.status[p] != Status.DEAD) {
                n++;
            }
        }
        return n;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }
}

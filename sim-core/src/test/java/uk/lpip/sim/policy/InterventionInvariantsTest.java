package uk.lpip.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.accounts.Sector;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;

/** Common random numbers and closed accounts hold with every kind of intervention. */
class InterventionInvariantsTest {
    private static final int START = 6;
    private static final ModelConfig PLACE = TestPlaces.place(8_000, 18, 12, 91);

    static Stream<InterventionSpec> kinds() {
        return Stream.of(
                new SkillsProgrammeSpec(Paired.common("skills", START, 12, List.of()), "monthly", 60,
                        List.of("unemployed", "discouraged"), "medium", WhoSpec.of(18, 64, 0), "longest_unemployed_first", 4, 25, 0.8, 0.6, 1, 1.5, 12, 2400),
                new OutreachSpec(Paired.common("outreach", START, 17, List.of("town")), List.of("discouraged", "other_inactive"),
                        WhoSpec.DEFAULT, 0.2, 2, 1.3, 1.5, 1, 9, 150),
                new BroadbandRolloutSpec(Paired.common("broadband", START, 10, List.of("village")), 1.0, 600, 0.1, 0.05),
                new TransportUpgradeSpec(Paired.common("transport", START, 14, List.of()),
                        List.of(new TransportUpgradeSpec.LinkChange("town", "village", 25)),
                        List.of(new TransportUpgradeSpec.BusChange("village", 0.6)), 3_000_000, 10_000),
                new WageSubsidySpec(Paired.common("wage-subsidy", START, 12, List.of()), 0.5, 6, WhoSpec.of(18, 64, 1), 2, "temporary",
                        "additional", 40, "minimum", 0),
                new WageSubsidySpec(Paired.common("wage-subsidy-ongoing", START, 10, List.of("town")), 0.8, 4,
                        WhoSpec.of(18, 40, 0), 2, "ongoing", "additional", 30, "minimum", 0),
                new WageSubsidySpec(Paired.common("wage-subsidy-existing", START, 12, List.of()), 0.5, 6, WhoSpec.of(18, 64, 1), 2,
                        "temporary", "existing", 0, "minimum", 0));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void armsAreIdenticalMonthByMonthBeforeTheStartAndDifferAfter(InterventionSpec spec) {
        Paired run = new Paired(PLACE, List.of(spec));
        MetricsTable b = run.baseline.table;
        MetricsTable i = run.intervention.table;
        for (int m = 0; m < START; m++) {
            for (int a = 0; a < b.areas().count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    assertEquals(Double.doubleToLongBits(b.value(m, a, metric)), Double.doubleToLongBits(i.value(m, a, metric)),
                            spec.type() + ": month " + m + " " + b.areas().label(a) + " " + metric.id());
                }
            }
        }
        boolean differs = false;
        for (int m = START; m < b.monthCount() && !differs; m++) {
            differs = b.value(m, 0, Metric.INTERVENTION_SPEND) != i.value(m, 0, Metric.INTERVENTION_SPEND)
                    || b.value(m, 0, Metric.EMPLOYED) != i.value(m, 0, Metric.EMPLOYED);
        }
        assertTrue(differs, spec.type() + " changes the run once it starts");
        assertNotEquals(0.0, sum(i, Metric.INTERVENTION_SPEND), spec.type() + " spends");
    }

    @Test
    void identicalResultsAtOneAndFourThreadsWithAllFourRunning() {
        List<InterventionSpec> all = kinds().toList();
        MetricsTable[] runs = new MetricsTable[2];
        int[] threads = {1, 4};
        for (int k = 0; k < 2; k++) {
            try (EconomyModel model = new EconomyModel(PLACE, threads[k], Interventions.factory(all))) {
                runs[k] = model.run();
            }
        }
        for (int m = 0; m < runs[0].monthCount(); m++) {
            for (int a = 0; a < runs[0].areas().count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    assertEquals(Double.doubleToLongBits(runs[0].value(m, a, metric)),
                            Double.doubleToLongBits(runs[1].value(m, a, metric)), "month " + m + " " + metric.id());
                }
            }
        }
    }

    @Test
    void accountsCloseEveryMonthWithAllFourRunning() {
        List<InterventionSpec> all = kinds().toList();
        try (EconomyModel model = new EconomyModel(PLACE, 2, Interventions.factory(all))) {
            Economy e = model.economy();
            double[] previous = {e.householdMoney(), e.firmMoney(), e.councilMoney()};
            double start = e.totalMoney();
            List<String> failures = new ArrayList<>();
            model.addStateProbe(economy -> {
                double[] now = {economy.householdMoney(), economy.firmMoney(), economy.councilMoney()};
                Sector[] sectors = {Sector.HOUSEHOLDS, Sector.FIRMS, Sector.COUNCILS};
                for (int k = 0; k < 3; k++) {
                    double gap = now[k] - previous[k] - economy.ledger.netFlow(sectors[k]);
                    if (Math.abs(gap) > 1e-6 * Math.max(1, Math.abs(now[k]))) {
                        failures.add("month " + economy.month() + " " + sectors[k] + " off by " + gap);
                    }
                }
                System.arraycopy(now, 0, previous, 0, 3);
            });
            MetricsTable t = model.run();
            assertTrue(failures.isEmpty(), String.join("\n", failures));
            assertEquals(start, e.totalMoney(), 1e-3 + 1e-9 * Math.abs(e.ledger.restOfWorldBalance()));
            assertTrue(sum(t, Metric.INTERVENTION_SPEND) > 0);
        }
    }

    private static double sum(MetricsTable t, Metric metric) {
        double s = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            s += t.value(m, 0, metric);
        }
        return s;
    }
}

package uk.lpip.scenarios;

import uk.lpip.scenarios.load.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.sim.accounts.Sector;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;

/** The invariants, asserted on every bundled scenario. */
class BundledScenariosTest {
    static Stream<String> bundled() {
        return BundledScenarios.names().stream();
    }

    /** 12 months after a 12-month burn-in, at a scale that keeps every region near 10,000 people. */
    static ModelConfig shortRun(String name) {
        try {
            ModelConfig c = ScenarioLoader.load(name).model();
            long people = c.place().zones().stream().mapToLong(z -> z.population()).sum();
            double scale = Math.min(1.0, 10_000.0 / people);
            return c.withRun(c.run().withMonths(12).withBurnIn(12).withScale(scale));
        } catch (uk.lpip.scenarios.load.ScenarioException e) {
            throw new AssertionError(String.join("\n", uk.lpip.scenarios.load.ScenarioLoader.lines(e)));
        }
    }

    @org.junit.jupiter.api.Test
    void theBundledListMatchesTheFilesInScenariosBundled() throws java.io.IOException {
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of("bundled"))) {
            java.util.Set<String> onDisk = files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml")).map(f -> f.substring(0, f.length() - 5))
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(onDisk, java.util.Set.copyOf(BundledScenarios.names()));
        }
    }

    /**
     * Every bundled scenario with interventions runs 10 paired replicates by default (intervals on
     * every figure, never one draw), and runs long enough to observe each programme's participants
     * 24 months after the first of them started.
     */
    @org.junit.jupiter.api.Test
    void everyBundledInterventionScenarioRunsReplicatesLongEnoughToSeeParticipantsTwoYearsOn() throws Exception {
        int paired = 0;
        for (String name : BundledScenarios.names()) {
            Scenario s = ScenarioLoader.load(name);
            if (s.interventions().isEmpty()) {
                assertEquals(1, s.replicates(), name + ": a place without interventions leaves replicates to the command line");
                continue;
            }
            paired++;
            assertEquals(10, s.replicates(), name);
            for (uk.lpip.sim.policy.InterventionSpec iv : s.interventions()) {
                if (!uk.lpip.sim.policy.InterventionTypes.of(iv).participantsTitle().isEmpty()) {
                    int last = s.run().months() - 1;
                    assertTrue(last - iv.common().startMonth() >= 24, name + " " + iv.common().name() + ": starts in month "
                            + iv.common().startMonth() + ", the horizon is month " + last);
                }
            }
        }
        assertEquals(8, paired, "the bundled intervention scenarios");
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void accountsCloseEveryMonth(String name) {
        try (EconomyModel model = new EconomyModel(shortRun(name), 2)) {
            Economy e = model.economy();
            double[] previous = {e.householdMoney(), e.firmMoney(), e.councilMoney()};
            List<String> failures = new ArrayList<>();
            model.addStateProbe(economy -> {
                double[] now = {economy.householdMoney(), economy.firmMoney(), economy.councilMoney()};
                Sector[] sectors = {Sector.HOUSEHOLDS, Sector.FIRMS, Sector.COUNCILS};
                for (int i = 0; i < 3; i++) {
                    double gap = now[i] - previous[i] - economy.ledger.netFlow(sectors[i]);
                    if (Math.abs(gap) > 1e-6 * Math.max(1, Math.abs(now[i]))) {
                        failures.add("month " + economy.month() + " " + sectors[i] + " off by " + gap);
                    }
                }
                System.arraycopy(now, 0, previous, 0, 3);
            });
            double start = e.totalMoney();
            model.run();
            assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
            assertEquals(start, e.totalMoney(), 1e-3 + 1e-9 * Math.abs(e.ledger.restOfWorldBalance()));
        }
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void identicalResultsAtOneTwoAndFourThreads(String name) {
        ModelConfig config = shortRun(name);
        MetricsTable[] runs = new MetricsTable[3];
        int[] threads = {1, 2, 4};
        for (int i = 0; i < 3; i++) {
            try (EconomyModel model = new EconomyModel(config, threads[i])) {
                runs[i] = model.run();
            }
        }
        for (int m = 0; m < runs[0].monthCount(); m++) {
            for (int a = 0; a < runs[0].areas().count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    long one = Double.doubleToLongBits(runs[0].value(m, a, metric));
                    assertEquals(one, Double.doubleToLongBits(runs[1].value(m, a, metric)), metric.id());
                    assertEquals(one, Double.doubleToLongBits(runs[2].value(m, a, metric)), metric.id());
                }
            }
        }
    }
}

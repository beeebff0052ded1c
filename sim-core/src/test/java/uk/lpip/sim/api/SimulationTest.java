package uk.lpip.sim.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestCatchments;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.policy.CommonSpec;
import uk.lpip.sim.policy.CostType;
import uk.lpip.sim.policy.Intervention;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.Interventions;
import uk.lpip.sim.policy.Participant;
import uk.lpip.sim.policy.SkillsProgrammeSpec;
import uk.lpip.sim.policy.WhoSpec;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Status;

/** The facade runs the model exactly as the model runs itself, and hands back faithful copies of its results. */
class SimulationTest {
    private static final ModelConfig PLACE = TestPlaces.place(6_000, 12, 6, 51);
    private static final List<InterventionSpec> TRAINING = List.of(new SkillsProgrammeSpec(
            new CommonSpec("training", List.of(), List.of("town"), 0, 6, "uk_government", CostType.OUTSOURCED_PROGRAMME,
                    Double.POSITIVE_INFINITY),
            "monthly", 30, List.of("unemployed"), "medium", WhoSpec.of(18, 60, 0), "random", 4, 37.5, 0.8, 0.6, 1, 1.0, 12,
            2400));

    private static void assertSameTable(MetricsTable expected, MetricsTable actual) {
        assertEquals(expected.monthCount(), actual.monthCount());
        for (int m = 0; m < expected.monthCount(); m++) {
            for (int a = 0; a < expected.areas().count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    assertEquals(Double.doubleToLongBits(expected.value(m, a, metric)),
                            Double.doubleToLongBits(actual.value(m, a, metric)), metric.id() + " month " + m + " area " + a);
                }
            }
        }
    }

    @Test
    void itRunsTheModelWithTheSpecsInterventionsAndCopiesOutParticipantsSpendAndPopulation() {
        MetricsTable direct;
        List<Intervention> interventions;
        Map<String, double[]> spend;
        Economy economy;
        try (EconomyModel model = new EconomyModel(PLACE, 1, Interventions.factory(TRAINING))) {
            direct = model.run();
            interventions = model.interventions();
            spend = model.interventionSpend();
            economy = model.economy();
        }
        try (Simulation sim = new Simulation(PLACE, TRAINING, 2)) {
            assertSameTable(direct, sim.run());
            Simulation.Results r = sim.results();
            assertSameTable(direct, r.table());
            assertNull(r.water(), "no catchment in this place");
            assertEquals(List.copyOf(spend.keySet()), List.copyOf(r.spend().keySet()));
            assertArrayEquals(spend.get("training"), r.spend().get("training"));
            assertEquals(1, r.participants().size());
            Participants p = r.participants().get(0);
            Intervention programme = interventions.get(0);
            assertEquals("training", p.intervention());
            assertEquals(programme.participantsTitle(), p.title());
            assertEquals(programme.allParticipants(), p.people());
            assertArrayEquals(programme.targetZones(), p.targetZones());
            assertTrue(p.people().size() >= 30, "participants: " + p.people().size());
            // the participants' outcomes, counted from the state directly
            long completed = 0;
            long employed = 0;
            for (Participant x : programme.allParticipants()) {
                completed += x.completes() ? 1 : 0;
                employed += economy.persons.status[x.person()] == Status.EMPLOYED ? 1 : 0;
            }
            assertEquals(completed, p.completed());
            assertEquals(employed, p.inWork(r.population()));
            assertEquals(programme.allParticipants().stream().mapToInt(Participant::person).distinct().count(),
                    p.persons().cardinality(), "each person once, however often they started");
            assertArrayEquals(java.util.Arrays.copyOf(economy.persons.status, economy.persons.count()), r.population().status());
        }
    }

    @Test
    void simulationsOnOneSharedPoolMatchOneThreadAndLeaveThePoolOpen() {
        MetricsTable one;
        try (Simulation sim = new Simulation(PLACE, 1)) {
            one = sim.run();
        }
        try (WorkerPool workers = new WorkerPool(3)) {
            assertEquals(3, workers.threads());
            for (int arm = 0; arm < 2; arm++) {
                try (Simulation sim = new Simulation(PLACE, List.of(), workers)) {
                    assertSameTable(one, sim.run());   // the second one runs on the pool the first closed its simulation on
                }
            }
        }
    }

    @Test
    void steppingMonthByMonthIsTheRunAndTimesEveryPhase() {
        MetricsTable whole;
        try (Simulation sim = new Simulation(PLACE, 1)) {
            whole = sim.run();
        }
        try (Simulation sim = new Simulation(PLACE, 1); EconomyModel model = new EconomyModel(PLACE, 1)) {
            List<MonthRecord> months = new ArrayList<>();
            sim.observe(months::add);
            assertTrue(java.util.Arrays.stream(sim.phaseTimes().nanos()).allMatch(n -> n == 0), "nothing timed before the start");
            Economy e = model.economy();
            assertEquals(new Simulation.Size(e.persons.count(), e.households.count(), e.firms.count()), sim.size(),
                    "the economy as built");
            sim.start();
            for (int m = 0; m < PLACE.run().totalMonths(); m++) {
                sim.step();
            }
            assertEquals(PLACE.run().totalMonths(), months.size(), "one record a month");
            assertSameTable(whole, sim.results().table());
            Simulation.PhaseTimes times = sim.phaseTimes();
            assertEquals(model.phaseNames(), times.phases());
            assertEquals(times.phases().size(), times.nanos().length);
            assertTrue(java.util.Arrays.stream(times.nanos()).allMatch(n -> n > 0), "every phase ran");
        }
    }

    @Test
    void replicateZeroUsesTheRunSeedAndTheOthersDerivedNonNegativeSeeds() {
        assertEquals(20260, Simulation.replicateSeed(20260, 0));
        long first = Simulation.replicateSeed(20260, 1);
        assertEquals(KeyedRandom.derive(20260, 1) & Long.MAX_VALUE, first);
        assertNotEquals(first, Simulation.replicateSeed(20260, 2));
        for (int r = 1; r < 50; r++) {
            assertTrue(Simulation.replicateSeed(-7, r) >= 0, "replicate " + r);
        }
    }

    @Test
    void aPlaceWithACatchmentHandsBackItsWaterHistory() {
        ModelConfig config = TestCatchments.place(AllocationRule.PRIORITY, 3, 12, 5);
        try (Simulation sim = new Simulation(config, 1)) {
            sim.run();
            WaterHistory water = sim.results().water();
            assertEquals(12, water.months().size());
            assertEquals(3, water.nodes().size());
            assertEquals(5, water.licences().size());
        }
    }
}

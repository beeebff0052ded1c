package uk.lpip.sim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.StateCopy;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * A model branched from another's state at month m and run to the horizon is the model run
 * straight: the copy of the state is complete (agents, places, accounts, metrics rows, phases'
 * own state), and the branched model's schedule goes on from month m. The bundled paired
 * scenarios' arms are compared file by file in the runs module (SharedPastTest).
 */
class BranchTest {
    private static final ModelConfig CONFIG = TestPlaces.place(14_000, 18, 12, 42);

    private static void assertSameTable(MetricsTable expected, MetricsTable actual, String what) {
        assertEquals(expected.monthCount(), actual.monthCount(), what);
        int compared = 0;
        for (int m = 0; m < expected.monthCount(); m++) {
            for (int a = 0; a < expected.areas().count(); a++) {
                for (Metric metric : MetricsTable.metrics()) {
                    int month = m;
                    assertEquals(Double.doubleToLongBits(expected.value(m, a, metric)),
                            Double.doubleToLongBits(actual.value(m, a, metric)),
                            () -> what + ": " + metric.id() + " in month " + month);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared + " values");
    }

    @Test
    void aModelBranchedInTheBurnInOrTheRecordedMonthsEndsAsTheStraightRun() {
        MetricsTable straight;
        try (EconomyModel model = new EconomyModel(CONFIG, 2)) {
            straight = model.run();
        }
        for (int branch : new int[] {1, 12, 20, CONFIG.run().totalMonths()}) {
            try (EconomyModel past = new EconomyModel(CONFIG, 2); EconomyModel arm = new EconomyModel(CONFIG, 1)) {
                past.runTo(branch);
                assertEquals(branch, past.monthsSimulated());
                arm.branchFrom(past);
                MetricsTable table = arm.run();
                assertSameTable(straight, table, "branched at month " + branch);
            }
        }
    }

    @Test
    void theBranchedModelsStateIsItsOwn() {
        try (EconomyModel past = new EconomyModel(CONFIG, 1); EconomyModel arm = new EconomyModel(CONFIG, 1)) {
            past.runTo(14);
            arm.branchFrom(past);
            double[] savings = past.economy().households.savings;
            assertTrue(arm.economy().households.savings != savings, "copied, not shared");
            double before = savings[0];
            arm.run();
            assertEquals(before, past.economy().households.savings[0], "running the branch leaves the past as it was");
        }
    }

    @Test
    void aStartedModelCannotBranchAndAModelCannotRunBackwards() {
        try (EconomyModel past = new EconomyModel(CONFIG, 1); EconomyModel arm = new EconomyModel(CONFIG, 1)) {
            past.runTo(3);
            arm.runTo(1);
            assertEquals("a model can only branch before it starts",
                    assertThrows(IllegalStateException.class, () -> arm.branchFrom(past)).getMessage());
            assertThrows(IllegalArgumentException.class, () -> past.runTo(2));
        }
    }

    @Test
    void aKindOfObjectTheCopyDoesNotKnowIsAnError() {
        Holder from = new Holder(new java.util.concurrent.atomic.AtomicLong(3));
        Holder to = new Holder(new java.util.concurrent.atomic.AtomicLong(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> StateCopy.into(from, to));
        assertEquals("cannot copy a java.util.concurrent.atomic.AtomicLong (state copy knows lists, maps and arrays), in Holder.value",
                e.getMessage());
        Lists a = new Lists();
        a.items.add(new int[] {1, 2});
        a.items.add(List.of("x"));
        Lists b = new Lists();
        StateCopy.into(a, b);
        assertEquals(2, b.items.size());
        assertTrue(b.items.get(0) != a.items.get(0) && java.util.Arrays.equals((int[]) a.items.get(0), (int[]) b.items.get(0)));
    }

    private static final class Holder {
        private final Object value;

        Holder(Object value) {
            this.value = value;
        }
    }

    private static final class Lists {
        private final java.util.ArrayList<Object> items = new java.util.ArrayList<>();
    }
}

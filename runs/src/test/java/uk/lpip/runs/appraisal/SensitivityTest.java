package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sensitivity table: each convention moved alone, the widest swing first. */
class SensitivityTest {
    @Test
    void rowsMoveTheRatioTheWayTheirConventionSaysWidestFirst() {
        int months = 24;
        ArmSeries base = PerspectivesTest.constant(months, 100_000, 10_000, 15_000, 8_000, 200_000, 50, 20, 0);
        ArmSeries treated = PerspectivesTest.constant(months, 104_000, 10_400, 15_600, 7_000, 206_000, 52, 18, 0);
        ArmSeries none = PerspectivesTest.constant(months, 0, 0, 0, 0, 0, 0, 0, 0);
        double[] costs = new double[months];
        costs[0] = 50_000;
        List<Perspectives.Inputs> reps = List.of(new Perspectives.Inputs(base, treated, none, none, costs, 1.0, false, 1.0));
        List<Sensitivity.Row> rows = Sensitivity.of(reps, Conventions.DEFAULT);
        assertEquals(6, rows.size());
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).swing() >= rows.get(i).swing(), "sorted by swing");
        }
        double central = Perspectives.of(reps.get(0), Conventions.DEFAULT).bcrUk();
        for (Sensitivity.Row r : rows) {
            assertEquals(central, r.bcrDefault(), 1e-12);
        }
        Sensitivity.Row time = row(rows, "non-market time");
        assertTrue(time.bcrLow() > central && central > time.bcrHigh(), "valuing non-market time more lowers the ratio");
        Sensitivity.Row decay = row(rows, "decay");
        assertTrue(decay.bcrLow() > central && central > decay.bcrHigh(), "more persistence, more benefit");
        Sensitivity.Row displacement = row(rows, "displacement");
        assertTrue(displacement.bcrLow() > central && central > displacement.bcrHigh());
        Sensitivity.Row profits = row(rows, "valued as");
        assertTrue(profits.bcrHigh() > central, "GVA with profits is larger than labour cost here");
        assertEquals(0, row(rows, "commuting").swing(), 1e-12, "no commuting time saved, no sensitivity to its value");
    }

    private static Sensitivity.Row row(List<Sensitivity.Row> rows, String part) {
        return rows.stream().filter(r -> r.assumption().contains(part)).findFirst().orElseThrow();
    }
}

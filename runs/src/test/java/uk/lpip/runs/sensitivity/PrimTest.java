package uk.lpip.runs.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** PRIM recovers a box planted in synthetic data. */
class PrimTest {
    @Test
    void aPlantedBoxIsRecoveredWithItsCoverageAndDensity() {
        Random rng = new Random(42);
        int n = 2000;
        double[][] x = new double[n][4];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < 4; d++) {
                x[i][d] = rng.nextDouble();
            }
            boolean planted = x[i][0] < 0.3 && x[i][2] > 0.6;
            y[i] = rng.nextDouble() < (planted ? 0.9 : 0.03);   // noisy: 90% inside, 3% outside
        }
        Prim.Result r = Prim.run(x, y, 0.05, 0.05);
        Prim.Box b = r.box();
        assertEquals(List.of(0, 2), r.restricted(), "the box restricts the two planted inputs only: " + describe(r));
        assertEquals(0.3, b.high()[0], 0.05);
        assertEquals(0.6, b.low()[2], 0.05);
        // inside the planted box 0.9 of 12% of points are cases, outside 0.03 of 88%: density ≈ 0.9, coverage ≈ 0.80
        assertEquals(0.9, b.density(), 0.06);
        assertEquals(0.80, b.coverage(), 0.08);
        assertTrue(r.trajectory().size() > 10, "a patient trajectory");
        Prim.Box first = r.trajectory().get(0);
        assertEquals(1.0, first.coverage(), 1e-12);
        assertEquals(1.0, first.support(), 1e-12);
        Prim.Box last = r.trajectory().get(r.trajectory().size() - 1);
        assertTrue(last.support() >= 0.05, "peeling stops at the minimum support");
    }

    @Test
    void tiedValuesArePeeledAsABlockAndNoCasesIsAnError() {
        double[][] x = new double[40][1];
        boolean[] y = new boolean[40];
        for (int i = 0; i < 40; i++) {
            x[i][0] = i % 4;          // four levels, ten points each
            y[i] = x[i][0] == 3;
        }
        Prim.Result r = Prim.run(x, y, 0.05, 0.05);
        assertEquals(3, r.box().low()[0], 1e-12);
        assertEquals(1.0, r.box().density(), 1e-12);
        assertEquals(1.0, r.box().coverage(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Prim.run(x, new boolean[40], 0.05, 0.05));
    }

    private static String describe(Prim.Result r) {
        StringBuilder s = new StringBuilder();
        for (int d = 0; d < r.min().length; d++) {
            s.append(String.format("x%d [%.3f, %.3f] ", d, r.box().low()[d], r.box().high()[d]));
        }
        return s + String.format("coverage %.3f density %.3f", r.box().coverage(), r.box().density());
    }
}

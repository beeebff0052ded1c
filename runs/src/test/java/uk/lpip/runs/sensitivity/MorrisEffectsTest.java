package uk.lpip.runs.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.experiment.SensitivitySample;

/** Morris measures on functions whose effects are known. */
class MorrisEffectsTest {
    @Test
    void aLinearFunctionsEffectsAreItsCoefficientsWithNoSpread() {
        List<double[]> x = SensitivitySample.morris(3, 10, 4, 1);
        double[] y = x.stream().mapToDouble(u -> 3 * u[0] - 2 * u[1]).toArray();
        List<MorrisEffects.Effect> e = MorrisEffects.estimate(x, y, 3);
        assertEquals(3, e.get(0).mu(), 1e-9);
        assertEquals(-2, e.get(1).mu(), 1e-9);
        assertEquals(2, e.get(1).muStar(), 1e-9);
        assertEquals(0, e.get(2).muStar(), 1e-9);
        assertEquals(0, e.get(0).sigma(), 1e-9);
        assertEquals(10, e.get(0).effects());
    }

    /** Sobol's g-function: input i matters less as a_i grows (a = 0 most, a = 99 hardly). */
    @Test
    void muStarRanksTheInputsOfTheGFunction() {
        double[] a = {0, 1, 4.5, 9, 99};
        List<double[]> x = SensitivitySample.morris(5, 60, 4, 7);
        double[] y = x.stream().mapToDouble(u -> {
            double g = 1;
            for (int i = 0; i < 5; i++) {
                g *= (Math.abs(4 * u[i] - 2) + a[i]) / (1 + a[i]);
            }
            return g;
        }).toArray();
        List<MorrisEffects.Effect> e = MorrisEffects.estimate(x, y, 5);
        for (int i = 0; i < 4; i++) {
            assertTrue(e.get(i).muStar() > e.get(i + 1).muStar(), "μ* of input " + i + " above input " + (i + 1) + ": " + e);
        }
        assertTrue(Math.abs(e.get(0).mu()) < e.get(0).muStar(), "the g-function's V shape cancels in μ but not in μ*");
        assertTrue(e.get(0).sigma() > 0);
    }
}

package uk.lpip.runs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The replicate-noise share of a saltelli sweep's output variance. */
class SweepSensitivityTest {
    @Test
    void theNoiseShareIsTheMeanNoiseVarianceOverTheVarianceAtAAndB() {
        int k = 1;   // blocks of 3: A, B, A_B^(1)
        double[] y = {1, 3, 9, 1, 3, 9};   // A and B outputs 1 and 3: variance 1
        double[] noise = {0.25, 0.25, 0.25, 0.25, 0.25, 0.25};
        assertEquals(0.25, SweepSensitivity.noiseShare(y, noise, k), 1e-12);
        assertTrue(Double.isNaN(SweepSensitivity.noiseShare(y, new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN}, k)), "one replicate: not known");
    }
}

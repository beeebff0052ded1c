package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Switching values on the means, and the cases where there is none. */
class SwitchingValueTest {
    @Test
    void aPositiveNpvHasSwitchingValuesOnBenefitsAndCosts() {
        SwitchingValue s = SwitchingValue.of(200, 150);
        assertEquals(0.25, s.benefitsFall(), 1e-12);
        assertEquals(50 / 150.0, s.costsRise(), 1e-12);
        assertEquals("benefits could fall by 25%, or costs rise by 33%, before the NPV turns negative", s.statement());
    }

    @Test
    void aNegativeOrZeroNpvHasNone() {
        SwitchingValue s = SwitchingValue.of(100, 3_963);
        assertTrue(Double.isNaN(s.benefitsFall()) && Double.isNaN(s.costsRise()));
        assertEquals("not applicable: the NPV is already negative (costs exceed benefits)", s.statement());
        assertEquals(s.statement(), SwitchingValue.of(150, 150).statement());
    }

    @Test
    void negativeBenefitsHaveNone() {
        SwitchingValue s = SwitchingValue.of(-500, 100);
        assertTrue(Double.isNaN(s.benefitsFall()));
        assertTrue(s.statement().startsWith("not applicable: the benefits are not positive"), s.statement());
        assertTrue(SwitchingValue.of(0, 100).statement().startsWith("not applicable: the benefits are not positive"));
    }
}

package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The DfT value-for-money categories at and around their boundaries. */
class ValueForMoneyTest {
    @Test
    void categoriesFollowTheDfTThresholds() {
        assertEquals(ValueForMoney.NEGATIVE, ValueForMoney.of(-0.01));
        assertEquals(ValueForMoney.POOR, ValueForMoney.of(0));
        assertEquals(ValueForMoney.POOR, ValueForMoney.of(0.999));
        assertEquals(ValueForMoney.LOW, ValueForMoney.of(1.0));
        assertEquals(ValueForMoney.LOW, ValueForMoney.of(1.4999));
        assertEquals(ValueForMoney.MEDIUM, ValueForMoney.of(1.5));
        assertEquals(ValueForMoney.MEDIUM, ValueForMoney.of(1.999));
        assertEquals(ValueForMoney.HIGH, ValueForMoney.of(2.0));
        assertEquals(ValueForMoney.HIGH, ValueForMoney.of(4.0), "very high is greater than 4");
        assertEquals(ValueForMoney.VERY_HIGH, ValueForMoney.of(4.0001));
        assertNull(ValueForMoney.of(Double.NaN));
        assertEquals("not applicable", ValueForMoney.label(Double.NaN));
    }

    @Test
    void anIntervalAcrossCategoriesIsSaid() {
        assertEquals("medium", ValueForMoney.withInterval(1.7, 1.6, 1.9));
        assertEquals("medium (the interval spans poor to high)", ValueForMoney.withInterval(1.7, 0.8, 2.6));
        assertEquals("very high", ValueForMoney.withInterval(5, Double.NaN, Double.NaN));
    }
}

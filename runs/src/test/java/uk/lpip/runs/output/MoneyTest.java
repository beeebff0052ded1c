package uk.lpip.runs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void theSignComesBeforeThePoundAndThousandsAreSeparated() {
        assertEquals("−£1,186,006", Money.pounds(-1_186_006.2, 0));
        assertEquals("£1,186,006", Money.pounds(1_186_006.4, 0));
        assertEquals("−£3.50", Money.pounds(-3.5, 2));
        assertEquals("£0.00", Money.pounds(-0.001, 2), "a sum that rounds to zero has no minus");
        assertEquals("£0", Money.pounds(-0.4, 0));
        assertEquals("–", Money.pounds(Double.NaN, 0));
    }
}

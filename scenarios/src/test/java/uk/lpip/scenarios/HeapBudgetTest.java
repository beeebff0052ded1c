package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The heap check counts the run's fixed costs, so small heaps are not promised more than they hold. */
class HeapBudgetTest {
    private static final long MB = 1L << 20;

    @Test
    void aSmallHeapHoldsFarFewerPersonsThanItsSizeOverTheCostPerPerson() {
        // measured: with -Xmx24m a run of 154,000 persons (yorkshire-humber at scale 0.028) ran out of memory,
        // one of 74,000 (scale 0.0135) finished; persons alone (24 MB / 160 B = 157,000) allowed the first
        long allowed = HeapBudget.maxPersons(24 * MB);
        assertTrue(allowed < 154_000 / 2, "24 MB: " + allowed);
        assertTrue(allowed >= 50_000, "24 MB still runs a small place: " + allowed);
        assertEquals((24 * MB - 16 * MB) / 160, allowed);
    }

    @Test
    void aHeapSmallerThanTheFixedCostsHoldsNobody() {
        assertEquals(0, HeapBudget.maxPersons(8 * MB));
        assertEquals(0, HeapBudget.maxPersons(16 * MB));
    }

    @Test
    void atLargeHeapsTheFixedCostsHardlyMatter() {
        long eightGb = 8L << 30;
        assertEquals(eightGb / 160.0, HeapBudget.maxPersons(eightGb), eightGb / 160.0 * 0.01);
        assertEquals(16 * MB + 1_000_000 * 160L, HeapBudget.bytesNeeded(1_000_000));
    }
}

package uk.lpip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.places.Places;

/** Minutes commuters save against the network at the start of the run (TAG rule of a half). */
class CommuteMinutesSavedTest {
    private static final int TOWN = TestPlaces.TOWN;
    private static final int SUBURB = TestPlaces.SUBURB;
    private static final int VILLAGE = TestPlaces.VILLAGE;

    @Test
    void nothingIsSavedOnTheStartingNetwork() {
        Places p = new Places(TestPlaces.place(1_000, 1, 0, 1).place());
        assertEquals(0, MetricsPhase.commuteMinutesSaved(p, TOWN, VILLAGE, true), 0);
        assertEquals(0, MetricsPhase.commuteMinutesSaved(p, SUBURB, TOWN, false), 0);
    }

    @Test
    void journeysTheStartAllowedSaveTheirWholeDifferenceNewOnesHalf() {
        Places p = new Places(TestPlaces.place(1_000, 1, 0, 1).place());
        p.setLinkMinutes(1, 20);   // town–village, 35 minutes before
        p.recomputeTravel();
        assertEquals(15, MetricsPhase.commuteMinutesSaved(p, TOWN, VILLAGE, true), 1e-12, "35 → 20 by car");
        // suburb → village by car: 47 minutes before (beyond the 45-minute reach), 32 now: ½ × (45 − 32)
        assertEquals(6.5, MetricsPhase.commuteMinutesSaved(p, SUBURB, VILLAGE, true), 1e-12);
        assertEquals(0, MetricsPhase.commuteMinutesSaved(p, TOWN, SUBURB, true), 0, "an unchanged road");
        assertEquals(0, MetricsPhase.commuteMinutesSaved(p, VILLAGE, TOWN, false), 0,
                "no bus in the village: a worker there without a car, employed in town, works remotely");
        assertEquals(0, MetricsPhase.commuteMinutesSaved(p, VILLAGE, VILLAGE, false), 0, "within the home zone");
    }

    /**
     * The metrics skip the pass over commuters while the network is as at the start (each would save
     * exactly 0): a changed road or bus service must be seen, and one changed back must not.
     */
    @Test
    void theNetworkIsAsAtTheStartUntilARoadOrABusChanges() {
        Places p = new Places(TestPlaces.place(1_000, 1, 0, 1).place());
        assertTrue(p.networkAsAtStart());
        p.recomputeTravel();
        assertTrue(p.networkAsAtStart(), "recomputed, unchanged");
        double before = p.travel().minutes(TOWN, VILLAGE);
        p.setLinkMinutes(1, 20);
        p.recomputeTravel();
        assertFalse(p.networkAsAtStart(), "a faster road");
        p.setLinkMinutes(1, before);
        p.recomputeTravel();
        assertTrue(p.networkAsAtStart(), "the road as it was");
        p.setBusServiceLevel(SUBURB, p.busServiceLevel(SUBURB) + 0.1);
        assertFalse(p.networkAsAtStart(), "a better bus service");
    }

    @Test
    void aFasterRoadSpeedsTheBusToo() {
        Places p = new Places(TestPlaces.place(1_000, 1, 0, 1).place());
        p.setLinkMinutes(0, 6);    // town–suburb, 12 minutes before
        p.recomputeTravel();
        // by bus from the suburb (service 0.8): 12 × 1.6 + 10 / 0.8 before, 6 × 1.6 + 10 / 0.8 now
        assertEquals(6 * 1.6, MetricsPhase.commuteMinutesSaved(p, SUBURB, TOWN, false), 1e-9);
    }
}

package uk.lpip.sim.places;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;

class PlacesTest {
    private final Places places = new Places(TestPlaces.place(1_000, 1, 0, 1).place());

    @Test
    void travelTimesAreShortestPathsOverTheRoadNetwork() {
        assertEquals(12, places.travel().minutes(TestPlaces.TOWN, TestPlaces.SUBURB));
        assertEquals(35, places.travel().minutes(TestPlaces.VILLAGE, TestPlaces.TOWN));
        // No direct link: suburb → town → village
        assertEquals(47, places.travel().minutes(TestPlaces.SUBURB, TestPlaces.VILLAGE));
    }

    @Test
    void reachDependsOnCarAccessAndBusService() {
        CommutingReach reach = places.reach();
        assertArrayEquals(new int[] {0, 1, 2}, reach.zones(CommutingReach.classOf(TestPlaces.TOWN, true)));
        assertArrayEquals(new int[] {0, 1}, reach.zones(CommutingReach.classOf(TestPlaces.SUBURB, true)),
                "47 minutes to the village is beyond a 45-minute commute");
        assertArrayEquals(new int[] {2}, reach.zones(CommutingReach.classOf(TestPlaces.VILLAGE, false)),
                "no bus: only one's own zone");
        assertTrue(reach.reaches(CommutingReach.classOf(TestPlaces.TOWN, false), TestPlaces.SUBURB));
    }

    @Test
    void aTransportUpgradeExtendsReach() {
        Places p = new Places(TestPlaces.place(1_000, 1, 0, 1).place());
        assertFalse(p.reach().reaches(CommutingReach.classOf(TestPlaces.VILLAGE, false), TestPlaces.TOWN));
        p.setBusServiceLevel(TestPlaces.VILLAGE, 1.0);
        p.recomputeTravel();
        // 35 × 1.6 + 10 = 66 minutes: still too far by bus
        assertFalse(p.reach().reaches(CommutingReach.classOf(TestPlaces.VILLAGE, false), TestPlaces.TOWN));
        p.setLinkMinutes(1, 25);
        p.recomputeTravel();
        // 25 × 1.6 + 10 = 50 minutes
        assertTrue(p.reach().reaches(CommutingReach.classOf(TestPlaces.VILLAGE, false), TestPlaces.TOWN));
    }
}

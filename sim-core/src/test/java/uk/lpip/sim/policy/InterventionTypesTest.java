package uk.lpip.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.engine.Purpose;

/** Each intervention kind's declaration is complete, and the registry finds it by key and by spec. */
class InterventionTypesTest {
    @Test
    void everyKindHasAUniqueKeyAndEveryLeverIsAnnotated() {
        Set<String> keys = new HashSet<>();
        for (InterventionType<?> t : InterventionTypes.all()) {
            assertTrue(keys.add(t.key()), "key declared twice: " + t.key());
            assertSame(t, InterventionTypes.byKey(t.key()));
            assertNotNull(t.levers(), t.key());
            Set<String> leverKeys = new HashSet<>();
            for (RecordComponent c : t.spec().getRecordComponents()) {
                if (c.getType() == CommonSpec.class) {
                    continue;
                }
                if (c.getType() == WhoSpec.class) {
                    for (RecordComponent w : WhoSpec.class.getRecordComponents()) {
                        assertNotNull(w.getAnnotation(Lever.class), "WhoSpec." + w.getName() + " has no @Lever");
                        assertTrue(leverKeys.add(w.getAnnotation(Lever.class).key()), t.key() + ": lever key twice");
                    }
                    continue;
                }
                Lever lever = c.getAnnotation(Lever.class);
                assertNotNull(lever, t.key() + "." + c.getName() + " has no @Lever");
                assertTrue(leverKeys.add(lever.key()), t.key() + ": lever key twice: " + lever.key());
                assertTrue(lever.min() <= lever.max(), t.key() + "." + lever.key());
            }
        }
        assertEquals(9, keys.size(), "kinds: " + keys);
    }

    @Test
    void noTwoKindsDrawFromTheSameRandomStream() {
        Set<Purpose> seen = new HashSet<>();
        for (InterventionType<?> t : InterventionTypes.all()) {
            for (Purpose p : t.streams()) {
                assertTrue(seen.add(p) || p == Purpose.PLACES_ROUNDING, t.key() + " shares stream " + p);
            }
        }
    }

    @Test
    void aSpecKnowsItsTypeFromTheRegistry() {
        WageSubsidySpec s = new WageSubsidySpec(Paired.common("w", 0, 5, List.of()), 0.5, 6, WhoSpec.of(16, 24, 6), 2, "temporary", "additional", 0, "minimum", 0);
        assertEquals("wage_subsidy", s.type());
        assertSame(WageSubsidy.TYPE, InterventionTypes.of(s));
        InterventionSpec stranger = () -> Paired.common("x", 0, 1, List.of());
        assertThrows(IllegalArgumentException.class, () -> InterventionTypes.of(stranger));
    }

    @Test
    void onlyKindsThatSayHowTheyScaleAreComparable() {
        List<String> comparable = InterventionTypes.all().stream().filter(InterventionType::comparableAcrossPlaces)
                .map(InterventionType::key).toList();
        assertEquals(List.of("skills_programme", "outreach", "broadband_rollout", "wage_subsidy"), comparable);
        PlaceScale place = new PlaceScale(10_000, 25.0, null);
        WageSubsidySpec s = new WageSubsidySpec(Paired.common("w", 0, 5, List.of()), 0.5, 6, WhoSpec.of(16, 24, 6), 2, "temporary", "additional", 0, "minimum", 0);
        WageSubsidySpec scaled = (WageSubsidySpec) WageSubsidy.TYPE.scaleTo(s, place);
        assertEquals(250_000, scaled.common().budgetPounds(), 1e-9);
        assertEquals(s.wageShare(), scaled.wageShare());
        assertThrows(IllegalStateException.class,
                () -> TransportUpgrade.TYPE.scaleTo(new TransportUpgradeSpec(Paired.common("t", 0, 1, List.of()), List.of(),
                        List.of(), 0, 0), place));
    }
}

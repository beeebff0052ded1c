package uk.lpip.sim.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.config.HoursConfig;
import uk.lpip.sim.config.UkHours;
import uk.lpip.sim.engine.StateCopy;

/**
 * The compact person state: hours and part-time odds as codes in the flags give back exactly the
 * floats the arrays held, the intervention factors read their defaults until set, and growing,
 * fitting, reusing a slot and copying a branch's state keep every value.
 */
class PersonsTest {
    private static final HoursConfig HOURS = UkHours.hours();

    private static Persons people(int n) {
        Persons persons = new Persons(4, HOURS);
        for (int i = 0; i < n; i++) {
            persons.add(20 * 12 + i % 400, i / 3, i % 7, Skill.MEDIUM, Status.UNEMPLOYED, i % 2 == 0);
        }
        return persons;
    }

    @Test
    void hoursAndPartTimeOddsAreTheConfiguredFloats() {
        Persons persons = people(4);
        assertEquals(1f, persons.hours(0));
        persons.setPartTime(0, true);
        assertEquals((float) HOURS.partTimeFte(), persons.hours(0));
        assertTrue(persons.hours(0) < 1f, "a part-time job has fewer hours");
        assertTrue(persons.hasCar(0), "the car flag is kept beside the hours");
        persons.setPartTime(0, false);
        assertEquals(1f, persons.hours(0));

        assertEquals(1f, persons.partTimeOdds(1));
        persons.setReturnedFrom(1, Status.CARING);
        assertEquals((float) HOURS.partTimeOddsAfterCaring(), persons.partTimeOdds(1));
        persons.setPartTime(1, true);
        persons.setReturnedFrom(1, Status.LONG_TERM_SICK);
        assertEquals((float) HOURS.partTimeOddsAfterLongTermSickness(), persons.partTimeOdds(1));
        assertEquals((float) HOURS.partTimeFte(), persons.hours(1), "the odds code leaves the hours alone");
        assertEquals(Status.LONG_TERM_SICK, persons.returnedFrom(1));
        persons.setReturnedFrom(1, Status.RETIRED);
        assertEquals(1f, persons.partTimeOdds(1), "early retirement does not change the part-time odds");
        assertEquals(Status.RETIRED, persons.returnedFrom(1), "but is remembered as the reason returned from");
        persons.setReturnedFrom(1, Status.DISCOURAGED);
        assertEquals(1f, persons.partTimeOdds(1));
        assertEquals(Status.DISCOURAGED, persons.returnedFrom(1));
        persons.setReturnedFrom(1, Status.CARING);
        assertEquals(Status.CARING, persons.returnedFrom(1));
        persons.resetPartTimeOdds(1);
        assertEquals(1f, persons.partTimeOdds(1));
        assertEquals(Status.DISCOURAGED, persons.returnedFrom(1), "a hire clears the reason returned from");
        assertFalse(persons.hasCar(1));
    }

    @Test
    void aSpellOfSearchIsReentrantOnlyWhenItBeganInInactivity() {
        Persons persons = people(4);
        byte[] before = {Status.CARING, Status.DISCOURAGED, Status.EMPLOYED, Status.STUDENT};
        for (int p = 0; p < 4; p++) {
            persons.changeStatus(p, before[p]);
            persons.monthsInStatus[p] = 5;
            persons.changeStatus(p, Status.UNEMPLOYED);
        }
        assertTrue(persons.reentrant(0), "after caring");
        assertTrue(persons.reentrant(1), "after discouragement");
        assertFalse(persons.reentrant(2), "after work");
        assertFalse(persons.reentrant(3), "after education");
        persons.changeStatus(0, Status.EMPLOYED);
        assertFalse(persons.reentrant(0), "not a searcher");
    }

    @Test
    void homeZonesTakeSixteenBitsAndMoreAreRefused() {
        Persons persons = people(2);
        persons.set(1, 0, 0, Persons.MAX_ZONES - 1, Skill.NONE, Status.CHILD, false);
        assertEquals(Persons.MAX_ZONES - 1, persons.zone[1]);
        assertEquals(Persons.MAX_ZONES - 1, persons.zones(2)[1]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> persons.set(1, 0, 0, Persons.MAX_ZONES, Skill.NONE, Status.CHILD, false));
        assertEquals("zone 65536: a place has at most 65536 zones", e.getMessage());
    }

    @Test
    void interventionFactorsDefaultUntilSetAndSurviveGrowthAndBranching() {
        Persons persons = people(10);
        persons.setSearchIntensity(3, 1f);        // the default: nothing to hold
        persons.setHiringBonus(3, 0f);
        persons.setReturnHazardFactor(3, 1f);
        for (int p = 0; p < 10; p++) {
            assertEquals(1f, persons.searchIntensity(p));
            assertEquals(0f, persons.hiringBonus(p));
            assertEquals(1f, persons.returnHazardFactor(p));
        }
        persons.setSearchIntensity(3, 0.4f);
        persons.setHiringBonus(5, 2.5f);
        persons.setReturnHazardFactor(7, 3f);
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 5000; i++) {            // grows the arrays many times
            persons.add(rng.nextInt(800), i, rng.nextInt(9), Skill.LOW, Status.CHILD, false);
        }
        assertTrue(persons.capacity() >= persons.count());
        assertEquals(0.4f, persons.searchIntensity(3));
        assertEquals(2.5f, persons.hiringBonus(5));
        assertEquals(3f, persons.returnHazardFactor(7));
        assertEquals(1f, persons.searchIntensity(persons.count() - 1), "new slots start at the default");
        assertEquals(0f, persons.hiringBonus(persons.count() - 1));
        persons.trim();
        assertEquals(0.4f, persons.searchIntensity(3));
        persons.set(5, 0, 1, 1, Skill.NONE, Status.CHILD, false);   // a slot reused for a birth
        assertEquals(0f, persons.hiringBonus(5));

        Persons copy = people(10);
        StateCopy.into(persons, copy);
        assertEquals(persons.count(), copy.count());
        assertEquals(0.4f, copy.searchIntensity(3));
        assertEquals(3f, copy.returnHazardFactor(7));
        assertEquals(persons.household[persons.count() - 1], copy.household[copy.count() - 1]);
        Persons plain = people(10);
        StateCopy.into(people(10), persons);       // a branch from a past without interventions
        assertEquals(1f, persons.searchIntensity(3));
        assertEquals(plain.count(), persons.count());
    }
}

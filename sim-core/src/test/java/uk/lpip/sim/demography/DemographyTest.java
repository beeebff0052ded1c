package uk.lpip.sim.demography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

class DemographyTest {
    @Test
    void everyoneAgesOneMonth() {
        Economy e = TestPlaces.economy(3_000, 101);
        short[] before = e.persons.ageMonths.clone();
        int n = e.persons.count();
        new Demography().step(e);
        int aged = 0;
        for (int p = 0; p < n; p++) {
            boolean reborn = e.persons.status[p] == Status.CHILD && e.persons.ageMonths[p] == 0;
            if (e.persons.status[p] != Status.DEAD && !reborn) {
                assertEquals(before[p] + 1, e.persons.ageMonths[p]);
                aged++;
            }
        }
        assertTrue(aged > 2_900);
    }

    @Test
    void sixteenYearOldsStayInEducationOrStartLookingForWork() {
        Economy e = TestPlaces.economy(20_000, 103);
        Persons persons = e.persons;
        int children = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.CHILD) {
                persons.ageMonths[p] = 16 * 12 - 1;
                children++;
            }
        }
        new Demography().step(e);
        int students = 0;
        int searching = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.ageMonths[p] == 16 * 12) {
                students += persons.status[p] == Status.STUDENT ? 1 : 0;
                searching += persons.status[p] == Status.UNEMPLOYED ? 1 : 0;
            }
        }
        assertTrue(children > 1000);
        assertEquals(children, students + searching);
        assertEquals(e.config.population().schoolStayOnShare(), (double) students / children, 0.03);
    }

    @Test
    void workersReachingPensionAgeRetireAndLeaveTheirJobs() {
        Economy e = TestPlaces.economy(5_000, 107);
        Persons persons = e.persons;
        int spa = e.config.population().statePensionAgeYears() * 12;
        int moved = 0;
        for (int p = 0; p < persons.count() && moved < 50; p++) {
            if (persons.status[p] == Status.EMPLOYED) {
                persons.ageMonths[p] = (short) (spa - 1);
                moved++;
            }
        }
        new Demography().step(e);
        for (int p = 0; p < persons.count(); p++) {
            if (persons.ageMonths[p] == spa) {
                assertEquals(Status.PENSIONER, persons.status[p]);
                assertEquals(-1, persons.employer[p]);
            }
        }
    }

    @Test
    void mortalityRisesWithAge() {
        Economy e = TestPlaces.economy(30_000, 109);
        Persons persons = e.persons;
        int pensioners = 0;
        int[] group = new int[persons.count()];
        for (int p = 0; p < persons.count(); p++) {
            group[p] = -1;
            if (persons.status[p] == Status.PENSIONER) {
                group[p] = pensioners++ % 2;
                persons.ageMonths[p] = (short) ((group[p] == 0 ? 70 : 88) * 12);
            }
        }
        for (int m = 0; m < 12; m++) {
            e.setMonth(m);
            new Demography().step(e);
        }
        // A pensioner who died is no longer a pensioner (the slot may now hold a newborn).
        int[] deaths = new int[2];
        for (int p = 0; p < group.length; p++) {
            if (group[p] >= 0 && persons.status[p] != Status.PENSIONER) {
                deaths[group[p]]++;
            }
        }
        assertTrue(pensioners > 3000, "pensioners " + pensioners);
        assertTrue(deaths[1] > 3 * deaths[0], "deaths at 70: " + deaths[0] + ", at 88: " + deaths[1]);
        assertTrue(deaths[0] > 0);
    }

    @Test
    void babiesAreBornIntoTheirParentsHouseholdInFreeSlots() {
        Economy e = TestPlaces.economy(10_000, 113);
        Persons persons = e.persons;
        int born = 0;
        for (int m = 0; m < 12; m++) {
            e.setMonth(m);
            e.counters.reset();
            new Demography().step(e);
            for (int b : e.counters.births) {
                born += b;
            }
        }
        int infants = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.CHILD && persons.ageMonths[p] < 12) {
                infants++;
                int h = persons.household[p];
                assertEquals(e.households.zone[h], persons.zone[p]);
                boolean listed = false;
                for (int i = e.households.firstMember(h); i < e.households.endMember(h); i++) {
                    listed |= e.households.member(i) == p;
                }
                assertTrue(listed, "the newborn is a member of its household");
            }
        }
        assertTrue(born > 50, "births in a year: " + born);
        assertTrue(infants >= born, "infants " + infants + ", born " + born);
    }
}

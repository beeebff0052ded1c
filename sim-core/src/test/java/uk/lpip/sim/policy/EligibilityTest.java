package uk.lpip.sim.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Who a people-based intervention takes: selection by time without work, the re-entry period,
 * and the shared filters (age band, time without work, benefit receipt, reasons for inactivity).
 * Each person's state is read in the month the places were filled.
 */
class EligibilityTest {
    private static final ModelConfig PLACE = TestPlaces.place(8_000, 30, 12, 91);

    /** One person's state in a month. */
    private record Seen(byte status, int monthsInStatus, int monthsWithoutWork, int age, boolean claimant, byte skill,
                        boolean inTraining) { }

    /** Runs the programme and keeps everyone's state after each recorded month. */
    private static List<Map<Integer, Seen>> run(SkillsProgrammeSpec spec, List<Participant> out) {
        List<Map<Integer, Seen>> months = new ArrayList<>();
        try (EconomyModel model = new EconomyModel(PLACE, 2, Interventions.factory(List.of(spec)))) {
            model.addStateProbe(e -> {
                if (e.reportedMonth() >= 0) {
                    months.add(snapshot(e));
                }
            });
            model.run();
            out.addAll(((SkillsProgramme) model.interventions().get(0)).allParticipants());
        }
        return months;
    }

    private static Map<Integer, Seen> snapshot(Economy e) {
        Persons persons = e.persons;
        TaxBenefit rules = new TaxBenefit(e.config.taxBenefit());
        Map<Integer, double[]> households = new HashMap<>(); // adults, children, net earnings
        for (int p = 0; p < persons.count(); p++) {
            byte s = persons.status[p];
            if (s == Status.DEAD || s == Status.PENSIONER) {
                continue;
            }
            double[] h = households.computeIfAbsent(persons.household[p], k -> new double[3]);
            if (s == Status.CHILD) {
                h[1]++;
            } else {
                h[0]++;
                if (s == Status.EMPLOYED) {
                    double w = persons.earnings(p);   // the job's rate times its hours
                    h[2] += w - rules.incomeTax(w) - rules.employeeNi(w);
                }
            }
        }
        Map<Integer, Seen> seen = new HashMap<>();
        for (int p = 0; p < persons.count(); p++) {
            if (!persons.isWorkingAge(p)) {
                continue;
            }
            double[] h = households.get(persons.household[p]);
            boolean claimant = h != null && rules.benefit((int) h[0], (int) h[1], h[2]) > 0;
            seen.put(p, new Seen(persons.status[p], persons.monthsInStatus[p], persons.monthsWithoutWork(p),
                    persons.ageYears(p), claimant, persons.skill[p], persons.inTraining(p)));
        }
        return seen;
    }

    private static SkillsProgrammeSpec programme(String intake, int last, int places, List<String> eligible, WhoSpec who,
                                                 String selection, int duration) {
        return new SkillsProgrammeSpec(Paired.common("training", 2, last, List.of()), intake, places, eligible, "high", who,
                selection, duration, 25, 0.8, 1.0, 1, 1.5, 12, 2400);
    }

    @Test
    void longestUnemployedFirstTakesThoseLongestWithoutWorkAndNobodyInWork() {
        // The Yorkshire and the Humber case: the employed admitted too, with far longer spells in their status.
        List<Participant> people = new ArrayList<>();
        List<Map<Integer, Seen>> months = run(programme("yearly", 2, 40,
                List.of("unemployed", "discouraged", "low_skilled_employed"), WhoSpec.DEFAULT, "longest_unemployed_first", 6),
                people);
        Map<Integer, Seen> atIntake = months.get(2);
        assertEquals(40, people.size());
        int shortestSelected = Integer.MAX_VALUE;
        int shortestSelectedSpell = Integer.MAX_VALUE;
        for (Participant p : people) {
            Seen s = atIntake.get(p.person());
            assertTrue(s.status() == Status.UNEMPLOYED || s.status() == Status.DISCOURAGED, "selected in work: " + s);
            shortestSelected = Math.min(shortestSelected, s.monthsWithoutWork());
            shortestSelectedSpell = Math.min(shortestSelectedSpell, s.monthsInStatus());
        }
        java.util.Set<Integer> selected = new java.util.HashSet<>();
        people.forEach(p -> selected.add(p.person()));
        int longerEmployed = 0;
        int outOfWorkLeft = 0;
        for (Map.Entry<Integer, Seen> en : atIntake.entrySet()) {
            Seen s = en.getValue();
            if (selected.contains(en.getKey()) || s.age() < 18) {
                continue;
            }
            if (s.status() == Status.UNEMPLOYED || s.status() == Status.DISCOURAGED) {
                outOfWorkLeft++;
                assertTrue(s.monthsWithoutWork() <= shortestSelected,
                        "passed over someone longer without work: " + s.monthsWithoutWork() + " > " + shortestSelected);
            }
            if (s.status() == Status.EMPLOYED && s.skill() <= Skill.LOW && s.monthsInStatus() > shortestSelectedSpell) {
                longerEmployed++;
            }
        }
        assertTrue(outOfWorkLeft > 0, "more people without work than places");
        // Ranked by months in the current status, as before, these would all have come first.
        assertTrue(longerEmployed >= 40, "employed with longer spells than every selected person: " + longerEmployed);
    }

    @Test
    void pastParticipantsAreNotTakenAgainWithinTheExclusionPeriod() {
        List<Participant> never = new ArrayList<>();
        run(programme("monthly", 25, 40, List.of("unemployed", "discouraged"), WhoSpec.DEFAULT, "random", 2), never);
        Map<Integer, Integer> starts = new HashMap<>();
        for (Participant p : never) {
            assertFalse(starts.containsKey(p.person()), "person " + p.person() + " trained twice");
            starts.put(p.person(), p.startMonth());
        }
        assertTrue(never.size() > 300, "starters: " + never.size());

        WhoSpec sixMonths = new WhoSpec(18, 64, 0, "any", WhoSpec.DEFAULT.inactiveReasons(), 6, 1.0);
        List<Participant> again = new ArrayList<>();
        run(programme("monthly", 25, 40, List.of("unemployed", "discouraged"), sixMonths, "random", 2), again);
        Map<Integer, Integer> last = new HashMap<>();
        int repeats = 0;
        for (Participant p : again) {
            Integer before = last.put(p.person(), p.startMonth());
            if (before != null) {
                repeats++;
                assertTrue(p.startMonth() - before >= 6, "person " + p.person() + " again after "
                        + (p.startMonth() - before) + " months");
            }
        }
        assertTrue(repeats > 0, "with a six-month period some return");
    }

    @Test
    void theFiltersAreRespected() {
        WhoSpec who = new WhoSpec(25, 49, 12, "claimants", List.of("long_term_sick"), WhoSpec.NEVER, 1.0);
        List<Participant> people = new ArrayList<>();
        List<Map<Integer, Seen>> months = run(programme("monthly", 20, 15, List.of("unemployed", "other_inactive"), who,
                "random", 3), people);
        assertTrue(people.size() > 50, "participants: " + people.size());
        int sick = 0;
        for (Participant p : people) {
            Seen s = months.get(p.startMonth()).get(p.person());
            assertTrue(s.status() == Status.UNEMPLOYED || s.status() == Status.LONG_TERM_SICK, "status " + s);
            assertTrue(s.age() >= 25 && s.age() <= 49, "age " + s);
            assertTrue(s.monthsWithoutWork() >= 12, "without work " + s);
            assertTrue(s.claimant(), "not a claimant: " + s);
            sick += s.status() == Status.LONG_TERM_SICK ? 1 : 0;
        }
        assertTrue(sick > 0, "the long-term sick are admitted");

        List<Participant> others = new ArrayList<>();
        List<Map<Integer, Seen>> m2 = run(programme("monthly", 20, 15, List.of("unemployed"),
                new WhoSpec(18, 64, 0, "non_claimants", WhoSpec.DEFAULT.inactiveReasons(), WhoSpec.NEVER, 1.0), "random", 3), others);
        for (Participant p : others) {
            assertFalse(m2.get(p.startMonth()).get(p.person()).claimant(), "a claimant among non-claimants");
        }
    }

    @Test
    void anOfferShareAdmitsOnlyThosePersonsRandomisedToTheOfferAndTheAllocationIsTheEvaluatorsToo() {
        List<Participant> people = new ArrayList<>();
        run(programme("monthly", 20, 40, List.of("unemployed", "discouraged"), WhoSpec.DEFAULT.withOfferShare(0.3), "random", 3),
                people);
        assertTrue(people.size() > 100, "participants: " + people.size());
        long seed = PLACE.run().seed();
        for (Participant p : people) {
            assertTrue(WhoSpec.offered(seed, p.person(), 0.3), "person " + p.person() + " started without the offer");
        }
        // The allocation itself: about the share of people, and nested (offered at 0.3 means offered at 0.5).
        int offered = 0;
        int n = 20_000;
        for (int p = 0; p < n; p++) {
            boolean at3 = WhoSpec.offered(seed, p, 0.3);
            offered += at3 ? 1 : 0;
            assertTrue(!at3 || WhoSpec.offered(seed, p, 0.5), "allocation not nested for person " + p);
        }
        double se = Math.sqrt(0.3 * 0.7 / n);
        assertEquals(0.3, offered / (double) n, 4 * se);
        assertTrue(WhoSpec.offered(seed, 7, 1.0), "a share of 1 offers everyone");
    }

    @Test
    void monthsWithoutWorkRunAcrossSpellsWithoutWorkAndStopAtWork() {
        Persons persons = new Persons(4);
        int p = persons.add(30 * 12, 0, 0, Skill.LOW, Status.UNEMPLOYED, false);
        persons.monthsInStatus[p] = 5;
        persons.changeStatus(p, Status.DISCOURAGED);
        persons.monthsInStatus[p] = 3;
        assertEquals(8, persons.monthsWithoutWork(p));
        persons.changeStatus(p, Status.UNEMPLOYED);
        persons.monthsInStatus[p] = 2;
        assertEquals(10, persons.monthsWithoutWork(p));
        persons.changeStatus(p, Status.EMPLOYED);
        assertEquals(0, persons.monthsWithoutWork(p));
        persons.monthsInStatus[p] = 7;
        persons.changeStatus(p, Status.UNEMPLOYED);
        persons.monthsInStatus[p] = 1;
        assertEquals(1, persons.monthsWithoutWork(p));
    }
}

package uk.lpip.sim.api;

import java.util.Arrays;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Every person's state in one recorded month, copied out of the model: what an evaluator of a
 * trial observes of its units (status, zone, council, age, months without work, monthly wage).
 * Ids match across the arms of a replicate, as in {@link Population}.
 *
 * @param reportedMonth     the month after the burn-in the copy was taken at (after its phases)
 * @param status            each person's {@code Status} code
 * @param zone              each person's zone index
 * @param council           each person's council index (of their zone)
 * @param age               each person's age, years
 * @param skill             each person's skill level (0 none, 1 low, 2 medium, 3 high)
 * @param monthsWithoutWork each person's months without work (0 for those in work or education)
 * @param monthlyWage       each person's monthly earnings, £: the job's rate times its hours (0 for those without work)
 */
public record Cohort(int reportedMonth, byte[] status, int[] zone, int[] council, int[] age, byte[] skill, int[] monthsWithoutWork,
                     double[] monthlyWage) {
    /** Status codes an evaluator distinguishes. */
    public static final byte EMPLOYED = Status.EMPLOYED;
    public static final byte UNEMPLOYED = Status.UNEMPLOYED;
    public static final byte DISCOURAGED = Status.DISCOURAGED;
    public static final byte CARING = Status.CARING;
    public static final byte LONG_TERM_SICK = Status.LONG_TERM_SICK;
    public static final byte RETIRED = Status.RETIRED;

    /** The persons in the copy. */
    public int size() {
        return status.length;
    }

    /** Whether person {@code p} is of working age (16–64) and alive in this month. */
    public boolean workingAge(int p) {
        return Status.isAlive(status[p]) && status[p] != Status.CHILD && status[p] != Status.PENSIONER && age[p] >= 16
                && age[p] <= 64;
    }

    /** The status name of person {@code p} (as in the scenario format: unemployed, long_term_sick, ...). */
    public String statusName(int p) {
        return Status.name(status[p]);
    }

    static Cohort of(Economy e) {
        Persons persons = e.persons;
        int n = persons.count();
        int[] council = new int[n];
        int[] age = new int[n];
        int[] without = new int[n];
        double[] wage = new double[n];
        for (int p = 0; p < n; p++) {
            council[p] = e.places.councilOf(persons.zone[p]);
            age[p] = persons.ageYears(p);
            without[p] = Persons.withoutWork(persons.status[p]) ? persons.monthsWithoutWork(p) : 0;
            wage[p] = persons.earnings(p);
        }
        return new Cohort(e.reportedMonth(), Arrays.copyOf(persons.status, n), persons.zones(n), council, age,
                Arrays.copyOf(persons.skill, n), without, wage);
    }
}

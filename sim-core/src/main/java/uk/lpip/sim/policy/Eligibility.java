package uk.lpip.sim.policy;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Who a people-based intervention may reach, and in what order: its statuses, its target zones
 * and its {@link WhoSpec} (age band, time without work, benefit receipt, reasons for inactivity),
 * minus those it has already taken within the re-entry period. Shared by the skills programme,
 * outreach and the wage subsidy, so "eligible" means the same in each.
 *
 * <p>Call {@link #prepare} once in a month before {@link #admits}; {@link #started} records a
 * participant (a start, a contact, a subsidised hire).
 */
final class Eligibility {
    /** The selection rules of a programme's places. */
    static final String RANDOM = "random";
    static final String LONGEST_WITHOUT_WORK = "longest_unemployed_first";
    static final String OUTREACH_LED = "outreach_led";

    private final EligibleStatuses statuses;
    private final WhoSpec who;
    private final boolean[] targetZone;
    private final boolean caring;
    private final boolean sick;
    private final boolean retired;
    private final TaxBenefit rules;
    /** Month each person last started, or {@link Integer#MIN_VALUE}. */
    private int[] lastStart = new int[0];
    /** Whether each household has a positive means-tested award (when benefit receipt is a criterion). */
    private boolean[] claimant = new boolean[0];

    Eligibility(EligibleStatuses statuses, WhoSpec who, boolean[] targetZone, Economy e) {
        this.statuses = statuses;
        this.who = who;
        this.targetZone = targetZone;
        Targeting.check(who.inactiveReasons(), List.of("caring", "long_term_sick", "retired"), "inactivity reason");
        this.caring = who.inactiveReasons().contains("caring");
        this.sick = who.inactiveReasons().contains("long_term_sick");
        this.retired = who.inactiveReasons().contains("retired");
        Targeting.check(List.of(who.benefitReceipt()), List.of("any", "claimants", "non_claimants"),
                "benefit receipt");
        this.rules = new TaxBenefit(e.config.taxBenefit());
    }

    /**
     * The checks beyond each key's own bounds: the reasons narrow other_inactive, so they need it;
     * a shortest time without work needs someone out of work to apply to.
     */
    static void check(List<String> eligible, WhoSpec who, SpecChecks c) {
        if (!who.inactiveReasons().containsAll(WhoSpec.DEFAULT.inactiveReasons()) && !eligible.contains("other_inactive")) {
            c.add(".inactive_reasons", "inactive_reasons narrows other_inactive, which is not among those eligible");
        }
        if (who.minMonthsWithoutWork() > 0 && eligible.equals(List.of("low_skilled_employed"))) {
            c.add(".min_months_without_work", "min_months_without_work applies to people out of work, and eligible admits only "
                    + "low_skilled_employed");
        }
    }

    /** Sizes the records to the population and, if benefit receipt matters, works out this month's claimant households. */
    void prepare(Economy e) {
        Persons persons = e.persons;
        if (lastStart.length < persons.count()) {
            int old = lastStart.length;
            lastStart = Arrays.copyOf(lastStart, persons.count() + (persons.count() >> 3));
            Arrays.fill(lastStart, old, lastStart.length, Integer.MIN_VALUE);
        }
        if (!"any".equals(who.benefitReceipt())) {
            claimant = claimants(e);
        }
    }

    /** Whether person {@code p} may be taken in {@code month} (reported months). */
    boolean admits(Economy e, int p, int month) {
        Persons persons = e.persons;
        byte status = persons.status[p];
        if (!targetZone[persons.zone[p]] || !statuses.admits(status, persons.skill[p]) || !persons.isWorkingAge(p)) {
            return false;
        }
        int age = persons.ageYears(p);
        if (age < who.minAge() || age > who.maxAge()) {
            return false;
        }
        if ((status == Status.CARING && !caring) || (status == Status.LONG_TERM_SICK && !sick)
                || (status == Status.RETIRED && !retired)) {
            return false;
        }
        if (Persons.withoutWork(status) && persons.monthsWithoutWork(p) < who.minMonthsWithoutWork()) {
            return false;
        }
        if (!"any".equals(who.benefitReceipt())
                && claimant[persons.household[p]] != "claimants".equals(who.benefitReceipt())) {
            return false;
        }
        if (who.offerShare() < 1 && !(e.random.uniform(Purpose.TRIAL_OFFER, 0, RandomKey.of(p)) < who.offerShare())) {
            return false; // randomised to control (WhoSpec.offered draws the same number)
        }
        return !excluded(p, month);
    }

    /** A past participant within the re-entry period. */
    boolean excluded(int p, int month) {
        int last = p < lastStart.length ? lastStart[p] : Integer.MIN_VALUE;
        if (last == Integer.MIN_VALUE) {
            return false;
        }
        return who.rejoinAfterMonths() >= WhoSpec.NEVER || month - last < who.rejoinAfterMonths();
    }

    void started(int p, int month) {
        lastStart[p] = month;
    }

    /**
     * The eligible people, best first by the rule: {@code random}; {@code longest_unemployed_first},
     * everyone without work by months without work (longest first), then any employed the
     * programme admits; {@code outreach_led}, those outreach has contacted first. Ties (and the
     * random rule) are broken by a keyed draw, so both arms of an experiment rank alike.
     */
    int[] ranked(Economy e, PolicyContext context, String rule, int month, IntPredicate alsoExcluded) {
        Persons persons = e.persons;
        long[] keys = new long[64];
        int n = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (alsoExcluded.test(p) || !admits(e, p, month)) {
                continue;
            }
            // Rank key (31 bits): the rule's priority (15 bits), then 16 bits of luck; the person id fills the low 31 bits.
            long luck = (long) (e.random.uniform(Purpose.PROGRAMME_SELECTION, e.month(), p) * (1 << 16));
            long priority = switch (rule) {
                case LONGEST_WITHOUT_WORK -> Persons.withoutWork(persons.status[p])
                        ? Short.MAX_VALUE - 1 - Math.min(persons.monthsWithoutWork(p), Short.MAX_VALUE - 1) : Short.MAX_VALUE;
                case OUTREACH_LED -> context.wasContacted(p) ? 0L : 1L;
                default -> 0L;
            };
            if (n == keys.length) {
                keys = Arrays.copyOf(keys, n * 2);
            }
            keys[n++] = (((priority << 16) | luck) << 31) | p;
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (sorted[i] & 0x7FFFFFFFL);
        }
        return out;
    }

    /** Households whose means-tested award at their current earnings is positive. */
    private boolean[] claimants(Economy e) {
        Persons persons = e.persons;
        int households = e.households.count();
        int[] adults = new int[households];
        int[] children = new int[households];
        double[] net = new double[households];
        for (int p = 0; p < persons.count(); p++) {
            byte s = persons.status[p];
            int h = persons.household[p];
            if (s == Status.DEAD || s == Status.PENSIONER) {
                continue;
            }
            if (s == Status.CHILD) {
                children[h]++;
                continue;
            }
            adults[h]++;
            if (s == Status.EMPLOYED) {
                double wage = persons.earnings(p);
                net[h] += wage - rules.incomeTax(wage) - rules.employeeNi(wage);
            }
        }
        boolean[] out = new boolean[households];
        for (int h = 0; h < households; h++) {
            out[h] = rules.benefit(adults[h], children[h], net[h]) > 0;
        }
        return out;
    }
}

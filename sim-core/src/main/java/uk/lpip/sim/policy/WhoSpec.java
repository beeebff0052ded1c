package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;

/**
 * Who a people-based intervention (skills programme, outreach, wage subsidy) may reach beyond its
 * statuses: an age band, a shortest time without work, benefit receipt, the reasons for
 * inactivity admitted, and when a past participant may take part again. Its keys sit in the
 * intervention's own entry (the scenario format flattens it); {@link Eligibility} applies it.
 *
 * @param minAge                youngest age admitted, years
 * @param maxAge                oldest age admitted, years
 * @param minMonthsWithoutWork  shortest time without work ({@code Persons.monthsWithoutWork}) for those out of work
 * @param benefitReceipt        any, claimants (in a household with a positive means-tested award) or non_claimants
 * @param inactiveReasons       the reasons for inactivity "other_inactive" admits
 * @param rejoinAfterMonths     months after starting before a past participant may start again;
 *                              {@link #NEVER} (the fallback) means not again in the run
 * @param offerShare            share of people randomised to the offer (an individual randomised trial): a person is
 *                              offered when their own fixed draw ({@link #offered}) is below it; 1 (the fallback) offers everyone
 */
@Levers(title = "who is eligible", description = "age band, time without work, benefit receipt, reasons, re-entry")
public record WhoSpec(
        @Lever(key = "min_age", min = 16, max = 64, doc = "youngest age admitted", unit = "years", example = "18",
                fallback = "18") int minAge,
        @Lever(key = "max_age", min = 16, max = 64, doc = "oldest age admitted", unit = "years", example = "64",
                fallback = "64") int maxAge,
        @Lever(key = "min_months_without_work", min = 0, max = 600,
                doc = "shortest time without work (unemployed or inactive, across consecutive spells) for those out of work; "
                        + "the employed a programme admits are not held to it",
                unit = "months", example = "6", fallback = "0") int minMonthsWithoutWork,
        @Lever(key = "benefit_receipt", oneOf = {"any", "claimants", "non_claimants"},
                doc = "claimants: living in a household with a positive means-tested (Universal-Credit-like) award",
                example = "claimants", fallback = "any") String benefitReceipt,
        @Lever(key = "inactive_reasons", oneOf = {"caring", "long_term_sick", "retired"}, minItems = 1,
                doc = "the reasons for inactivity that other_inactive admits", example = "[long_term_sick]",
                fallback = "[caring, long_term_sick, retired]") List<String> inactiveReasons,
        @Lever(key = "rejoin_after_months", min = 1, max = 1200,
                doc = "months after starting (or being contacted) before a past participant may be selected again; "
                        + "1200, the fallback, means not again in the run",
                unit = "months", example = "24", fallback = "1200") int rejoinAfterMonths,
        @Lever(key = "offer_share", min = 0, max = 1,
                doc = "share of people randomised to the offer, as in an individual randomised trial: each person's allocation "
                        + "is one draw of their own key for the whole run (the same in every arm of a replicate); "
                        + "those not offered are never eligible. 1, the fallback, offers everyone",
                unit = "share", example = "0.5", fallback = "1") double offerShare) {
    /** {@code rejoin_after_months} meaning "not again in the run". */
    public static final int NEVER = 1200;

    /** Everyone of working age from 18, any time without work, once per run. */
    public static final WhoSpec DEFAULT = new WhoSpec(18, 64, 0, "any", List.of("caring", "long_term_sick", "retired"), NEVER, 1.0);

    public WhoSpec {
        inactiveReasons = List.copyOf(inactiveReasons);
        if (minAge > maxAge) {
            throw new IllegalArgumentException("min_age (" + minAge + ") is above max_age (" + maxAge + ")");
        }
    }

    /** An age band and a shortest time without work; the other keys at their fallbacks. */
    public static WhoSpec of(int minAge, int maxAge, int minMonthsWithoutWork) {
        return new WhoSpec(minAge, maxAge, minMonthsWithoutWork, "any", DEFAULT.inactiveReasons(), NEVER, 1.0);
    }

    /** The same rules with {@code offer_share} set. */
    public WhoSpec withOfferShare(double share) {
        return new WhoSpec(minAge, maxAge, minMonthsWithoutWork, benefitReceipt, inactiveReasons, rejoinAfterMonths, share);
    }

    /**
     * Whether person {@code person} of a run seeded {@code seed} is randomised to the offer at
     * {@code share}: one draw of the person's own key (purpose {@code TRIAL_OFFER}, month 0), so the
     * allocation is fixed for the run and the same in every arm. An evaluator recomputes it to know
     * who was offered.
     */
    public static boolean offered(long seed, int person, double share) {
        return share >= 1 || new KeyedRandom(seed).uniform(Purpose.TRIAL_OFFER, 0, RandomKey.of(person)) < share;
    }
}

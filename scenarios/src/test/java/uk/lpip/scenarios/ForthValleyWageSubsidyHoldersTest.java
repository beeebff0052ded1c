package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.labour.Employability;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.policy.Interventions;
import uk.lpip.sim.policy.Participant;
import uk.lpip.sim.rules.ReservationWage;
import uk.lpip.sim.state.Status;

/**
 * Why the bundled Forth Valley wage subsidy's post holders ({@code posts: additional}, {@code jobs:
 * temporary}) are still behind the same people without it 18 months after their post ended
 * (docs/interventions.md), traced person by person in paired runs of the bundled scenario at its own
 * scale, pooled over three replicate seeds.
 *
 * <p>It is the model's economics, in two steps. <b>Lock-in</b>: while in the post the holders search
 * only as the employed do, while their baseline selves go on searching and a fifth of them find work
 * in those six months; those whose baseline self was in work when the post ended carry the whole gap
 * two years on, the others are not behind. <b>Giving up after the post</b>: the post's end starts a new
 * spell of unemployment, and in the fitted region the hazard of giving up search is highest at the
 * start of a spell ({@code labour.discouragement.duration_effect_per_year} about −0.5: it halves in a
 * year and is 0 after two), while their baseline selves, out of work for a year or more, have almost
 * stopped giving up. Their chance of finding work is higher than their baseline selves' (the callbacks
 * restart with the spell), but about as many leave unemployment for discouragement as for work, and
 * the discouraged return slowly. With the hazard of giving up switched off (in both arms) they are
 * not behind at 24 months. The post's pay added to it while posts paid the employer's posted wage
 * ({@code post_pay: posted}; the bundled scenario now pays the minimum, as the schemes did): for the three-month permitted period the
 * holder's reservation wage starts from it (most posts pay above the minimum wage), while their
 * baseline selves, out of work for longer, ask the minimum; with the minimum asked by everyone
 * (in both arms) about twice as many are in work in the month the post ends and the gap at 24 months
 * is much smaller. Neither the match chance (the holders find work faster than their baseline selves
 * after the post) nor skill scarring (their spells are shorter) holds them back.
 */
class ForthValleyWageSubsidyHoldersTest {
    /** The traces below were made without search support in the post (the bundled scenario has it since 2026-12-02). */
    private static final String NO_SUPPORT = "interventions[0].search_support_months=0";

    private static final int SEEDS = 3;

    /** One arm's monthly snapshots. */
    private static final class Arm {
        final List<byte[]> status = new ArrayList<>();
        final List<short[]> spell = new ArrayList<>();
        final List<float[]> wage = new ArrayList<>();
        final List<byte[]> skill = new ArrayList<>();
        boolean[] low = new boolean[0];
        LabourConfig lc;
        final List<Participant> holders = new ArrayList<>();

        byte status(int m, int p) {
            byte[] s = status.get(m);
            return p < s.length ? s[p] : Status.DEAD;
        }
    }

    /** Per-person paired differences and the monthly flows of the holders after their post, pooled over runs. */
    private static final class Tally {
        final Diff[] employedAt24ByGroup = {new Diff(), new Diff()};   // baseline self in work at k = 6, or not
        final Diff employed24 = new Diff();
        final Diff discouraged24 = new Diff();
        final Diff skill24 = new Diff();
        int holders;
        int baselineInWorkAt0;
        int baselineInWorkAt6;
        int inWorkAt6;
        final long[] unemployedMonths = new long[2];   // with, without
        final long[] toWork = new long[2];
        final long[] toDiscouraged = new long[2];
        final double[] spellSum = new double[2];
        final long[] reservationAboveMinimum = new long[2];
        /** Holders' pay in the post as a multiple of the minimum wage: below 1.1, 1.1 to 1.5, 1.5 and above. */
        final int[] postPay = new int[3];
    }

    /** Sums of paired differences (with less without) for a mean and its standard error. */
    private static final class Diff {
        long n;
        double sum;
        double sumSq;

        void add(double d) {
            n++;
            sum += d;
            sumSq += d * d;
        }

        double mean() {
            return sum / n;
        }

        double se() {
            double m = mean();
            return Math.sqrt((sumSq / n - m * m) / (n - 1));
        }

        @Override
        public String toString() {
            return String.format("%+.1f pp ± %.1f (n %d)", 100 * mean(), 100 * 1.96 * se(), n);
        }
    }

    private static Arm run(Scenario s, boolean with) {
        Arm arm = new Arm();
        try (EconomyModel m = new EconomyModel(s.model(), 2, Interventions.factory(with ? s.interventions() : List.of()))) {
            m.addStateProbe(e -> {
                if (e.reportedMonth() >= 0) {
                    int n = e.persons.count();
                    arm.status.add(Arrays.copyOf(e.persons.status, n));
                    arm.spell.add(Arrays.copyOf(e.persons.monthsInStatus, n));
                    arm.wage.add(Arrays.copyOf(e.persons.monthlyWage, n));
                    arm.skill.add(Arrays.copyOf(e.persons.skill, n));
                    if (arm.low.length < n) {
                        arm.low = new boolean[n];
                        for (int p = 0; p < n; p++) {
                            arm.low[p] = Employability.isLow(e, p);
                        }
                    }
                }
            });
            m.run();
            arm.lc = m.economy().config.labour();
            if (with) {
                arm.holders.addAll(m.interventions().get(0).allParticipants());
            }
        }
        return arm;
    }

    private static Tally tally(List<String> settings) throws Exception {
        Tally t = new Tally();
        for (int r = 0; r < SEEDS; r++) {
            List<String> sets = new ArrayList<>(settings);
            sets.add("run.seed=" + Simulation.replicateSeed(20_260_101L, r));
            Scenario s = ScenarioLoader.load("forth-valley-wage-subsidy", sets);
            Arm without = run(s, false);
            Arm with = run(s, true);
            int months = with.status.size();
            for (Participant h : with.holders) {
                int p = h.person();
                int s0 = h.startMonth();
                if (s0 + 24 >= months) {
                    continue;
                }
                t.holders++;
                t.baselineInWorkAt0 += without.status(s0, p) == Status.EMPLOYED ? 1 : 0;
                boolean baselineAt6 = without.status(s0 + 6, p) == Status.EMPLOYED;
                t.baselineInWorkAt6 += baselineAt6 ? 1 : 0;
                t.inWorkAt6 += with.status(s0 + 6, p) == Status.EMPLOYED ? 1 : 0;
                double pay = with.wage.get(s0)[p] / with.lc.minimumMonthlyWage();
                t.postPay[pay < 1.1 ? 0 : pay < 1.5 ? 1 : 2]++;
                int m = s0 + 24;
                double employed = (with.status(m, p) == Status.EMPLOYED ? 1 : 0) - (without.status(m, p) == Status.EMPLOYED ? 1 : 0);
                t.employed24.add(employed);
                t.employedAt24ByGroup[baselineAt6 ? 0 : 1].add(employed);
                t.discouraged24.add((with.status(m, p) == Status.DISCOURAGED ? 1 : 0)
                        - (without.status(m, p) == Status.DISCOURAGED ? 1 : 0));
                t.skill24.add(with.skill.get(m)[p] - without.skill.get(m)[p]);
                Arm[] arms = {with, without};
                for (int a = 0; a < 2; a++) {
                    Arm arm = arms[a];
                    for (int k = 6; k < 24; k++) {
                        int month = s0 + k;
                        if (arm.status(month, p) != Status.UNEMPLOYED) {
                            continue;
                        }
                        t.unemployedMonths[a]++;
                        byte next = arm.status(month + 1, p);
                        t.toWork[a] += next == Status.EMPLOYED ? 1 : 0;
                        t.toDiscouraged[a] += next == Status.DISCOURAGED ? 1 : 0;
                        short spell = arm.spell.get(month)[p];
                        t.spellSum[a] += spell;
                        double reservation = ReservationWage.of(arm.lc, arm.wage.get(month)[p], arm.skill.get(month)[p], spell);
                        t.reservationAboveMinimum[a] += reservation > arm.lc.minimumMonthlyWage() * 1.000001 ? 1 : 0;
                    }
                }
            }
        }
        return t;
    }

    private static double rate(long x, long of) {
        return (double) x / of;
    }

    private static void print(String label, Tally t) {
        System.out.printf("%s: %d post holders observed 24 months; baseline selves in work at the start %.1f%%, when the"
                        + " post ended (k = 6) %.1f%% (holders %.1f%%)%n", label, t.holders,
                100.0 * t.baselineInWorkAt0 / t.holders, 100.0 * t.baselineInWorkAt6 / t.holders, 100.0 * t.inWorkAt6 / t.holders);
        System.out.printf("  in work at 24 months, with less without: all %s; baseline self in work at k = 6 %s; not %s%n",
                t.employed24, t.employedAt24ByGroup[0], t.employedAt24ByGroup[1]);
        System.out.printf("  discouraged at 24 months %s; skill level %+.3f; post's pay / minimum wage: below 1.1 %.0f%%,"
                        + " 1.1 to 1.5 %.0f%%, 1.5 and above %.0f%%%n", t.discouraged24, t.skill24.mean(),
                100.0 * t.postPay[0] / t.holders, 100.0 * t.postPay[1] / t.holders, 100.0 * t.postPay[2] / t.holders);
        String[] arm = {"with", "without"};
        for (int a = 0; a < 2; a++) {
            System.out.printf("  %s, unemployed months k = 6..23: %d, next month in work %.1f%%, discouraged %.1f%%;"
                            + " mean spell %.1f months; reservation wage above the minimum in %.1f%%%n", arm[a],
                    t.unemployedMonths[a], 100 * rate(t.toWork[a], t.unemployedMonths[a]),
                    100 * rate(t.toDiscouraged[a], t.unemployedMonths[a]), t.spellSum[a] / t.unemployedMonths[a],
                    100 * rate(t.reservationAboveMinimum[a], t.unemployedMonths[a]));
        }
    }

    @Test
    void holdersAreBehindThroughLockInAndGivingUpAtTheStartOfTheSpellThePostsEndBegins() throws Exception {
        // Traced with posts paying the employer's posted wage (post_pay: posted), the representation before
        // 2026-12-02; the bundled scenario now pays the minimum wage, as the schemes did (checked at the end).
        // Also without the search support the bundled scenario has since (search_support_months: 3).
        String posted = "interventions[0].post_pay=posted";
        Tally base = tally(List.of(posted, NO_SUPPORT));
        Tally noGivingUp = tally(List.of(posted, NO_SUPPORT, "labour.discouragement.base_hazard=0"));
        Tally minimumAsked = tally(List.of(posted, NO_SUPPORT, "labour.permitted_period_months=0"));
        print("bundled", base);
        print("no giving up (labour.discouragement.base_hazard=0, both arms)", noGivingUp);
        print("reservation wage the minimum (labour.permitted_period_months=0, both arms)", minimumAsked);

        assertTrue(base.holders >= 300, "holders observed: " + base.holders);
        Diff all = base.employed24;
        // Distinguishably behind on the long-spells fits (-9.6 pp ± 4.7); on the time-to-fill fits of 2026-12-02 the gap is
        // -4.9 ± 4.9, borderline, so only its sign is held here.
        assertTrue(all.mean() < 0, "behind at 24 months: " + all);

        // Lock-in: the baseline selves find work while the holders are in the post, and those who did carry the gap.
        assertTrue(base.baselineInWorkAt6 - base.baselineInWorkAt0 > 0.1 * base.holders,
                "baseline selves in work at the start " + base.baselineInWorkAt0 + ", when the post ended " + base.baselineInWorkAt6);
        Diff locked = base.employedAt24ByGroup[0];
        Diff rest = base.employedAt24ByGroup[1];
        assertTrue(locked.mean() + 1.96 * locked.se() < 0, "baseline self in work when the post ended: " + locked);
        assertTrue(rest.mean() > locked.mean() + 0.15 && rest.mean() > -0.05, "the others: " + rest + " against " + locked);

        // Not the match chance: after the post the holders find work faster than their baseline selves do.
        assertTrue(rate(base.toWork[0], base.unemployedMonths[0]) > rate(base.toWork[1], base.unemployedMonths[1]),
                "finding work from unemployment after the post, with against without");
        // But they give up far more often, at the start of the spell the post's end began.
        double givingUpWith = rate(base.toDiscouraged[0], base.unemployedMonths[0]);
        double givingUpWithout = rate(base.toDiscouraged[1], base.unemployedMonths[1]);
        assertTrue(givingUpWith > 1.5 * givingUpWithout, "giving up: " + givingUpWith + " against " + givingUpWithout);
        assertTrue(base.spellSum[0] / base.unemployedMonths[0] < 0.5 * base.spellSum[1] / base.unemployedMonths[1],
                "the holders' spells restarted");
        Diff discouraged = base.discouraged24;
        assertTrue(discouraged.mean() - 1.96 * discouraged.se() > 0 && discouraged.mean() > -0.5 * all.mean(),
                "discouraged at 24 months: " + discouraged + ", against in work " + all);

        // Without giving up, the lock-in wears off: not behind at 24 months, and clearly above the bundled gap.
        Diff off = noGivingUp.employed24;
        assertTrue(off.mean() + 1.96 * off.se() > 0, "without giving up, at 24 months: " + off);
        assertTrue(off.mean() - all.mean() > 1.96 * Math.hypot(off.se(), all.se()),
                "without giving up " + off + " against " + all);
        // The reservation wage from the post's pay holds them out too: asking the minimum (in both arms), more are in
        // work in the month the post ends, and the gap at 24 months is clearly smaller.
        Diff minimum = minimumAsked.employed24;
        // Distinguishably more, the holders of the two runs taken as independent samples (2026-12-03, on the
        // entry-replaces-posts fit: 93 of 569 against 60 of 527; 1.5 times as many on the fits before).
        double pMin = (double) minimumAsked.inWorkAt6 / minimumAsked.holders;
        double pBase = (double) base.inWorkAt6 / base.holders;
        assertTrue(pMin - pBase > 1.96 * Shares.gapSe(pMin, minimumAsked.holders, pBase, base.holders),
                "in work when the post ended, asking the minimum " + minimumAsked.inWorkAt6 + " of " + minimumAsked.holders
                        + ", bundled " + base.inWorkAt6 + " of " + base.holders);
        // Distinguishable on the long-spells fits; on the time-to-fill fits +0.0 ± 4.9 against -4.9 ± 4.9: the direction is held.
        assertTrue(minimum.mean() > all.mean(),
                "asking the minimum " + minimum + " against " + all);
        // Not skill scarring: the holders' spells are shorter, and they are not less skilled than their baseline selves.
        assertTrue(base.skill24.mean() >= 0, "skill level, with less without: " + base.skill24.mean());
    }

    @Test
    void postsPaidAtTheMinimumWageLeaveNoReservationWageAboveItAfterThePost() throws Exception {
        Tally posted = tally(List.of("interventions[0].post_pay=posted", NO_SUPPORT));
        Tally minimum = tally(List.of(NO_SUPPORT));   // the bundled scenario's post_pay: minimum
        print("posts at the employer's posted wage", posted);
        print("posts at the minimum wage (bundled)", minimum);
        double above = rate(minimum.reservationAboveMinimum[0], minimum.unemployedMonths[0]);
        double abovePosted = rate(posted.reservationAboveMinimum[0], posted.unemployedMonths[0]);
        assertTrue(above < 0.5 * abovePosted && above <= rate(minimum.reservationAboveMinimum[1],
                minimum.unemployedMonths[1]) + 0.02, "after the post, months asking above the minimum: " + above
                + " (posted pay " + abovePosted + ")");
        assertTrue(minimum.postPay[0] >= 0.95 * minimum.holders, "posts pay under 1.1 times the minimum wage: " + minimum.postPay[0] + " of " + minimum.holders + " (" + minimum.postPay[1] + ", " + minimum.postPay[2] + " above)");
    }
}

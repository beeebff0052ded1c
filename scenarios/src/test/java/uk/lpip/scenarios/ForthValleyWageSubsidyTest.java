package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.api.EmploymentHistory;
import uk.lpip.sim.api.ParticipantOutcome;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.policy.Interventions;
import uk.lpip.sim.policy.Participant;
import uk.lpip.sim.state.Status;

/**
 * The bundled Forth Valley wage subsidy's participants against the same people without it
 * (docs/interventions.md), in its two versions, one paired run each at the scenario's own scale and
 * seed. With {@code posts: existing} (subsidised hires into the firms' regular vacancies), split by
 * whether their baseline self was in work in the month they were hired, those who would have been in
 * work anyway are behind a year and two years on (the subsidy turned a job they would have kept into
 * a six-month job that ended), while the others are ahead. With the bundled {@code posts: additional}
 * (extra posts created for the scheme) far fewer of the participants would have been in work anyway
 * in their start month.
 */
class ForthValleyWageSubsidyTest {
    private static List<byte[]> run(ModelConfig c, Scenario s, boolean with, List<Participant> hires) {
        List<byte[]> status = new ArrayList<>();
        try (EconomyModel m = new EconomyModel(c, 2, Interventions.factory(with ? s.interventions() : List.of()))) {
            m.addStateProbe(e -> {
                if (e.reportedMonth() >= 0) {
                    status.add(Arrays.copyOf(e.persons.status, e.persons.count()));
                }
            });
            m.run();
            if (with) {
                hires.addAll(m.interventions().get(0).allParticipants());
            }
        }
        return status;
    }

    /** Participants in work, or not, in their start month without the subsidy: {anyway, otherwise}. */
    private static List<List<Participant>> split(List<Participant> hires, List<byte[]> without) {
        List<Participant> anyway = new ArrayList<>();
        List<Participant> otherwise = new ArrayList<>();
        for (Participant h : hires) {
            byte[] b = without.get(h.startMonth());
            (h.person() < b.length && b[h.person()] == Status.EMPLOYED ? anyway : otherwise).add(h);
        }
        return List.of(anyway, otherwise);
    }

    private static void print(String version, List<Participant> hires, List<List<Participant>> split, List<byte[]> with,
                              List<byte[]> without) {
        EmploymentHistory a = EmploymentHistory.of(with);
        EmploymentHistory b = EmploymentHistory.of(without);
        System.out.printf("forth-valley-wage-subsidy, posts: %s: %d subsidised hires, %.0f%% in work in their start month"
                + " without it%n", version, hires.size(), 100.0 * split.get(0).size() / hires.size());
        for (int k : new int[] {5, 6, 12, 24}) {
            ParticipantOutcome all = ParticipantOutcome.of(hires, k, a, b);
            ParticipantOutcome x = ParticipantOutcome.of(split.get(0), k, a, b);
            ParticipantOutcome y = ParticipantOutcome.of(split.get(1), k, a, b);
            System.out.printf("  %2d months: all %.1f%% vs %.1f%% (%+.1f pp); in work anyway %.1f%% vs %.1f%% (%+.1f pp);"
                            + " not %.1f%% vs %.1f%% (%+.1f pp)%n", k,
                    100 * all.shareWith(), 100 * all.shareWithout(), 100 * all.effect(),
                    100 * x.shareWith(), 100 * x.shareWithout(), 100 * x.effect(),
                    100 * y.shareWith(), 100 * y.shareWithout(), 100 * y.effect());
        }
    }

    @Test
    void existingVacancyParticipantsWhoWouldHaveBeenInWorkAnywayAreBehindAndAdditionalPostsHaveLessDeadweight()
            throws Exception {
        Scenario additional = ScenarioLoader.load("forth-valley-wage-subsidy");
        Scenario existing = ScenarioLoader.load("forth-valley-wage-subsidy", List.of("interventions[0].posts=existing"));
        List<byte[]> without = run(additional.model(), additional, false, new ArrayList<>());
        List<Participant> posts = new ArrayList<>();
        List<byte[]> withPosts = run(additional.model(), additional, true, posts);
        List<Participant> hires = new ArrayList<>();
        List<byte[]> withHires = run(existing.model(), existing, true, hires);
        List<List<Participant>> postSplit = split(posts, without);
        List<List<Participant>> hireSplit = split(hires, without);
        print("additional", posts, postSplit, withPosts, without);
        print("existing", hires, hireSplit, withHires, without);

        EmploymentHistory a = EmploymentHistory.of(withHires);
        EmploymentHistory b = EmploymentHistory.of(without);
        for (int k : new int[] {12, 24}) {
            ParticipantOutcome x = ParticipantOutcome.of(hireSplit.get(0), k, a, b);
            ParticipantOutcome y = ParticipantOutcome.of(hireSplit.get(1), k, a, b);
            assertTrue(x.observed() >= 30 && y.observed() >= 30, x.observed() + ", " + y.observed());
            assertTrue(x.effect() + 1.96 * x.effectSe() < 0, k + " months, in work anyway: " + x.effect() + " ± " + x.effectSe());
            // Those otherwise out of work are not distinguishably behind, and fare better than those in work anyway
            // (after the time-to-fill refit of 2026-12-02 their 12-month effect was -5.6 pp ± 7.5, +ve before).
            assertTrue(y.effect() + 1.96 * y.effectSe() > 0, k + " months, otherwise out of work: " + y.effect() + " ± " + y.effectSe());
            assertTrue(y.effect() > x.effect(), k + " months, otherwise out of work " + y.effect() + " against in work anyway " + x.effect());
        }
        double deadweightPosts = (double) postSplit.get(0).size() / posts.size();
        double deadweightHires = (double) hireSplit.get(0).size() / hires.size();
        assertTrue(posts.size() >= 100, "posts: " + posts.size());
        // Distinguishably less: 0.32 against 0.63 on the entry-replaces-posts fit of 2026-12-03 (below half on the fits
        // before, which this test held; now just over). The two schemes' participants taken as independent samples.
        assertTrue(deadweightHires - deadweightPosts > 1.96 * Shares.gapSe(deadweightPosts, posts.size(), deadweightHires,
                hires.size()),
                "in work anyway at the start: additional posts " + deadweightPosts + ", existing vacancies " + deadweightHires);
        ParticipantOutcome inPost = ParticipantOutcome.of(posts, 5, EmploymentHistory.of(withPosts), b);
        assertTrue(inPost.effect() - 1.96 * inPost.effectSe() > 0.3, "ahead in the post's last month: " + inPost.effect());
    }
}

package uk.lpip.sim.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.api.EmploymentHistory;
import uk.lpip.sim.api.ParticipantOutcome;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.state.Status;

/**
 * Why a temporary wage subsidy into existing vacancies ({@code posts: existing}) can leave its
 * participants worse off than the same people without it, read person by person from paired arms
 * (the measure every run prints, {@link ParticipantOutcome}). The additional-post version is in
 * {@link WageSubsidyPostsTest}.
 *
 * <p>First, timing: a six-month subsidised job hired in month s is worked and paid in months s to
 * s + 5 and ends at the start of s + 6, before that month's search, so the person can be hired again
 * in s + 6. (Until 2026-12-02 it ended after the labour market of s + 6: the person was paid an
 * unsubsidised seventh month, recorded out of work in it and kept out of its search, so the
 * participants' share in work six months after starting was close to zero by construction.)
 *
 * <p>Second, the mechanism: the subsidy reorders applicants to the firms' existing vacancies, so many
 * subsidised hires are of people the same vacancies would have hired anyway. For them a job they
 * would have kept becomes a six-month job that ends, and they are behind their own counterfactual a
 * year after starting; the participants whose counterfactual was to stay out of work gain. With
 * {@code jobs: ongoing} (no end by rule) the first group is not behind: the end of the job is what
 * puts them there.
 */
class WageSubsidyParticipantsTest {
    private static final ModelConfig PLACE = WageSubsidyTest.ownersElsewhere(TestPlaces.place(30_000, 30, 24, 77));

    private static WageSubsidySpec subsidy(String jobs) {
        CommonSpec c = new CommonSpec("kickstart", List.of(), List.of(), 0, 12, "uk_government",
                CostType.OUTSOURCED_PROGRAMME, Double.POSITIVE_INFINITY);
        return new WageSubsidySpec(c, 1.0, 6, WhoSpec.of(16, 29, 1), 2, jobs, "existing", 0, "minimum", 0);
    }

    private static List<Participant> hires(Paired run) {
        return ((WageSubsidy) run.intervention.interventions.get(0)).allParticipants();
    }

    /** Participants whose baseline self was, or was not, in work in their start month. */
    private static List<Participant> byCounterfactual(Paired run, List<Participant> people, boolean inWork) {
        List<Participant> out = new ArrayList<>();
        for (Participant h : people) {
            byte[] s = run.baseline.status.get(h.startMonth());
            if ((h.person() < s.length && s[h.person()] == Status.EMPLOYED) == inWork) {
                out.add(h);
            }
        }
        return out;
    }

    private static ParticipantOutcome outcome(Paired run, List<Participant> people, int months) {
        return ParticipantOutcome.of(people, months, EmploymentHistory.of(run.intervention.status),
                EmploymentHistory.of(run.baseline.status));
    }

    @Test
    void aSubsidisedJobIsWorkedForItsSixMonthsAndItsHolderSearchesInTheMonthItEnds() {
        Paired run = new Paired(PLACE, List.of(subsidy("temporary")));
        List<Participant> full = hires(run).stream().filter(Participant::completes).toList();
        assertTrue(full.size() >= 50, "subsidised jobs that ran their six months: " + full.size());
        int backInWork = 0;
        int observed = 0;
        for (Participant h : full) {
            for (int k = 0; k < 6; k++) {
                byte s = run.intervention.status.get(h.startMonth() + k)[h.person()];
                assertTrue(s == Status.EMPLOYED, "a subsidised job paid for six months is in work in each: person "
                        + h.person() + " month " + k + " after starting");
            }
            assertTrue(h.endMonth() == h.startMonth() + 6, "the job ends after its sixth month: " + h);
            if (h.startMonth() + 6 < run.intervention.status.size()) {
                observed++;
                backInWork += run.intervention.status.get(h.startMonth() + 6)[h.person()] == Status.EMPLOYED ? 1 : 0;
            }
        }
        // Ended before the month's search, some are hired again in it (ended after it, none could be
        // but the few who moved job to job that month).
        double share = (double) backInWork / observed;
        System.out.printf("wage subsidy: %d six-month jobs, %.3f in work again in the month they ended%n", observed, share);
        assertTrue(share > 0.05, "in work in the month the subsidised job ended: " + backInWork + " of " + observed);
    }

    @Test
    void participantsWhoWouldHaveBeenHiredAnywayLoseByTheJobsEndAndTheOthersGain() {
        Paired temporary = new Paired(PLACE, List.of(subsidy("temporary")));
        Paired ongoing = new Paired(PLACE, List.of(subsidy("ongoing")));
        List<Participant> hires = hires(temporary);
        List<Participant> anyway = byCounterfactual(temporary, hires, true);
        List<Participant> otherwise = byCounterfactual(temporary, hires, false);
        ParticipantOutcome a12 = outcome(temporary, anyway, 12);
        ParticipantOutcome o12 = outcome(temporary, otherwise, 12);
        ParticipantOutcome all12 = outcome(temporary, hires, 12);
        List<Participant> anywayOngoing = byCounterfactual(ongoing, hires(ongoing), true);
        ParticipantOutcome g12 = outcome(ongoing, anywayOngoing, 12);
        System.out.printf("wage subsidy at 12 months: all %d %+.1f pp; in work anyway at the start %d (%.0f%%) %+.1f pp"
                        + " (ongoing jobs: %d, %+.1f pp); not %d %+.1f pp%n",
                all12.observed(), 100 * all12.effect(), a12.observed(), 100.0 * anyway.size() / hires.size(),
                100 * a12.effect(), g12.observed(), 100 * g12.effect(), o12.observed(), 100 * o12.effect());
        assertTrue(a12.observed() >= 30 && o12.observed() >= 30 && g12.observed() >= 30,
                a12.observed() + ", " + o12.observed() + ", " + g12.observed());
        assertTrue(a12.effect() + 1.96 * a12.effectSe() < 0,
                "those hired anyway are behind a year on when the job ends by rule: " + a12.effect() + " ± " + a12.effectSe());
        assertTrue(o12.effect() - 1.96 * o12.effectSe() > 0,
                "those who would otherwise have stayed out of work are ahead: " + o12.effect() + " ± " + o12.effectSe());
        assertTrue(g12.effect() + 1.96 * g12.effectSe() > 0,
                "with jobs that do not end by rule, those hired anyway are not behind: " + g12.effect() + " ± " + g12.effectSe());
    }
}

package uk.lpip.sim.labour;

import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * The annual pay review of job stayers. On each anniversary of a hire (12, 24, … months in the
 * job), a worker's pay closes a share of the gap to what the employer now posts for the job —
 * posted wages follow value added per worker at the firm's price and local tightness — raised by
 * a step per year in the job (returns to tenure, capped), and never falls; never below the legal
 * minimum. Hires are paid the posted wage (in the labour market).
 */
public final class PayReview {
    private PayReview() {
    }

    /** The reviewed pay of a worker with {@code months} in the job, or the current pay if no review is due. */
    public static double reviewed(LabourConfig lc, double pay, double posted, int months) {
        if (months <= 0 || months % 12 != 0) {
            return pay;
        }
        int years = Math.min(months / 12, lc.tenurePayCapYears());
        double target = posted * (1.0 + lc.tenurePayStep() * years);
        double next = pay + lc.payReviewAdjustment() * (target - pay);
        return Math.max(Math.max(pay, next), lc.minimumMonthlyWage());
    }

    /** Reviews the pay of every employed person whose anniversary falls this month. */
    static void step(Economy e) {
        Persons persons = e.persons;
        Firms firms = e.firms;
        LabourConfig lc = e.config.labour();
        e.parallel.forEachChunk(persons.count(), Economy.PERSON_CHUNK, (chunk, from, to) -> {
            for (int p = from; p < to; p++) {
                if (persons.status[p] != Status.EMPLOYED) {
                    continue;
                }
                int months = persons.monthsInStatus[p];
                if (months > 0 && months % 12 == 0) {
                    double posted = firms.postedWage[persons.employer[p] * Skill.LEVELS + persons.jobLevel[p]];
                    persons.monthlyWage[p] = (float) reviewed(lc, persons.monthlyWage[p], posted, months);
                }
            }
        });
    }
}

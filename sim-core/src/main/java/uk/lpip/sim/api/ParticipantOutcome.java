package uk.lpip.sim.api;

import java.util.List;
import uk.lpip.sim.policy.Participant;

/**
 * Participants' employment {@code months} after their own start, with the intervention and without
 * it: the same people in the two arms of a paired replicate (common random numbers keep ids
 * matched), so the difference is their effect against their own counterfactual. Only participants
 * whose start plus {@code months} is a recorded month of both arms are observed; nothing is
 * extrapolated past the horizon.
 *
 * @param months        months after starting
 * @param observed      participants observed then
 * @param inWorkWith    of them, in work in the intervention arm
 * @param inWorkWithout in work in the baseline arm
 * @param inWorkBoth    in work in both arms
 */
public record ParticipantOutcome(int months, int observed, int inWorkWith, int inWorkWithout, int inWorkBoth) {

    /** The outcome of {@code people} {@code months} after each one's start, read from the two arms' histories. */
    public static ParticipantOutcome of(List<Participant> people, int months, EmploymentHistory with,
                                        EmploymentHistory without) {
        int n = 0;
        int a = 0;
        int b = 0;
        int ab = 0;
        for (Participant p : people) {
            int m = p.startMonth() + months;
            if (!with.recorded(m) || !without.recorded(m)) {
                continue;
            }
            n++;
            boolean inA = with.employed(m, p.person());
            boolean inB = without.employed(m, p.person());
            a += inA ? 1 : 0;
            b += inB ? 1 : 0;
            ab += inA && inB ? 1 : 0;
        }
        return new ParticipantOutcome(months, n, a, b, ab);
    }

    /** The share in work with the intervention (NaN when nobody is observed). */
    public double shareWith() {
        return observed > 0 ? (double) inWorkWith / observed : Double.NaN;
    }

    /** The share of the same people in work without it. */
    public double shareWithout() {
        return observed > 0 ? (double) inWorkWithout / observed : Double.NaN;
    }

    /** The effect on the share in work: with less without (a share; × 100 for percentage points). */
    public double effect() {
        return observed > 0 ? (double) (inWorkWith - inWorkWithout) / observed : Double.NaN;
    }

    /**
     * The standard error of {@link #effect()} from the participants' paired differences (each −1, 0
     * or 1: the discordant pairs carry the variance); NaN with fewer than two observed.
     */
    public double effectSe() {
        if (observed < 2) {
            return Double.NaN;
        }
        double mean = effect();
        int discordant = (inWorkWith - inWorkBoth) + (inWorkWithout - inWorkBoth);
        double variance = (discordant - observed * mean * mean) / (observed - 1);
        return Math.sqrt(Math.max(0, variance) / observed);
    }

    /** The relative rise in the share in work: with / without − 1 (NaN when nobody is in work without it). */
    public double relativeRise() {
        return inWorkWithout > 0 ? (double) inWorkWith / inWorkWithout - 1 : Double.NaN;
    }

    /** The standard error of {@link #relativeRise()} by the delta method over the paired participants. */
    public double relativeRiseSe() {
        if (observed < 2 || inWorkWithout == 0) {
            return Double.NaN;
        }
        int n = observed;
        double meanA = (double) inWorkWith / n;
        double meanB = (double) inWorkWithout / n;
        double varA = (inWorkWith - n * meanA * meanA) / (n - 1);
        double varB = (inWorkWithout - n * meanB * meanB) / (n - 1);
        double cov = (inWorkBoth - n * meanA * meanB) / (n - 1);
        double ratio = meanA / meanB;
        return Math.sqrt(Math.max(0, varA - 2 * ratio * cov + ratio * ratio * varB) / n) / meanB;
    }
}

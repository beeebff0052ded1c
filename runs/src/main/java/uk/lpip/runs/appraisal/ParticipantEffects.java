package uk.lpip.runs.appraisal;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.sim.api.ParticipantOutcome;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.policy.Evidence;
import uk.lpip.sim.policy.ParticipantTarget;

/**
 * Participants' effects in a paired run: for each programme with participants (a skills
 * programme's starters, outreach's contacts, a wage subsidy's hires) and each of
 * {@link #MONTHS} months after each person's own start, the share in work with the programme
 * against the same people in the replicate's baseline arm ({@link ParticipantOutcome}), replicate by
 * replicate; then the mean over replicates with a 95% interval, beside the evidence record the
 * kind's levers are calibrated to at that horizon ({@link ParticipantTarget}).
 *
 * <p>A replicate observes a programme at k months when at least {@link #MIN_OBSERVED} of its
 * participants (simulated people) started k or more months before the horizon; otherwise the
 * effect is "not observed" — never extrapolated.
 */
public final class ParticipantEffects {
    /** Months after starting at which effects are reported. */
    public static final List<Integer> MONTHS = List.of(6, 12, 24);

    /**
     * Simulated participants a replicate must observe at k months for an effect: with fewer, one
     * replicate's share is too noisy to report (the standard error of a paired 0/1 difference among
     * 30 people is up to 18 pp). ASSUMPTION: the threshold only decides what is printed.
     */
    public static final int MIN_OBSERVED = 30;

    /** One replicate's participants of one programme {@code months} after starting (counts at the run's scale). */
    public record Cell(int replicate, String programme, String title, int started, ParticipantOutcome outcome) {
        public boolean observed() {
            return outcome.observed() >= MIN_OBSERVED;
        }
    }

    /** How a mean effect compares with its evidence record. */
    public enum Agreement {
        WITHIN("within the record's interval"),
        OVERLAPS("outside the record's interval, but its 95% interval overlaps it"),
        OUTSIDE("outside the record's interval"),
        NO_RECORD("no record at this horizon"),
        NOT_OBSERVED("not observed");

        private final String words;

        Agreement(String words) {
            this.words = words;
        }

        /** The plain statement the summary and the report print. */
        public String words() {
            return words;
        }

        /** The value in the tables' {@code agreement} column. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * The effect of one programme at one horizon over the replicates: the mean of the replicates that
     * observe it, with a 95% interval (Student t over replicates; with one replicate, the normal
     * interval over its participants' paired differences — {@code intervalOver} says which).
     * Effects in percentage points; the relative rise as a share. NaN where not observed.
     */
    public record Summary(String programme, String title, int months, int replicates, int replicatesObserved,
                          double started, double observedPeople, double effectPp, double effectLow, double effectHigh,
                          double rise, double riseLow, double riseHigh, String intervalOver, ParticipantTarget target) {
        public boolean observed() {
            return replicatesObserved > 0;
        }

        /** The simulated effect in the record's measure, with its interval: {mean, low, high}. */
        public double[] inRecordMeasure() {
            boolean relative = target != null && target.measure() == ParticipantTarget.Measure.RELATIVE;
            return relative ? new double[] {rise, riseLow, riseHigh} : new double[] {effectPp, effectLow, effectHigh};
        }

        public Agreement agreement() {
            if (!observed()) {
                return Agreement.NOT_OBSERVED;
            }
            if (target == null) {
                return Agreement.NO_RECORD;
            }
            Evidence r = target.evidence();
            double[] e = inRecordMeasure();
            if (r.covers(e[0])) {
                return Agreement.WITHIN;
            }
            return !Double.isNaN(e[1]) && e[2] >= r.low() && e[1] <= r.high() ? Agreement.OVERLAPS : Agreement.OUTSIDE;
        }
    }

    private final List<Cell> cells = new ArrayList<>();
    private final List<Summary> summaries = new ArrayList<>();

    /** The effects of the paired run's arms named baseline and intervention, replicate by replicate. */
    public ParticipantEffects(List<ArmResult> arms) {
        List<Integer> reps = arms.stream().filter(a -> a.name().equals("baseline")).map(ArmResult::replicate).distinct()
                .sorted().toList();
        for (int rep : reps) {
            ArmResult base = arm(arms, rep, "baseline");
            ArmResult treated = arm(arms, rep, "intervention");
            if (base == null || treated == null || base.employment() == null || treated.employment() == null) {
                continue;
            }
            for (Participants p : treated.participants()) {
                for (int k : MONTHS) {
                    cells.add(new Cell(rep, p.intervention(), p.title(), p.people().size(),
                            p.outcome(k, treated.employment(), base.employment())));
                }
            }
        }
        List<Participants> programmes = reps.isEmpty() || arm(arms, reps.get(0), "intervention") == null ? List.of()
                : arm(arms, reps.get(0), "intervention").participants();
        for (Participants p : programmes) {
            for (int k : MONTHS) {
                summaries.add(summarise(p, k, reps.size()));
            }
        }
    }

    private static ArmResult arm(List<ArmResult> arms, int replicate, String name) {
        return arms.stream().filter(a -> a.replicate() == replicate && a.name().equals(name)).findFirst().orElse(null);
    }

    /** Every replicate's cell, in replicate, programme and horizon order. */
    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** One summary per programme and horizon, in the run's order of programmes. */
    public List<Summary> summaries() {
        return List.copyOf(summaries);
    }

    private Summary summarise(Participants p, int k, int replicates) {
        List<Cell> mine = cells.stream().filter(c -> c.programme().equals(p.intervention()) && c.outcome().months() == k)
                .toList();
        List<Cell> seen = mine.stream().filter(Cell::observed).toList();
        ParticipantTarget target = p.targets().stream().filter(t -> t.months() == k).findFirst().orElse(null);
        double started = mine.stream().mapToInt(Cell::started).average().orElse(0);
        double people = seen.stream().mapToInt(c -> c.outcome().observed()).average().orElse(0);
        double[] effect = interval(seen, true);
        double[] rise = interval(seen, false);
        String over = seen.size() > 1 ? "replicates" : seen.size() == 1 ? "participants" : "";
        return new Summary(p.intervention(), p.title(), k, replicates, seen.size(), started, people, 100 * effect[0],
                100 * effect[1], 100 * effect[2], rise[0], rise[1], rise[2], over, target);
    }

    /** {mean, low, high} of the effect (or the relative rise) over the observed cells; NaN when none. */
    private static double[] interval(List<Cell> seen, boolean points) {
        if (seen.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        if (seen.size() == 1) {
            ParticipantOutcome o = seen.get(0).outcome();
            double mean = points ? o.effect() : o.relativeRise();
            double se = points ? o.effectSe() : o.relativeRiseSe();
            return new double[] {mean, mean - 1.96 * se, mean + 1.96 * se};
        }
        double[] v = seen.stream().mapToDouble(c -> points ? c.outcome().effect() : c.outcome().relativeRise())
                .filter(x -> !Double.isNaN(x)).toArray();
        if (v.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double mean = java.util.Arrays.stream(v).average().orElse(Double.NaN);
        if (v.length < 2) {
            return new double[] {mean, Double.NaN, Double.NaN};
        }
        double ss = java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
        double half = new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (v.length - 1) / v.length);
        return new double[] {mean, mean - half, mean + half};
    }
}

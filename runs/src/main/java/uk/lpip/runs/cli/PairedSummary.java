package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.List;
import uk.lpip.runs.Effects;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.output.FullScale;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/**
 * The summary of a paired run: per council and for the region, each headline metric at the horizon
 * in both arms and the difference (with a 95% confidence interval over replicates when there are
 * several); what the interventions spent; and, for each intervention with participants (a skills
 * programme's starters, outreach's contacts, a wage subsidy's subsidised hires), how many people started
 * and completed (or were contacted), and how many of the same people were in work at the horizon with the programme and
 * without it (their own counterfactual, thanks to common random numbers).
 */
final class PairedSummary {
    private static final List<Metric> METRICS = List.of(Metric.EMPLOYMENT_RATE, Metric.UNEMPLOYMENT_RATE,
            Metric.INACTIVITY_RATE, Metric.DISCOURAGED_RATE, Metric.MEDIAN_MONTHLY_WAGE, Metric.EMPLOYED, Metric.GVA);

    private PairedSummary() {
    }

    static void print(PrintWriter out, List<ArmResult> arms, double scale) {
        Effects effects = new Effects(arms);
        int replicates = effects.replicates();
        List<ArmResult> first = arms.stream().filter(a -> a.replicate() == 0).toList();
        MetricsTable b = first.get(0).table();
        MetricsTable i = first.get(1).table();
        Areas areas = b.areas();
        int last = b.monthCount() - 1;
        String area = "%-" + CouncilSummary.nameWidth(areas) + "s";
        if (replicates > 1) {
            out.printf("At the horizon (month %d), mean over %d replicates (each pair shares a seed); counts and money at "
                    + "full scale; * marks a 95%% interval that excludes zero:%n", last, replicates);
            out.printf(area + " %-20s %14s %14s %12s %26s%n", "area", "metric", "baseline", "interventions", "difference",
                    "95% confidence interval");
        } else {
            out.printf("At the horizon (month %d), same seed in both arms, counts and money at full scale (one replicate: use "
                    + "--replicates for intervals):%n", last);
            out.printf(area + " %-20s %14s %14s %12s%n", "area", "metric", "baseline", "interventions", "difference");
        }
        for (int a = 0; a < areas.count(); a++) {
            if (areas.isZone(a)) {
                continue;
            }
            for (Metric m : METRICS) {
                double k = FullScale.of(m, 1, scale);   // counts and money at full scale, as in the tables
                Effects.Effect raw = effects.effect(last, a, m);
                Effects.Effect e = new Effects.Effect(k * raw.mean(), k * raw.low(), k * raw.high(), k * raw.baselineSd(),
                        raw.replicates());
                double vb = k * mean(arms, "baseline", last, a, m);
                if (replicates > 1) {
                    out.printf(area + " %-20s %14s %14s %12s %26s%n", areas.name(a), m.id(), CouncilSummary.format(m, vb),
                            CouncilSummary.format(m, vb + e.mean()), difference(m, e.mean()) + (e.excludesZero() ? "*" : " "),
                            "[" + difference(m, e.low()) + ", " + difference(m, e.high()) + "]");
                } else {
                    out.printf(area + " %-20s %14s %14s %12s%n", areas.name(a), m.id(), CouncilSummary.format(m, vb),
                            CouncilSummary.format(m, k * i.value(last, a, m)), difference(m, e.mean()));
                }
            }
        }
        double spend = 0;
        double contacts = 0;
        for (int m = 0; m <= last; m++) {
            spend += i.value(m, areas.region(), Metric.INTERVENTION_SPEND);
            contacts += i.value(m, areas.region(), Metric.OUTREACH_CONTACTS);
        }
        out.printf("%nSpent on interventions (replicate 0): £%,.0f in the simulation (scale %s), about £%,.0f at full scale.%n",
                spend, scale, spend / scale);
        if (contacts > 0) {
            out.printf("Outreach contacts (replicate 0): %,.0f.%n", contacts);
        }
        for (Participants p : first.get(1).participants()) {
            participants(out, p.title(), p.intervention(), arms);
        }
        out.flush();
    }

    private static double mean(List<ArmResult> arms, String arm, int month, int area, Metric m) {
        return arms.stream().filter(a -> a.name().equals(arm)).mapToDouble(a -> a.table().value(month, area, m))
                .average().orElse(Double.NaN);
    }

    /** Participants of a programme in each replicate, against the same people in that replicate's baseline. */
    private static void participants(PrintWriter out, String title, String name, List<ArmResult> arms) {
        int replicates = (int) arms.stream().filter(a -> a.name().equals("baseline")).count();
        long started = 0;
        long completed = 0;
        long with = 0;
        long without = 0;
        for (int r = 0; r < replicates; r++) {
            final int rep = r;
            ArmResult base = arms.stream().filter(a -> a.replicate() == rep && a.name().equals("baseline")).findFirst().orElseThrow();
            ArmResult treated = arms.stream().filter(a -> a.replicate() == rep && a.name().equals("intervention")).findFirst().orElseThrow();
            Participants p = treated.participants().stream().filter(x -> x.intervention().equals(name)).findFirst().orElseThrow();
            started += p.people().size();
            completed += p.completed();
            with += p.inWork(treated.horizon().population());
            without += p.inWork(base.horizon().population());
        }
        double n = Math.max(1, started);
        String per = replicates > 1 ? " (totals over " + replicates + " replicates)" : "";
        if (title.equals("Outreach")) {   // a contact is not a course: nothing to complete
            out.printf("%n%s '%s'%s: %,d contacted and supported.%n", title, name, per, started);
        } else {
            out.printf("%n%s '%s'%s: %,d started, %,d completed or due to complete (%.0f%%).%n", title, name, per, started,
                    completed, 100.0 * completed / n);
        }
        out.printf("  The same people in work at the horizon: %,d with the programme (%.1f%%), %,d without it (%.1f%%): "
                        + "%+,d net of deadweight.%n", with, 100.0 * with / n, without, 100.0 * without / n, with - without);
    }

    private static String difference(Metric m, double d) {
        if (Double.isNaN(d)) {
            return "–";
        }
        return switch (m.unit()) {
            case "share" -> String.format("%+.2f pp", 100 * d);
            case "£ per month" -> String.format("%+,.0f", d);
            default -> String.format("%+,.0f", d);
        };
    }
}

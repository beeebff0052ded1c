package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.List;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.Intervention;
import uk.lpip.sim.policy.SkillsProgramme;
import uk.lpip.sim.population.Status;

/**
 * The summary of a paired run: per council and for the region, each headline metric at the
 * horizon in both arms and the difference; what the interventions spent; and, for each skills
 * programme, how many people started and completed, and how many of the same people were in work
 * at the horizon with the programme and without it (their own counterfactual, thanks to common
 * random numbers).
 */
final class PairedSummary {
    private static final List<Metric> METRICS = List.of(Metric.EMPLOYMENT_RATE, Metric.UNEMPLOYMENT_RATE,
            Metric.INACTIVITY_RATE, Metric.DISCOURAGED_RATE, Metric.MEDIAN_MONTHLY_WAGE, Metric.EMPLOYED, Metric.GVA);

    private PairedSummary() {
    }

    static void print(PrintWriter out, ArmResult baseline, ArmResult intervention, double scale) {
        MetricsTable b = baseline.table();
        MetricsTable i = intervention.table();
        Areas areas = b.areas();
        int last = b.monthCount() - 1;
        out.printf("At the horizon (month %d), same seed in both arms:%n", last);
        out.printf("%-24s %-20s %14s %14s %12s%n", "area", "metric", "baseline", "interventions", "difference");
        for (int a = 0; a < areas.count(); a++) {
            if (areas.isZone(a)) {
                continue;
            }
            for (Metric m : METRICS) {
                double vb = b.value(last, a, m);
                double vi = i.value(last, a, m);
                out.printf("%-24s %-20s %14s %14s %12s%n", areas.label(a), m.id(), CouncilSummary.format(m, vb),
                        CouncilSummary.format(m, vi), difference(m, vi - vb));
            }
        }
        double spend = 0;
        double contacts = 0;
        for (int m = 0; m <= last; m++) {
            spend += i.value(m, areas.region(), Metric.INTERVENTION_SPEND);
            contacts += i.value(m, areas.region(), Metric.OUTREACH_CONTACTS);
        }
        out.printf("%nSpent on interventions: £%,.0f in the simulation (scale %s), about £%,.0f at full scale.%n",
                spend, scale, spend / scale);
        if (contacts > 0) {
            out.printf("Outreach contacts: %,.0f.%n", contacts);
        }
        for (Intervention iv : intervention.interventions()) {
            if (iv instanceof SkillsProgramme p) {
                participants(out, p, baseline.finalStatus(), intervention.finalStatus());
            }
        }
        out.flush();
    }

    private static void participants(PrintWriter out, SkillsProgramme p, byte[] baselineStatus, byte[] interventionStatus) {
        List<SkillsProgramme.Participant> all = p.allParticipants();
        int completed = 0;
        int workingWith = 0;
        int workingWithout = 0;
        for (SkillsProgramme.Participant x : all) {
            completed += x.completes() ? 1 : 0;
            workingWith += interventionStatus[x.person()] == Status.EMPLOYED ? 1 : 0;
            workingWithout += x.person() < baselineStatus.length && baselineStatus[x.person()] == Status.EMPLOYED ? 1 : 0;
        }
        int n = Math.max(1, all.size());
        out.printf("%nSkills programme '%s': %,d started, %,d completed or due to complete (%.0f%%).%n", p.name(), all.size(),
                completed, 100.0 * completed / n);
        out.printf("  The same people in work at the horizon: %,d with the programme (%.1f%%), %,d without it (%.1f%%): "
                        + "%+,d net of deadweight.%n",
                workingWith, 100.0 * workingWith / n, workingWithout, 100.0 * workingWithout / n, workingWith - workingWithout);
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

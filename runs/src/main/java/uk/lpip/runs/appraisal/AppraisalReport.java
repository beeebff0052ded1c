package uk.lpip.runs.appraisal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.policy.CostType;

/**
 * Appraisal and additionality of a paired run, replicate by replicate: `appraisal.csv`,
 * `additionality.csv`, and a readable summary with means over replicates and 95% intervals.
 */
public final class AppraisalReport {
    /** One replicate's figures. */
    private record Replicate(int replicate, Appraisal appraisal, List<Map.Entry<String, Additionality>> additionality) { }

    private final List<Replicate> replicates = new ArrayList<>();

    public AppraisalReport(List<ArmResult> arms, Map<String, CostType> costTypes, double scale) {
        List<Integer> reps = arms.stream().filter(a -> a.name().equals("baseline")).map(ArmResult::replicate).distinct()
                .sorted().toList();
        for (int rep : reps) {
            ArmResult base = arms.stream().filter(a -> a.replicate() == rep && a.name().equals("baseline")).findFirst().orElseThrow();
            ArmResult treated = arms.stream().filter(a -> a.replicate() == rep && a.name().equals("intervention")).findFirst().orElseThrow();
            List<Map.Entry<String, Additionality>> parts = new ArrayList<>();
            for (Participants p : treated.participants()) {
                parts.add(Map.entry(p.intervention(), Additionality.of(p.persons(), p.targetZones(), base.horizon(), treated.horizon())));
            }
            replicates.add(new Replicate(rep, Appraisal.of(base, treated, costTypes, scale), parts));
        }
    }

    public void writeAppraisalCsv(Writer w) throws IOException {
        w.write("replicate,measure,value,unit\n");
        for (Replicate r : replicates) {
            Appraisal a = r.appraisal();
            row(w, r, "costs", a.costs(), "£");
            row(w, r, "costs_with_optimism_bias", a.upliftedCosts(), "£");
            row(w, r, "pv_costs", a.pvCosts(), "£");
            row(w, r, "pv_benefits_gva", a.pvGva(), "£");
            row(w, r, "pv_benefits_earnings", a.pvEarnings(), "£");
            row(w, r, "npv_gva", a.onGva().npv(), "£");
            row(w, r, "bcr_gva", a.onGva().bcr(), "ratio");
            row(w, r, "switching_value_gva", a.onGva().switchingValue(), "share of benefits");
            row(w, r, "npv_earnings", a.onEarnings().npv(), "£");
            row(w, r, "bcr_earnings", a.onEarnings().bcr(), "ratio");
            row(w, r, "net_additional_jobs", a.netJobs(), "jobs");
            row(w, r, "pv_cost_per_net_additional_job", a.costPerNetJob(), "£");
            row(w, r, "household_income_gain_at_horizon", a.incomeGain(), "£ per month");
            row(w, r, "household_income_gain_at_horizon_weighted", a.weightedIncomeGain(), "£ per month");
        }
    }

    private static void row(Writer w, Replicate r, String measure, double value, String unit) throws IOException {
        w.write(r.replicate() + "," + measure + "," + value + ",\"" + unit + "\"\n");
    }

    public void writeAdditionalityCsv(Writer w) throws IOException {
        w.write("replicate,programme,participants,gross,deadweight,displacement_in_area,change_outside_area,net_additional\n");
        for (Replicate r : replicates) {
            for (Map.Entry<String, Additionality> e : r.additionality()) {
                Additionality a = e.getValue();
                w.write(r.replicate() + "," + e.getKey() + "," + a.participants() + "," + a.gross() + "," + a.deadweight() + ","
                        + a.displacement() + "," + a.outsideChange() + "," + a.netAdditional() + "\n");
            }
        }
    }

    public void print(PrintWriter out) {
        int n = replicates.size();
        out.printf("%nGreen Book appraisal at full scale (2024/25 prices; year 0 = the first recorded year; STPR 3.5%%;"
                + " costs with optimism bias)%s:%n", n > 1 ? ", mean over " + n + " replicates [95% interval]" : "");
        out.printf("  costs £%s, with optimism bias £%s; present value £%s%n", money(mean(a -> a.costs())),
                money(mean(a -> a.upliftedCosts())), money(mean(a -> a.pvCosts())));
        out.printf("  benefits (present value): net additional GVA £%s; net additional earnings £%s%n",
                money(mean(a -> a.pvGva())), money(mean(a -> a.pvEarnings())));
        out.printf("  NPV on GVA £%s%s; BCR %s%s%n", money(mean(a -> a.onGva().npv())), interval(a -> a.onGva().npv(), true),
                ratio(mean(a -> a.onGva().bcr())), interval(a -> a.onGva().bcr(), false));
        out.printf("  NPV on earnings £%s%s; BCR %s%s%n", money(mean(a -> a.onEarnings().npv())),
                interval(a -> a.onEarnings().npv(), true), ratio(mean(a -> a.onEarnings().bcr())),
                interval(a -> a.onEarnings().bcr(), false));
        out.printf("  net additional jobs at the horizon %s%s; present cost per net additional job £%s%n",
                String.format("%,.0f", mean(a -> a.netJobs())), interval(a -> a.netJobs(), false), money(mean(a -> a.costPerNetJob())));
        double switching = mean(a -> a.onGva().switchingValue());
        out.printf("  switching value: GVA benefits %s%n", Double.isNaN(switching) ? "–" : switching >= 0
                ? String.format("could fall by %.0f%% before the NPV turns negative", 100 * switching)
                : String.format("would have to rise by %.0f%% for the NPV to reach zero",
                100 * -switching / Math.max(1e-9, 1 + switching)));
        out.printf("  households' net income gain at the horizon £%s a month%s; distributionally weighted "
                        + "((median/income)^1.3 by income decile) £%s%s%n",
                money(mean(a -> a.incomeGain())), interval(a -> a.incomeGain(), true),
                money(mean(a -> a.weightedIncomeGain())), interval(a -> a.weightedIncomeGain(), true));
        if (replicates.isEmpty() || replicates.get(0).additionality().isEmpty()) {
            return;
        }
        for (int k = 0; k < replicates.get(0).additionality().size(); k++) {
            final int idx = k;
            String name = replicates.get(0).additionality().get(k).getKey();
            int participants = sum(r -> r.additionality().get(idx).getValue().participants());
            int gross = sum(r -> r.additionality().get(idx).getValue().gross());
            int deadweight = sum(r -> r.additionality().get(idx).getValue().deadweight());
            int displacement = sum(r -> r.additionality().get(idx).getValue().displacement());
            int outside = sum(r -> r.additionality().get(idx).getValue().outsideChange());
            int net = sum(r -> r.additionality().get(idx).getValue().netAdditional());
            int own = gross - deadweight;
            out.printf("%nAdditionality of '%s' (people in work at the horizon%s):%n", name, n > 1 ? ", totals over replicates" : "");
            out.printf("  %,d participants: gross %,d in work; deadweight %,d (%s of gross); their own gain %,d%n",
                    participants, gross, deadweight, percent(deadweight, gross), own);
            if (displacement >= 0) {
                out.printf("  displacement among other residents of the area %,d (%s of that gain)", displacement, percent(displacement, own));
            } else {
                out.printf("  other residents of the area gained %,d (from other interventions in the package, or spillovers)",
                        -displacement);
            }
            out.printf("; %s outside the area %,d%n", outside >= 0 ? "gains (leakage of benefits)" : "displacement", Math.abs(outside));
            out.printf("  net additional %,d = %,d − %,d %s %,d %s %,d%n", net, gross, deadweight, displacement >= 0 ? "−" : "+",
                    Math.abs(displacement), outside >= 0 ? "+" : "−", Math.abs(outside));
            out.printf("  for comparison, appraisal ready reckoners commonly assume deadweight and displacement of 25%% (low),"
                    + " 50%% (medium) or 75%% (high)%n");
        }
        out.flush();
    }

    private double mean(java.util.function.ToDoubleFunction<Appraisal> f) {
        return replicates.stream().mapToDouble(r -> f.applyAsDouble(r.appraisal())).filter(v -> !Double.isNaN(v)).average()
                .orElse(Double.NaN);
    }

    /** A 95% interval over replicates (Student t), in pounds or as a plain number. */
    private String interval(java.util.function.ToDoubleFunction<Appraisal> f, boolean money) {
        double[] v = replicates.stream().mapToDouble(r -> f.applyAsDouble(r.appraisal())).filter(x -> !Double.isNaN(x)).toArray();
        if (v.length < 2) {
            return "";
        }
        double mean = java.util.Arrays.stream(v).average().orElse(0);
        double ss = java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
        double half = new TDistribution(v.length - 1).inverseCumulativeProbability(0.975) * Math.sqrt(ss / (v.length - 1) / v.length);
        return money ? " [£" + money(mean - half) + ", £" + money(mean + half) + "]"
                : " [" + number(mean - half) + ", " + number(mean + half) + "]";
    }

    private int sum(java.util.function.ToIntFunction<Replicate> f) {
        return replicates.stream().mapToInt(f).sum();
    }

    private static String money(double v) {
        return Double.isNaN(v) ? "–" : String.format("%,.0f", v);
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.2f", v);
    }

    private static String percent(int part, int whole) {
        return whole > 0 ? String.format("%.0f%%", 100.0 * part / whole) : "–";
    }
}

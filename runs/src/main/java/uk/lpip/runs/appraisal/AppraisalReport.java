package uk.lpip.runs.appraisal;

import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TableIds;
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
 * `additionality.csv`, `sensitivity.csv`, and a readable summary with means over replicates and
 * 95% intervals (no headline ratio from a single replicate).
 */
public final class AppraisalReport {
    /** One replicate's figures. */
    private record Replicate(int replicate, Appraisal appraisal, Perspectives.Inputs inputs, Perspectives perspectives,
                             List<Map.Entry<String, Additionality>> additionality) { }

    private final List<Replicate> replicates = new ArrayList<>();
    private final Conventions conventions = Conventions.DEFAULT;
    /** Whether the package serves the whole region (no target area of its own). */
    private boolean wholeRegion = true;

    /** A package known only by its interventions' cost types (supply side, serving the whole region). */
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
            Perspectives.Inputs inputs = ReplicateInputs.of(base, treated, AppraisedPackage.ofCostTypes(costTypes), scale);
            replicates.add(new Replicate(rep, Appraisal.of(base, treated, costTypes, scale), inputs,
                    Perspectives.of(inputs, conventions), parts));
        }
    }

    /** A package with its target area and demand-side interventions (from their declarations). */
    public AppraisalReport(List<ArmResult> arms, AppraisedPackage pkg, double scale) {
        this(arms, pkg.costTypes(), scale);
        this.wholeRegion = pkg.targetZones() == null;
        for (int k = 0; k < replicates.size(); k++) {
            Replicate r = replicates.get(k);
            ArmResult base = arm(arms, r.replicate(), "baseline");
            ArmResult treated = arm(arms, r.replicate(), "intervention");
            Perspectives.Inputs inputs = ReplicateInputs.of(base, treated, pkg, scale);
            replicates.set(k, new Replicate(r.replicate(), r.appraisal(), inputs, Perspectives.of(inputs, conventions),
                    r.additionality()));
        }
    }

    private static ArmResult arm(List<ArmResult> arms, int replicate, String name) {
        return arms.stream().filter(a -> a.replicate() == replicate && a.name().equals(name)).findFirst().orElseThrow();
    }

    public void writeAppraisalCsv(Writer w, TableIds ids) throws IOException {
        w.write("replicate,measure,value,unit,scale,run,experiment\n");
        for (Replicate r : replicates) {
            Appraisal a = r.appraisal();
            row(w, ids, r, "costs", a.costs(), "£");
            row(w, ids, r, "costs_with_optimism_bias", a.upliftedCosts(), "£");
            row(w, ids, r, "pv_costs", a.pvCosts(), "£");
            row(w, ids, r, "pv_benefits_gva", a.pvGva(), "£");
            row(w, ids, r, "pv_benefits_earnings", a.pvEarnings(), "£");
            row(w, ids, r, "npv_gva", a.onGva().npv(), "£");
            row(w, ids, r, "bcr_gva", a.onGva().bcr(), "ratio");
            Perspectives p = r.perspectives();
            row(w, ids, r, "pv_costs_appraisal_period", p.pvCosts(), "£");
            row(w, ids, r, "pv_labour_cost_gain", p.pvLabourCost(), "£");
            row(w, ids, r, "pv_non_market_time_given_up", p.pvNonMarketTime(), "£");
            row(w, ids, r, "pv_pay_transfer_not_counted", p.pvPayTransfer(), "£");
            row(w, ids, r, "pv_commuting_time_saved", p.pvTravelTime(), "£");
            row(w, ids, r, "pv_output_beyond_labour_cost", p.pvOutput(), "£");
            row(w, ids, r, "pv_benefits_target_area", p.pvTarget(), "£");
            row(w, ids, r, "pv_benefits_rest_of_region", p.pvRestOfRegion(), "£");
            row(w, ids, r, "pv_benefits_rest_of_uk", p.pvRestOfUk(), "£");
            row(w, ids, r, "pv_benefits_uk", p.pvUk(), "£");
            row(w, ids, r, "npv_uk", p.npvUk(), "£");
            row(w, ids, r, "bcr_uk", p.bcrUk(), "ratio");
            row(w, ids, r, "pv_exchequer_receipts", p.pvReceipts(), "£");
            row(w, ids, r, "pv_exchequer_benefit_savings", p.pvBenefitSavings(), "£");
            row(w, ids, r, "npv_exchequer", p.npvExchequer(), "£");
            row(w, ids, r, "exchequer_return_per_pound", p.bcrExchequer(), "ratio");
            row(w, ids, r, "npv_earnings", a.onEarnings().npv(), "£");
            row(w, ids, r, "bcr_earnings", a.onEarnings().bcr(), "ratio");
            row(w, ids, r, "net_additional_jobs", a.netJobs(), "jobs");
            NetJobs jobs = NetJobs.of(r.inputs(), conventions);
            row(w, ids, r, "net_jobs_target_area", jobs.targetArea(), "jobs");
            row(w, ids, r, "net_jobs_rest_of_region", jobs.restOfRegion(), "jobs");
            row(w, ids, r, "net_jobs_rest_of_uk", jobs.restOfUk(), "jobs");
            row(w, ids, r, "net_jobs_uk", jobs.uk(), "jobs");
            row(w, ids, r, "pv_cost_per_net_additional_job", a.costPerNetJob(), "£");
            row(w, ids, r, "household_income_gain_at_horizon", a.incomeGain(), "£ per month");
            row(w, ids, r, "household_income_gain_at_horizon_weighted", a.weightedIncomeGain(), "£ per month");
        }
    }

    private static void row(Writer w, TableIds ids, Replicate r, String measure, double value, String unit) throws IOException {
        w.write(r.replicate() + "," + measure + "," + Numbers.plain(value) + ",\"" + unit + "\"" + ids.suffix() + "\n");
    }

    /** Per replicate and programme, people at full scale (the simulated counts divided by the scale). */
    public void writeAdditionalityCsv(Writer w, TableIds ids) throws IOException {
        w.write("replicate,programme,participants,gross,deadweight,displacement_in_area,change_outside_area,net_additional,"
                + "scale,run,experiment\n");
        double k = 1 / ids.scale();
        for (Replicate r : replicates) {
            for (Map.Entry<String, Additionality> e : r.additionality()) {
                Additionality a = e.getValue();
                w.write(r.replicate() + "," + e.getKey() + "," + Numbers.plain(k * a.participants()) + "," + Numbers.plain(k * a.gross())
                        + "," + Numbers.plain(k * a.deadweight()) + "," + Numbers.plain(k * a.displacement()) + ","
                        + Numbers.plain(k * a.outsideChange()) + "," + Numbers.plain(k * a.netAdditional()) + ids.suffix() + "\n");
            }
        }
    }

    /** Every convention's sensitivity row on the replicates' means: {@code sensitivity.csv}. */
    public void writeSensitivityCsv(Writer w, TableIds ids) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        boolean ratios = replicates.size() > 1;   // no ratio from one draw: the rows name the tests, the ratios stay empty
        for (Sensitivity.Row row : sensitivity()) {
            rows.add(List.of(row.assumption(), row.defaultValue(), row.lowValue(), row.highValue(),
                    ratios ? Numbers.plain(row.bcrDefault()) : "", ratios ? Numbers.plain(row.bcrLow()) : "",
                    ratios ? Numbers.plain(row.bcrHigh()) : "", Numbers.plain(ids.scale()), ids.run(), ids.experiment()));
        }
        uk.lpip.runs.output.TextCsv.write(w, List.of("assumption", "default", "low", "high", "bcr_uk_default", "bcr_uk_low",
                "bcr_uk_high", "scale", "run", "experiment"), rows);
    }

    /** The sensitivity rows, widest swing first. */
    public List<Sensitivity.Row> sensitivity() {
        return Sensitivity.of(replicates.stream().map(Replicate::inputs).toList(), conventions);
    }

    /** Each replicate's appraisal by perspective, in replicate order. */
    public List<Perspectives> perspectives() {
        return replicates.stream().map(Replicate::perspectives).toList();
    }

    public void print(PrintWriter out) {
        int n = replicates.size();
        AppraisalSummary.print(out, perspectives(), n > 1 ? sensitivity() : List.of(), conventions,
                replicates.isEmpty() ? 0 : replicates.get(0).inputs().baseTarget().months());
        out.printf("  net additional jobs at the horizon %s%s; %s%n", String.format("%,.0f", mean(a -> a.netJobs())),
                interval(a -> a.netJobs(), false), costPerNetJob(mean(a -> a.pvCosts()), mean(a -> a.netJobs())));
        printNetJobs(out);
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

    /** Each replicate's net jobs at the horizon by area, in replicate order. */
    public List<NetJobs> netJobs() {
        return replicates.stream().map(r -> NetJobs.of(r.inputs(), conventions)).toList();
    }

    private void printNetJobs(PrintWriter out) {
        List<NetJobs> jobs = netJobs();
        if (jobs.isEmpty()) {
            return;
        }
        double share = replicates.get(0).inputs().demandSideShare();
        boolean whole = wholeRegion;
        out.printf("  net additional jobs at the horizon by area: target area %s; rest of the region %s; rest of the UK %s "
                        + "(ASSUMPTION: %.0f%% of demand-side gains displaced from it; demand-side share of this package's spending "
                        + "%.0f%%); UK %s%s%n", jobsWithInterval(jobs, NetJobs::targetArea), jobsWithInterval(jobs, NetJobs::restOfRegion),
                jobsWithInterval(jobs, NetJobs::restOfUk), 100 * conventions.demandSideDisplacement(), 100 * share,
                jobsWithInterval(jobs, NetJobs::uk), whole ? " (the package serves the whole region, so its target area is the region)"
                        : "");
    }

    private static String jobsWithInterval(List<NetJobs> jobs, java.util.function.ToDoubleFunction<NetJobs> f) {
        uk.lpip.runs.Effects.Effect e = uk.lpip.runs.Effects.ofValues(jobs.stream().mapToDouble(f).toArray());
        String mean = jobs(e.mean());
        return e.replicates() > 1 && Double.isFinite(e.low()) ? mean + " [" + jobs(e.low()) + ", " + jobs(e.high()) + "]" : mean;
    }

    /** Whole jobs, "0" rather than "-0" for a small negative number. */
    private static String jobs(double v) {
        return Math.round(v) == 0 ? "0" : String.format("%,.0f", v);
    }

    /**
     * The present cost per net additional job on the means (mean present costs over mean net jobs), only
     * where the mean net jobs are positive: averaging each replicate's ratio would leave out the replicates
     * with no net jobs (the ratio is undefined there) and report a cost per job for a package that, on
     * average, removes jobs.
     */
    static String costPerNetJob(double meanPvCosts, double meanNetJobs) {
        return meanNetJobs > 0 ? "present cost per net additional job £" + money(meanPvCosts / meanNetJobs)
                : "present cost per net additional job: not applicable (no net additional jobs on average)";
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

    private static String percent(int part, int whole) {
        return whole > 0 ? String.format("%.0f%%", 100.0 * part / whole) : "–";
    }
}

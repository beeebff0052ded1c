package uk.lpip.runs.compare;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import uk.lpip.runs.Effects;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TextCsv;
import uk.lpip.runs.appraisal.Appraisal;
import uk.lpip.runs.appraisal.AppraisedPackage;
import uk.lpip.runs.appraisal.Conventions;
import uk.lpip.runs.appraisal.Perspectives;
import uk.lpip.runs.appraisal.ReplicateInputs;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.experiment.Comparison;
import uk.lpip.sim.api.Population;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.CostType;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.InterventionTypes;
import uk.lpip.sim.policy.PlaceScale;

/**
 * The Hub's question, "what works where", on equal terms: each package, scaled to each place by its
 * working-age population, run against the place's baseline with replicates (common random
 * numbers within each place: one baseline per replicate, shared by every package's arm). For each
 * package and place: the net change in employment at the horizon with
 * its 95% interval, the spend, the present cost per net job (mean present cost over mean net jobs;
 * none when the mean is not positive) and the benefit–cost ratio to UK society: mean present benefits
 * over mean present costs, with a delta-method interval (not the mean of the replicates' ratios,
 * which one replicate with small costs or a chance swing in benefits can throw anywhere).
 */
public final class PlaceComparison {
    /** One package in one place; money and jobs at full scale (the run's figures divided by its scale). */
    public record Row(String packageName, String place, String placeName, double workingAge, int placesPerIntake, double budget,
                      Effects.Effect netJobs, Effects.Effect employmentRatePoints, double spend, double costPerNetJob,
                      Effects.Effect bcr, Path directory, String run, double scale, List<CouncilEffect> councils,
                      Map<String, double[]> appraisal) {
        /** A row without council effects or appraisal measures. */
        public Row(String packageName, String place, String placeName, double workingAge, int placesPerIntake, double budget,
                   Effects.Effect netJobs, Effects.Effect employmentRatePoints, double spend, double costPerNetJob,
                   Effects.Effect bcr, Path directory, String run, double scale) {
            this(packageName, place, placeName, workingAge, placesPerIntake, budget, netJobs, employmentRatePoints, spend,
                    costPerNetJob, bcr, directory, run, scale, List.of(), Map.of());
        }
    }

    /**
     * The package's effect on one council's employment rate (ages 16–64) at the horizon, in
     * percentage points, over paired replicates; its ONS code, or null when the place has none.
     */
    public record CouncilEffect(String id, String code, String name, Effects.Effect employmentRatePoints) { }

    /** compare.csv's columns. */
    public static final List<String> COLUMNS = List.of("package", "place", "region", "working_age_residents",
            "places_per_intake", "budget", "spend", "net_jobs", "net_jobs_low", "net_jobs_high", "employment_rate_pp",
            "employment_rate_pp_low", "employment_rate_pp_high", "cost_per_net_job", "bcr_uk", "bcr_uk_low", "bcr_uk_high",
            "replicates", "precision_target_pp", "precision_reached", "directory", "scale", "run", "experiment");

    private PlaceComparison() {
    }

    /** Working-age residents of a place (16–64), at full scale, from its synthetic population. */
    public static double workingAge(ModelConfig config) {
        return Population.workingAgeAtStart(config);
    }

    /** A package scaled to a place of {@code workingAge} residents aged 16–64. */
    public static List<InterventionSpec> scale(Comparison c, Comparison.Package pkg, double workingAge) {
        PlaceScale place = new PlaceScale(workingAge, c.budgetPerWorkingAgeResident(), c.placesPer1000WorkingAge());
        List<InterventionSpec> out = new ArrayList<>();
        for (InterventionSpec s : pkg.interventions()) {
            out.add(InterventionTypes.of(s).scaleTo(s, place));
        }
        return out;
    }

    /** Runs one place's baseline and every package's arm with replicates and summarises each package. */
    public static List<Row> run(Comparison c, Scenario place, int threads, Path root, String version, String git,
                                IntConsumer monthsDone, List<SingleRun.ExtraOutput> extras, String experiment) throws IOException {
        return run(c, place, threads, root, version, git, monthsDone, extras, experiment, null, c.replicates());
    }

    /**
     * As {@link #run(Comparison, Scenario, int, Path, String, String, IntConsumer, List, String)}, adding
     * replicates beyond the comparison's until {@code enough} says so (at most {@code cap}); null: exactly
     * the comparison's replicates.
     */
    public static List<Row> run(Comparison c, Scenario place, int threads, Path root, String version, String git,
                                IntConsumer monthsDone, List<SingleRun.ExtraOutput> extras, String experiment,
                                SingleRun.Enough enough, int cap) throws IOException {
        ModelConfig config = place.model();
        double workingAge = workingAge(config);
        List<SingleRun.Arm> arms = new ArrayList<>(List.of(SingleRun.Arm.baseline()));
        Map<String, List<InterventionSpec>> scaled = new java.util.LinkedHashMap<>();
        for (Comparison.Package pkg : c.packages()) {
            List<InterventionSpec> specs = scale(c, pkg, workingAge);
            scaled.put(pkg.name(), specs);
            arms.add(new SingleRun.Arm(pkg.name(), specs));
        }
        // with a precision target, at least 3 replicates before the first check, as lpip run --precision
        SingleRun runner = new SingleRun(config, threads, version, git, arms).charts(false)
                .replicates(enough == null ? c.replicates() : Math.max(3, c.replicates())).experiment(experiment);
        if (enough != null) {
            runner.until(enough, cap);
        }
        uk.lpip.runs.output.TableIds ids = runner.ids();
        String run = ids.run();
        List<SingleRun.ExtraOutput> all = new ArrayList<>(extras);
        // the tables of an lpip run, so that whatever reads a run (lpip report, lpip query) reads a place's run:
        // summary.csv with every package's arm, effects.csv with each package's effects under its arm
        List<String> packages = List.copyOf(scaled.keySet());
        all.add(SingleRun.ExtraOutput.of("summary.csv", (w, results) -> uk.lpip.runs.SummaryCsv.write(w, results, ids)));
        all.add(SingleRun.ExtraOutput.of("effects.csv", (w, results) -> Effects.writeArmsCsv(w, results, packages, ids)));
        // the place's rows, kept with its run so that 'lpip compare --resume' can reuse a finished place
        all.add(SingleRun.ExtraOutput.of(ComparisonDirectory.ROWS, (w, results) -> ComparisonDirectory.writeRows(w,
                rows(c, place, config, workingAge, scaled, results, null, run))));
        SingleRun.Result result = runner.run(root, monthsDone, all);
        return rows(c, place, config, workingAge, scaled, result.arms(), result.directory(), run);
    }

    /**
     * Months at the start of each replicate that a place's arms share (simulated once, for progress):
     * the burn-in and the months before the first package starts; 0 with no package.
     */
    public static int sharedMonths(Comparison c, Scenario place) {
        ModelConfig config = place.model();
        double workingAge = workingAge(config);
        List<SingleRun.Arm> arms = new ArrayList<>(List.of(SingleRun.Arm.baseline()));
        for (Comparison.Package pkg : c.packages()) {
            arms.add(new SingleRun.Arm(pkg.name(), scale(c, pkg, workingAge)));
        }
        return new SingleRun(config, 1, "", "", arms).sharedMonths();
    }

    private static List<Row> rows(Comparison c, Scenario place, ModelConfig config, double workingAge,
                                  Map<String, List<InterventionSpec>> scaled, List<SingleRun.ArmResult> arms, Path directory,
                                  String run) {
        List<Row> rows = new ArrayList<>();
        scaled.forEach((name, specs) -> rows.add(row(c, place, config, workingAge, name, specs, arms, directory, run)));
        return rows;
    }

    private static Row row(Comparison c, Scenario place, ModelConfig config, double workingAge, String arm,
                           List<InterventionSpec> scaled, List<SingleRun.ArmResult> arms, Path directory, String run) {
        double scale = config.run().scale();
        Effects effects = new Effects(arms, arm);
        MetricsTable first = arms.get(0).table();
        int last = first.monthCount() - 1;
        int region = first.areas().region();
        Effects.Effect jobs = scaled(effects.effect(last, region, Metric.EMPLOYED), 1.0 / scale);
        Effects.Effect rate = scaled(effects.effect(last, region, Metric.EMPLOYMENT_RATE), 100.0);
        Map<String, CostType> costTypes = new HashMap<>();
        scaled.forEach(iv -> costTypes.put(iv.common().name(), iv.common().costType()));
        AppraisedPackage pkg = AppraisedPackage.of(scaled, config.place());
        int n = (int) arms.stream().filter(a -> a.name().equals("baseline")).count();
        double[] pvUk = new double[n];
        double[] pvUkCosts = new double[n];
        Map<String, double[]> measures = new java.util.LinkedHashMap<>();
        double spend = 0;
        double pvCosts = 0;
        double netJobs = 0;
        for (int r = 0; r < n; r++) {
            SingleRun.ArmResult base = armResult(arms, "baseline", r);
            SingleRun.ArmResult treated = armResult(arms, arm, r);
            Appraisal a = Appraisal.of(base, treated, costTypes, scale);
            Perspectives p = Perspectives.of(ReplicateInputs.of(base, treated, pkg, scale), Conventions.DEFAULT);
            pvUk[r] = p.pvUk();
            pvUkCosts[r] = p.pvCosts();
            CompareTables.record(measures, p, r, n);
            spend += a.costs() / n;
            pvCosts += a.pvCosts() / n;
            netJobs += a.netJobs() / n;
        }
        int places = scaled.stream().mapToInt(s -> InterventionTypes.of(s).places(s)).sum();
        double budget = scaled.stream().mapToDouble(s -> s.common().budgetPounds()).sum();
        return new Row(arm, place.name(), config.place().regionName(), workingAge, places, budget, jobs, rate, spend,
                netJobs > 0 ? pvCosts / netJobs : Double.NaN, Effects.ratioOfMeans(pvUk, pvUkCosts), directory, run, scale,
                councils(config, effects, first, last), measures);
    }

    private static List<CouncilEffect> councils(ModelConfig config, Effects effects, MetricsTable first, int last) {
        List<CouncilEffect> out = new ArrayList<>();
        for (var c : config.place().councils()) {
            int area = first.areas().indexOf("council:" + c.id());
            if (area >= 0) {
                out.add(new CouncilEffect(c.id(), c.code(), c.name(), scaled(effects.effect(last, area, Metric.EMPLOYMENT_RATE), 100.0)));
            }
        }
        return out;
    }

    private static SingleRun.ArmResult armResult(List<SingleRun.ArmResult> arms, String arm, int replicate) {
        return arms.stream().filter(a -> a.replicate() == replicate && a.name().equals(arm)).findFirst().orElseThrow();
    }

    private static Effects.Effect scaled(Effects.Effect e, double k) {
        return new Effects.Effect(e.mean() * k, e.low() * k, e.high() * k, e.baselineSd() * k, e.replicates());
    }

    /** compare.csv without a precision target. */
    public static void writeCsv(Writer w, List<Row> rows, String experiment) throws IOException {
        writeCsv(w, rows, experiment, null);
    }

    /**
     * compare.csv: one row per package and place (names quoted as RFC 4180 needs, e.g. a comma in a
     * place's name); with a precision target ({@code targetPp}, else null), whether every package's
     * employment-rate effect in the row's place reached it.
     */
    public static void writeCsv(Writer w, List<Row> rows, String experiment, Double targetPp) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            String reached = targetPp == null ? "" : Boolean.toString(precisionReached(rows, r.place(), targetPp));
            out.add(List.of(r.packageName(), r.place(), r.placeName(), num(r.workingAge()), Integer.toString(r.placesPerIntake()),
                    num(r.budget()), num(r.spend()), num(r.netJobs().mean()), num(r.netJobs().low()), num(r.netJobs().high()),
                    num(r.employmentRatePoints().mean()), num(r.employmentRatePoints().low()), num(r.employmentRatePoints().high()),
                    num(r.costPerNetJob()),
                    num(r.bcr().mean()), num(r.bcr().low()), num(r.bcr().high()), Integer.toString(r.netJobs().replicates()),
                    targetPp == null ? "" : num(targetPp), reached, r.directory().getFileName().toString(), num(r.scale()), r.run(), experiment));
        }
        TextCsv.write(w, COLUMNS, out);
    }

    /** The widest 95% half-width (percentage points) of the packages' employment-rate effects in a place; infinite without an interval. */
    public static double widestHalfWidth(List<Row> rows, String place) {
        return rows.stream().filter(r -> r.place().equals(place))
                .mapToDouble(r -> (r.employmentRatePoints().high() - r.employmentRatePoints().low()) / 2)
                .map(h -> Double.isFinite(h) ? h : Double.POSITIVE_INFINITY).max().orElse(Double.POSITIVE_INFINITY);
    }

    /** Whether every package's employment-rate effect in {@code place} is within ±{@code targetPp} (95%). */
    public static boolean precisionReached(List<Row> rows, String place, double targetPp) {
        return widestHalfWidth(rows, place) <= targetPp;
    }

    private static String num(double v) {
        return Numbers.plainOrEmpty(v);
    }
}

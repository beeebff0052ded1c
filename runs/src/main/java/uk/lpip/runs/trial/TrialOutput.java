package uk.lpip.runs.trial;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lpip.runs.output.ChartFiles;
import uk.lpip.runs.output.ManifestBuilder;
import uk.lpip.runs.output.RunDirectory;
import uk.lpip.runs.report.TrialReport;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.scenarios.trial.TrialLoader;
import uk.lpip.viz.ChartText;
import uk.lpip.viz.TrialCharts;

/**
 * Writes a simulated trial's results into a new results directory, as {@code lpip run} does:
 * {@code trial.csv} (one row per replicate × design), {@code estimates.csv} (one row per design),
 * {@code power.csv} (one row per design × planned size), the charts, {@code report.html} and the
 * {@code manifest.json} that lists them. The files are written beside the directory and moved into
 * it in one step.
 */
public final class TrialOutput {
    private TrialOutput() {
    }

    /** Each design's summary, in the trial file's order. */
    public static List<DesignSummary> summaries(TrialLoader.Loaded l, List<Replicate> reps) {
        Evaluation ev = new Evaluation(l);
        List<DesignSummary> out = new ArrayList<>();
        for (Trial.Design d : l.trial().designs()) {
            List<Replicate> mine = reps.stream().filter(r -> r.design().equals(d.name())).toList();
            out.add(DesignSummary.of(d, mine, ev.sizes(d, mine.get(0)), l.base().run().scale()));
        }
        return out;
    }

    /** Writes everything and returns the results directory. */
    public static Path write(Path resultsRoot, TrialLoader.Loaded l, List<Replicate> reps, List<DesignSummary> sums,
                             String version, String commit, Instant started, double wallSeconds) throws IOException {
        Path dir = RunDirectory.create(resultsRoot, l.trial().name(), LocalDateTime.now());
        Path work = Files.createTempDirectory(resultsRoot, "." + dir.getFileName() + ".");
        ManifestBuilder m = new ManifestBuilder(version, commit).put("kind", "trial").put("trial", l.trial().name())
                .put("trial_file", l.file().toString()).put("scenario", l.trial().scenario()).put("seed", l.trial().seed())
                .put("replicates", l.trial().replicates()).put("follow_up_months", l.trial().followUpMonths())
                .put("outcome", l.trial().outcome()).put("scale", l.base().run().scale())
                .put("started", started.toString()).put("wall_seconds", Math.round(wallSeconds * 10) / 10.0).java();
        m.write("trial.yaml", work.resolve("trial.yaml"), w -> w.write(l.text()));
        m.write("trial.csv", work.resolve("trial.csv"), w -> trialCsv(w, reps));
        m.write("estimates.csv", work.resolve("estimates.csv"), w -> estimatesCsv(w, sums));
        m.write("power.csv", work.resolve("power.csv"), w -> powerCsv(w, sums));
        Path charts = Files.createDirectories(work.resolve("charts"));
        charts(charts, l, reps, sums, version, m);
        m.write("report.html", work.resolve("report.html"), w -> w.write(TrialReport.html(report(l, sums, version),
                charts)));
        m.commit(work.resolve("manifest.json"));
        RunDirectory.commit(work, dir);
        return dir;
    }

    static void trialCsv(Writer w, List<Replicate> reps) throws IOException {
        w.write("replicate,seed,design,type,units,treated_units,people,estimate,se,df,ci_low,ci_high,rejects,truth,bias,"
                + "bias_imbalance,bias_controls,se_full_scale\n");
        for (Replicate r : reps) {
            w.write(String.join(",", Integer.toString(r.replicate()), Long.toString(r.seed()), r.design(), r.type(),
                    Integer.toString(r.sampleSize()), Integer.toString(r.treated()), Integer.toString(r.people()),
                    num(r.estimate().value()), num(r.estimate().se()), num(r.estimate().df()), num(r.estimate().low()),
                    num(r.estimate().high()), r.estimate().rejects() ? "1" : "0", num(r.truth()), num(r.bias()),
                    num(r.imbalance()), num(r.controls()), num(r.seFullScale())) + "\n");
        }
    }

    static void estimatesCsv(Writer w, List<DesignSummary> sums) throws IOException {
        w.write("design,type,estimand,replicates,unit,size,mean_estimate,sd_estimate,mean_truth,bias,bias_se,"
                + "imbalance_source,bias_imbalance,controls_source,bias_controls,mean_se_full_scale,coverage_95,"
                + "expected_estimate,power_simulated_sample,planned_size,power_planned,mde,size_for_80_power\n");
        for (DesignSummary s : sums) {
            String[] src = DesignSummary.sources(s.design());
            w.write(String.join(",", s.design().name(), s.design().type(), quote(s.estimand()), Integer.toString(s.replicates()),
                    s.unit(), num(s.size()), num(s.meanEstimate()), num(s.sdEstimate()), num(s.meanTruth()), num(s.bias()),
                    num(s.biasSe()), quote(src[0]), num(s.imbalance()), quote(src[1]), num(s.controls()), num(s.meanSe()),
                    num(s.coverage()), num(s.expected()), num(s.power()), Integer.toString(s.plannedSizes()[0]), num(plannedPower(s)),
                    num(s.mde()), num(s.sizeFor80())) + "\n");
        }
    }

    /**
     * Power at the planned size: simulated where an individual design is subsampled to it, else from the
     * SE at full scale (a clustered design's simulated power carries the agents' extra noise within clusters).
     */
    public static double plannedPower(DesignSummary s) {
        return fromSe(s) ? s.powerAnalytic()[0] : s.powerSim()[0];
    }

    /** Whether {@link #plannedPower} comes from the SE rather than from the replicates. */
    public static boolean fromSe(DesignSummary s) {
        return s.design().clustered() || Double.isNaN(s.powerSim()[0]);
    }

    static void powerCsv(Writer w, List<DesignSummary> sums) throws IOException {
        w.write("design,unit,size,power_simulated,power_from_se_full_scale\n");
        for (DesignSummary s : sums) {
            for (int k = 0; k < s.plannedSizes().length; k++) {
                w.write(String.join(",", s.design().name(), s.unit(), Integer.toString(s.plannedSizes()[k]),
                        num(s.powerSim()[k]), num(s.powerAnalytic()[k])) + "\n");
            }
        }
    }

    private static void charts(Path charts, TrialLoader.Loaded l, List<Replicate> reps, List<DesignSummary> sums,
                               String version, ManifestBuilder m) throws IOException {
        String source = "Source: lpip " + version + " simulation · trial " + l.trial().name() + " · "
                + l.trial().replicates() + " replicates";
        String outcome = l.trial().outcome().equals("earnings") ? "monthly earnings at follow-up, £" : "share in work at follow-up";
        List<TrialCharts.PowerCurve> curves = sums.stream().map(s -> new TrialCharts.PowerCurve(s.design().name() + " ("
                + s.unit() + ")", java.util.Arrays.stream(s.plannedSizes()).asDoubleStream().toArray(), s.powerAnalytic(),
                s.powerSim())).toList();
        ChartFiles.write(charts.resolve("power.png"), TrialCharts.power(new ChartText("Power against the trial's size",
                "Two-sided test at 5%; lines from each design's standard error scaled as 1/√n, dots simulated", "Size (people "
                        + "or clusters; log scale)", "Power", source), curves), 800, 500, m.outputs(), "charts/");
        List<TrialCharts.Estimates> est = sums.stream().map(s -> new TrialCharts.Estimates(s.design().name(),
                reps.stream().filter(r -> r.design().equals(s.design().name())).mapToDouble(r -> r.estimate().value()).toArray(),
                s.meanTruth())).toList();
        ChartFiles.write(charts.resolve("estimates.png"), TrialCharts.estimates(new ChartText("What each design estimates",
                "Each replicate's estimate against the treated's true effect (their own counterfactual); " + outcome,
                "Effect (" + outcome + ")", "", source), est), 800, 160 + 90 * sums.size(), m.outputs(), "charts/");
        List<TrialCharts.Bias> bias = sums.stream().map(s -> {
            String[] src = DesignSummary.sources(s.design());
            return new TrialCharts.Bias(s.design().name(), src[0], s.imbalance(), src[1],
                    s.controls(), s.bias());
        }).toList();
        ChartFiles.write(charts.resolve("bias.png"), TrialCharts.bias(new ChartText("Bias by source",
                "Mean over replicates; the two sources add up to the bias; report.html names each design's sources", "", "Effect (" + outcome + ")", source), bias),
                800, 200 + 110 * sums.size(), m.outputs(), "charts/");
    }

    private static TrialReport.Trial report(TrialLoader.Loaded l, List<DesignSummary> sums, String version) {
        Trial t = l.trial();
        List<TrialReport.Design> ds = sums.stream().map(s -> {
            String[] src = DesignSummary.sources(s.design());
            return new TrialReport.Design(s.design().name(), s.design().type(), s.estimand(), s.unit(), s.size(),
                    s.meanPeople(), s.meanTreated(), s.meanEstimate(), s.sdEstimate(), s.meanTruth(), s.bias(), s.biasSe(),
                    src[0], s.imbalance(), src[1], s.controls(), s.expected(), s.meanSe(), s.coverage(), s.plannedSizes()[0],
                    plannedPower(s), fromSe(s), s.mde(), s.sizeFor80());
        }).toList();
        return new TrialReport.Trial(t.name(), t.description() == null ? "" : t.description(), t.scenario(), t.replicates(),
                t.followUpMonths(), t.outcome(), l.base().run().scale(), version, ds);
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}

package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.html} of a simulated trial ({@code lpip trial}), in the Magenta Book's terms
 * (HM Treasury 2020, ch. 3 and annex A): each design, what it estimates (intention to treat or the
 * effect on the treated), its bias against the true effect the model knows and where the bias
 * comes from, its power at the planned size, the minimum detectable effect and the size for 80%
 * power, and what the simulation cannot tell.
 */
public final class TrialReport {
    private TrialReport() {
    }

    /** The trial as the report tells it. */
    public record Trial(String name, String description, String scenario, int replicates, int followUpMonths, String outcome,
                        double scale, String version, List<Design> designs) {
        public Trial {
            designs = List.copyOf(designs);
        }
    }

    /** One design's figures (effects in the outcome's units; sizes in the design's unit). */
    public record Design(String name, String type, String estimand, String unit, double size, double people, double treated,
                         double meanEstimate, double sdEstimate, double truth, double bias, double biasSe,
                         String imbalanceSource, double imbalance, String controlsSource, double controls, double expected, double se,
                         double coverage, int plannedSize, double plannedPower, boolean plannedPowerFromSe, double mde,
                         double sizeFor80) { }

    /** The page, with every chart in {@code charts} embedded. */
    public static String html(Trial t, Path charts) throws IOException {
        Html h = new Html();
        boolean pounds = t.outcome().equals("earnings");
        String fmt = pounds ? "£%.0f" : "%+.2f pp";
        double k = pounds ? 1 : 100;
        h.open("Simulated trial: " + t.name());
        h.tag("h1", "Simulated trial: " + t.name());
        h.tag("p", t.description() + " Scenario " + t.scenario() + "; " + t.replicates() + " replicates; outcome "
                + (pounds ? "monthly earnings" : "in work") + " " + t.followUpMonths() + " months after the start; run scale "
                + t.scale() + ". lpip " + t.version() + ".", "meta");
        h.tag("h2", "Designs and what they estimate");
        h.tag("p", "In the Magenta Book's terms (HM Treasury 2020, annex A, impact evaluation): the design, the estimand "
                + "(intention to treat, the effect of offering the intervention, or the effect on the treated), the estimator's "
                + "bias, its power at the planned size, the minimum detectable effect (MDE) and the size needed for 80% "
                + "power; and what the simulation cannot tell.", "note");
        List<List<String>> rows = new ArrayList<>();
        for (Design d : t.designs()) {
            rows.add(List.of(d.name(), d.type(), d.estimand(), String.format(Locale.ROOT, "%,.0f %s", d.size(), d.unit())));
        }
        h.table(List.of("design", "type", "estimand", "size simulated (full scale)"), rows);
        h.tag("h2", "Bias against the true effect");
        h.tag("p", "Each replicate pairs the trial arm with a baseline arm of the same seed, so every unit's outcome without "
                + "the intervention is known. The bias is the estimate minus the treated's true effect (their outcome against "
                + "their own counterfactual); it splits exactly into the treated's and the controls' difference without the "
                + "intervention (chance imbalance in a randomised design; selection, regression to the mean or non-parallel "
                + "trends in an observational one) and minus the intervention's effect on the controls themselves "
                + "(displacement onto controls in the same labour market; spillover onto control places).", "note");
        rows = new ArrayList<>();
        for (Design d : t.designs()) {
            rows.add(List.of(d.name(), String.format(Locale.ROOT, fmt, k * d.meanEstimate()),
                    String.format(Locale.ROOT, fmt, k * d.truth()),
                    String.format(Locale.ROOT, fmt, k * d.bias()) + " ± " + String.format(Locale.ROOT, pounds ? "%.0f" : "%.2f",
                            k * d.biasSe() * 1.96),
                    d.imbalanceSource() + ": " + String.format(Locale.ROOT, fmt, k * d.imbalance()),
                    d.controlsSource() + ": " + String.format(Locale.ROOT, fmt, k * d.controls()),
                    String.format(Locale.ROOT, "%.0f%%", 100 * d.coverage())));
        }
        h.table(List.of("design", "mean estimate", "true effect", "bias (95% over replicates)", "imbalance term",
                "controls' term", "95% CI covers the truth"), rows);
        h.tag("h2", "Power, minimum detectable effect and size");
        rows = new ArrayList<>();
        for (Design d : t.designs()) {
            rows.add(List.of(d.name(), String.format(Locale.ROOT, fmt, k * d.expected()),
                    String.format(Locale.ROOT, "%,d %s", d.plannedSize(), d.unit()),
                    String.format(Locale.ROOT, "%.0f%%%s", 100 * d.plannedPower(), d.plannedPowerFromSe() ? " (from the SE)" : ""),
                    String.format(Locale.ROOT, fmt, k * d.mde()),
                    Double.isFinite(d.sizeFor80()) ? String.format(Locale.ROOT, "%,.0f %s", d.sizeFor80(), d.unit()) : "–"));
        }
        h.table(List.of("design", "expected estimate", "planned size", "power at 5% (two-sided)", "MDE at the simulated size (80% power)",
                "size for 80% power"), rows);
        h.tag("p", "Power is the share of replicates whose test rejects no effect at 5% (for an individual design the "
                + "evaluator's sample of the planned size is drawn from the simulated people, up to their number); "
                + "where marked, it follows from the design's standard error scaled to the size as 1/√n, for the estimate "
                + "the design expects: the true effect plus the bias that does not average out (in a randomised design the "
                + "chance imbalance does, so only the effect on the controls remains). The MDE is "
                + "(z₀.₉₇₅ + z₀.₈) × SE. The size for 80% power is the size at which the expected estimate equals the MDE, from "
                + "the same 1/√n scaling (for clusters it assumes more clusters like these ones and the normal in place of t).",
                "note");
        h.tag("h2", "What the model cannot tell you");
        h.raw("<ul><li>" + Html.escape("Take-up, completion and the programme's effect on each participant are the model's "
                + "levers, with their own evidence and assumptions (docs/interventions.md); a real trial measures them, this "
                + "one assumes them.") + "</li><li>" + Html.escape("Every simulated person stands for " + Math.round(1 / t.scale())
                + " people: a cluster trial's standard error is corrected to full scale (the within-cluster variance "
                + "shrunk to the real clusters' size, the between-cluster variance kept); a difference-in-differences' is "
                + "not, so its power is conservative.") + "</li><li>" + Html.escape("No attrition, non-response or measurement error: the evaluator "
                + "here observes every unit's outcome exactly; a real trial loses some, and its power with them.")
                + "</li><li>" + Html.escape("Spillovers arise only through the mechanisms the model has (the shared labour "
                + "market, commuting, local spending); others (peer effects, employers' expectations) are absent.")
                + "</li></ul>");
        h.tag("h2", "Charts");
        h.figures(charts);
        h.close();
        return h.toString();
    }
}

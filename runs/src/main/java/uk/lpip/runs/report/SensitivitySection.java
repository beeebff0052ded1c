package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lpip.runs.sweep.SensitivityResults;

/**
 * The sweep report's sections on sensitivity and scenario discovery: for each arm and output, the
 * Sobol indices (or Morris measures) of every input with a plain reading — which inputs move the
 * output most — and, where the experiment asked for discovery, the box of input ranges that
 * explains most of the runs meeting its condition.
 */
final class SensitivitySection {
    private SensitivitySection() {
    }

    static void write(Html h, Path root, int points) throws IOException {
        List<SensitivityResults.Sobol> sobol = SensitivityResults.sobol(root);
        List<SensitivityResults.Morris> morris = SensitivityResults.morris(root);
        List<SensitivityResults.Box> boxes = SensitivityResults.boxes(root);
        Map<String, Double> noise = SensitivityResults.noise(root);
        if (!sobol.isEmpty() || !morris.isEmpty()) {
            h.tag("h2", "What the outputs are sensitive to");
            h.tag("p", "Each design point's output is the mean over its replicates of the arm's paired difference from the "
                    + "baseline (benefit–cost ratio to UK society; net jobs at the horizon at full scale; the participants' effect in "
                    + "percentage points). Replicate noise that remains in that mean is part of the variance the indices share "
                    + "out, so with few replicates small indices are not distinguishable from noise.", "note");
        }
        for (List<SensitivityResults.Sobol> g : group(sobol, s -> s.arm() + "/" + s.output()).values()) {
            List<SensitivityResults.Sobol> rows = new ArrayList<>(g);
            rows.sort(Comparator.comparingDouble((SensitivityResults.Sobol s) -> -s.total()));
            SensitivityResults.Sobol top = rows.get(0);
            h.tag("h3", "Sobol indices of " + SensitivityResults.words(top.output()) + " ('" + top.arm() + "')");
            h.tag("p", reading(rows) + noiseReading(noise.get(top.arm() + "/" + top.output())));
            List<List<String>> cells = new ArrayList<>();
            for (SensitivityResults.Sobol s : rows) {
                cells.add(List.of(s.input(), Html.interval(s.first(), s.firstLow(), s.firstHigh(), "%.3f"),
                        Html.interval(s.total(), s.totalLow(), s.totalHigh(), "%.3f")));
            }
            h.table(List.of("input", "first order S1 [95% interval]", "total order ST [95% interval]"), cells);
            List<String> negative = rows.stream().filter(s -> s.first() < 0).map(SensitivityResults.Sobol::input).toList();
            h.tag("p", "First order: Saltelli et al. (2010); total order: Jansen (1999); intervals: " + top.basePoints()
                    + " base points resampled 1,000 times (bootstrap percentiles)." + (negative.isEmpty() ? ""
                    : " The first-order estimate for " + String.join(", ", negative) + " is below zero: an index cannot be "
                    + "negative, so this is estimation error around a value near zero, reported as estimated, not clipped."),
                    "note");
        }
        for (List<SensitivityResults.Morris> g : group(morris, m -> m.arm() + "/" + m.output()).values()) {
            List<SensitivityResults.Morris> rows = new ArrayList<>(g);
            rows.sort(Comparator.comparingDouble((SensitivityResults.Morris m) -> -m.muStar()));
            SensitivityResults.Morris top = rows.get(0);
            h.tag("h3", "Morris screening of " + SensitivityResults.words(top.output()) + " ('" + top.arm() + "')");
            h.tag("p", String.format(Locale.ROOT, "%s is most sensitive to %s (μ* %.3g)%s.",
                    capital(SensitivityResults.words(top.output())), top.input(), top.muStar(), rows.size() > 1
                            ? String.format(Locale.ROOT, ", then %s (μ* %.3g)", rows.get(1).input(), rows.get(1).muStar()) : ""));
            List<List<String>> cells = new ArrayList<>();
            for (SensitivityResults.Morris m : rows) {
                cells.add(List.of(m.input(), num(m.mu()), num(m.muStar()), num(m.sigma())));
            }
            h.table(List.of("input", "μ (mean effect)", "μ* (mean absolute effect)", "σ (spread)"), cells);
            h.tag("p", "Elementary effects per whole range of each input (Morris 1991; μ*, Campolongo et al. 2007). A σ as "
                    + "large as μ* marks an input whose effect depends on the others or is not linear.", "note");
        }
        if (boxes.isEmpty() && java.nio.file.Files.exists(root.resolve("discovery.csv"))) {
            h.tag("h2", "Scenario discovery");
            h.tag("p", "No design point of any arm meets the discovery condition (experiment.yaml, discovery), so there are "
                    + "no runs to explain and no box.");
        }
        if (!boxes.isEmpty()) {
            h.tag("h2", "Scenario discovery");
            for (SensitivityResults.Box b : boxes) {
                h.tag("p", discovery(b, points));
                List<List<String>> cells = new ArrayList<>();
                for (SensitivityResults.Limit l : b.limits()) {
                    cells.add(List.of(l.input(), num(l.low()) + " to " + num(l.high()), num(l.min()) + " to " + num(l.max())));
                }
                if (!cells.isEmpty()) {
                    h.table(List.of("input", "box", "range in the design"), cells);
                }
            }
            h.tag("p", "PRIM (Friedman and Fisher 1999) as in scenario discovery (Bryant and Lempert 2010): peeling and pasting, "
                    + "the densest box on the peeling trajectory that covers at least half the cases, limits kept only where their "
                    + "quasi-p-value is at most 0.05. Coverage: the share of the cases inside the box; density: the share of the "
                    + "box's points that are cases. The trajectory is in discovery.csv.", "note");
        }
    }

    /** "The BCR is most sensitive to X and Y" with their indices, and what the rest do. */
    static String reading(List<SensitivityResults.Sobol> byTotal) {
        SensitivityResults.Sobol a = byTotal.get(0);
        StringBuilder s = new StringBuilder(capital(SensitivityResults.words(a.output())) + " is most sensitive to " + a.input()
                + " (total-order index " + Html.interval(a.total(), a.totalLow(), a.totalHigh(), "%.2f") + ")");
        if (byTotal.size() > 1) {
            SensitivityResults.Sobol b = byTotal.get(1);
            s.append(" and ").append(b.input()).append(" (").append(Html.interval(b.total(), b.totalLow(), b.totalHigh(), "%.2f"))
                    .append(")");
        }
        s.append('.');
        double sumFirst = byTotal.stream().mapToDouble(SensitivityResults.Sobol::first).sum();
        s.append(String.format(Locale.ROOT, " The inputs alone (first order) account for %.0f%% of the variance; the rest is "
                + "their interactions and replicate noise.", 100 * Math.max(0, Math.min(1, sumFirst))));
        List<String> none = byTotal.stream().filter(x -> x.totalLow() <= 0.01).map(SensitivityResults.Sobol::input).toList();
        if (!none.isEmpty() && none.size() < byTotal.size()) {
            s.append(" Within these ranges ").append(String.join(", ", none)).append(none.size() == 1 ? " has" : " have")
                    .append(" a total-order interval reaching down to about zero: no effect is distinguishable.");
        }
        return s.toString();
    }

    private static String noiseReading(Double share) {
        if (share == null) {
            return " With one replicate per point the replicate noise in these indices is not known; run two or more "
                    + "to measure it.";
        }
        return String.format(Locale.ROOT, " Replicate noise is about %.0f%% of the variance over the design: an input that "
                + "changes the runs' paths (so their random draws) carries about that much noise in its total-order "
                + "estimate%s.", 100 * share, share > 0.5 ? ", so these indices mostly measure noise — use more replicates, a "
                + "larger scale or wider ranges" : "");
    }

    private static String discovery(SensitivityResults.Box b, int points) {
        String head = String.format(Locale.ROOT, "'%s': %s at %d of the %d design points.", b.arm(), b.condition(), b.cases(),
                points);
        if (b.limits().isEmpty()) {
            return head + String.format(Locale.ROOT, " No range of the inputs separates them from the others (the best box is "
                    + "the whole design, density %.0f%%).", 100 * b.density());
        }
        List<String> parts = new ArrayList<>();
        for (SensitivityResults.Limit l : b.limits()) {
            boolean lowCut = l.low() > l.min();
            boolean highCut = l.high() < l.max();
            parts.add(l.input() + (lowCut && highCut ? " between " + num(l.low()) + " and " + num(l.high())
                    : lowCut ? " at least " + num(l.low()) : " at most " + num(l.high())));
        }
        return head + String.format(Locale.ROOT, " They are found mostly where %s: that box holds %.0f%% of them (coverage) "
                + "and %.0f%% of its %d points meet the condition (density).", String.join(" and ", parts), 100 * b.coverage(),
                100 * b.density(), b.points());
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> key) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        items.forEach(i -> out.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
        return out;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String num(double v) {
        return !Double.isFinite(v) ? "–" : v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%.4g", v);
    }
}

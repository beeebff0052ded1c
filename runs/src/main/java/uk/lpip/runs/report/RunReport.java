package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.output.Manifest;
import uk.lpip.runs.output.Money;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * One self-contained {@code report.html} for a run directory, for a council officer: a
 * plain-language summary first (what changed, how sure we are, at what cost), then the charts
 * (embedded, so the file can be opened anywhere and forwarded), the key figures, what was assumed,
 * and how to reproduce it. Written as well-formed XHTML with print styles; no network needed.
 */
public final class RunReport {
    private static final String[] HEADLINE = {"employment_rate", "unemployment_rate", "inactivity_rate", "discouraged_rate",
        "median_monthly_wage", "employed"};

    private RunReport() {
    }

    /** Writes {@code report.html} into a run directory and returns its path. */
    public static Path write(Path dir) throws IOException, Manifest.Invalid {
        Manifest manifest = Manifest.read(dir.resolve("manifest.json"));
        Scenario scenario = readScenario(dir);
        List<String[]> summary = csv(dir.resolve("summary.csv"));
        List<String[]> appraisal = csv(dir.resolve("appraisal.csv"));
        Html h = new Html();
        String region = text(manifest, "region");
        String name = text(manifest, "scenario");
        int replicates = manifest.has("replicates") ? manifest.count("replicates", 1) : 1;
        List<String> arms = interventionArms(summary);
        boolean paired = !arms.isEmpty();
        // a place of a comparison (lpip compare): one arm per package, each against the shared baseline
        boolean place = paired && !arms.equals(List.of("intervention"));
        h.open(region + " — " + name);
        h.tag("h1", region + ": what the model shows");
        h.tag("p", "Scenario '" + name + "' · " + text(manifest, "months") + " months after a " + text(manifest, "burn_in_months")
                + "-month burn-in · seed " + text(manifest, "seed") + " · " + replicates + " replicate" + (replicates == 1 ? "" : "s")
                + " · lpip " + text(manifest, "version"), "meta");

        h.tag("h2", "Summary");
        h.raw("<ul class=\"summary\">");
        for (String line : summaryLines(summary, appraisal, region, arms, replicates, dir.resolve("effects.csv"))) {
            h.tag("li", line);
        }
        if (place) {
            h.tag("li", "This is one place of the comparison '" + text(manifest, "experiment") + "' (lpip compare): its arms are the "
                    + "baseline and the package" + (arms.size() == 1 ? " " : "s ") + quoted(arms) + ", each scaled to this place and "
                    + "run against the same baseline, replicate by replicate. The comparison's report.html, one directory up, has "
                    + "every place, the matrix, value for money and the charts.");
        }
        for (String line : Headline.interventions(scenario)) {
            h.tag("li", line);
        }
        h.raw("</ul>");
        h.tag("h2", "How sure is this?");
        h.raw("<ul class=\"uncertainty\">");
        for (String line : Headline.uncertainty(replicates, paired)) {
            h.tag("li", line);
        }
        h.raw("</ul>");

        MapSection.write(h, dir.resolve("effects.csv"), scenario, place ? arms : null);

        h.tag("h2", "Charts");
        if (!java.nio.file.Files.isDirectory(dir.resolve("charts"))) {
            h.tag("p", place ? "A comparison draws its charts once for all places: see the comparison's report.html."
                    : "This run was made without charts (--no-charts).", "note");
        }
        h.figures(dir.resolve("charts"), ChartOrder.run(paired, fanNote(replicates)));

        h.tag("h2", "Key figures");
        keyFigures(h, summary, arms, scenario);
        ParticipantsSection.write(h, dir.resolve("participant-effects-summary.csv"), replicates);
        if (!appraisal.isEmpty()) {
            h.tag("h2", "Green Book appraisal");
            AppraisalSection.write(h, appraisal, dir.resolve("sensitivity.csv"), replicates);
            h.tag("h3", "Every measure");
            appraisalTable(h, appraisal);
        }

        h.tag("h2", "What was assumed");
        assumptions(h, scenario, manifest);

        h.tag("h2", "How to reproduce it");
        String where = where(dir);
        if (place) {
            String parent = where(dir.toAbsolutePath().getParent());
            h.tag("p", "Every file of this place's run is listed with its SHA-256 in manifest.json. Its arms are the comparison's "
                    + "packages, which are not in scenario.yaml (the place without them), so run the comparison again:");
            h.tag("pre", "./lpip compare " + parent + "/comparison.yaml --out " + parent + "-again");
            h.tag("p", "Commit " + text(manifest, "git_commit") + " · Java " + text(manifest, "java"), "meta");
            h.close();
            return h.writeTo(dir);
        }
        h.tag("p", "Every file of this run is listed with its SHA-256 in manifest.json. To run it again and check the results "
                + "come out byte for byte:");
        h.tag("pre", "./lpip rerun " + where + "/manifest.json");
        h.tag("p", "Or from the resolved scenario beside this report:");
        h.tag("pre", "./lpip run " + where + "/scenario.yaml --replicates " + replicates);
        h.tag("p", "Commit " + text(manifest, "git_commit") + " · Java " + text(manifest, "java"), "meta");
        h.close();
        Path out = dir.resolve("report.html");
        AtomicFiles.write(out, w -> w.write(h.toString()));
        return out;
    }

    /** Why the fan charts of a run with 2–4 replicates have no band; null with one replicate or enough for a band. */
    static String fanNote(int replicates) {
        if (replicates < 2 || uk.lpip.viz.FanChart.hasBands(replicates)) {
            return null;
        }
        return "The fan charts draw each of the " + replicates + " replicates as its own line, without a shaded band: a 90% "
                + "band needs at least " + uk.lpip.viz.FanChart.MIN_BAND_REPLICATES + " replicates, and from fewer its edges would "
                + "only be the lowest and highest replicate. Run with --replicates " + uk.lpip.viz.FanChart.MIN_BAND_REPLICATES
                + " or more for bands.";
    }

    /** The arms with interventions in summary.csv, in order: none, {@code intervention} (lpip run) or a comparison's packages. */
    static List<String> interventionArms(List<String[]> summary) {
        return summary.stream().map(r -> r[0]).filter(a -> !a.equals("baseline") && !a.startsWith("difference")).distinct()
                .toList();
    }

    private static String quoted(List<String> arms) {
        return String.join(", ", arms.stream().map(a -> "'" + a + "'").toList());
    }

    private static List<String> summaryLines(List<String[]> summary, List<String[]> appraisal, String region, List<String> arms,
                                             int replicates, Path effects) throws IOException {
        List<String> out = new ArrayList<>();
        boolean paired = !arms.isEmpty();
        boolean single = arms.equals(List.of("intervention"));
        String area = summary.stream().map(r -> r[1]).filter(a -> a.startsWith("region:")).findFirst().orElse("");
        Map<String, String[]> base = rows(summary, "baseline", area);
        String[] emp = base.get("employment_rate");
        if (emp != null) {
            out.add(String.format(Locale.ROOT, "Without interventions, the employment rate (ages 16–64) in %s goes from %.1f%% "
                    + "to %.1f%% over the %s months recorded; unemployment from %.1f%% to %.1f%%; economic inactivity from "
                    + "%.1f%% to %.1f%%.", region, pct(emp[6]), pct(emp[7]), emp[5], pct(base.get("unemployment_rate")[6]),
                    pct(base.get("unemployment_rate")[7]), pct(base.get("inactivity_rate")[6]), pct(base.get("inactivity_rate")[7])));
        }
        for (String arm : single ? List.<String>of() : arms) {
            String e = Headline.effect(effects, region, arm, "With the package '" + arm + "'");
            if (e != null) {
                out.add(e);
            }
        }
        Map<String, String[]> diff = rows(summary, "difference", area);
        String effect = single ? Headline.effect(effects, region) : null;
        if (effect != null) {
            out.add(effect);   // from the replicates' mean, with its interval, at full scale
        } else if (single && diff.get("employment_rate") != null) {
            out.add(String.format(Locale.ROOT, "With the interventions, the employment rate at the end is %+.2f percentage points "
                    + "different and %,.0f more residents are employed at full scale (first replicate; the same people and "
                    + "luck in both arms).", 100 * Double.parseDouble(diff.get("employment_rate")[7]),
                    Double.parseDouble(diff.get("employed")[7])));
        }
        String headline = appraisal.isEmpty() ? null : AppraisalSection.headline(appraisal, replicates);
        if (headline != null) {
            out.add(headline + String.format(Locale.ROOT, " %s net additional jobs at the end.",
                    number(means(appraisal).get("net_additional_jobs"))));
        }
        if (out.isEmpty()) {
            out.add("No headline figures were found in this run's summary.csv.");
        }
        return out;
    }

    private static double pct(String v) {
        return 100 * Double.parseDouble(v);
    }

    /** Mean over replicates, with the interval where there are several: [mean, low, high]. */
    private static Map<String, double[]> means(List<String[]> appraisal) {
        Map<String, List<Double>> by = new LinkedHashMap<>();
        for (String[] r : appraisal) {
            by.computeIfAbsent(r[1], k -> new ArrayList<>()).add(Double.parseDouble(r[2]));
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        by.forEach((k, v) -> {
            double[] x = v.stream().mapToDouble(Double::doubleValue).toArray();
            uk.lpip.runs.Effects.Effect e = uk.lpip.runs.Effects.ofValues(x);
            out.put(k, new double[] {e.mean(), e.low(), e.high()});
        });
        return out;
    }

    private static String ratio(double[] m) {
        if (m == null || !Double.isFinite(m[0])) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%.1f", m[0]);
        return Double.isFinite(m[1]) ? s + String.format(Locale.ROOT, " [%.1f, %.1f]", m[1], m[2]) : s;
    }

    private static String number(double[] m) {
        if (m == null) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%,.0f", m[0]);
        return Double.isFinite(m[1]) ? s + String.format(Locale.ROOT, " [%,.0f, %,.0f]", m[1], m[2]) : s;
    }

    private static Map<String, String[]> rows(List<String[]> summary, String arm, String area) {
        Map<String, String[]> out = new LinkedHashMap<>();
        for (String[] r : summary) {
            if (r[0].equals(arm) && r[1].equals(area)) {
                out.put(r[2], r);
            }
        }
        return out;
    }

    private static void keyFigures(Html h, List<String[]> summary, List<String> arms, Scenario scenario) {
        boolean single = arms.equals(List.of("intervention"));
        StringBuilder head = new StringBuilder("<table><thead><tr><th>area</th><th>measure</th><th>start</th><th>end</th>");
        for (String arm : arms) {
            head.append(single ? "<th>end, with interventions</th><th>difference</th>" : "<th>end, with &#39;" + Html.escape(arm)
                    + "&#39;</th><th>difference, &#39;" + Html.escape(arm) + "&#39;</th>");
        }
        h.raw(head.append("</tr></thead><tbody>").toString());
        for (String[] r : summary) {
            if (!r[0].equals("baseline") || !(r[1].startsWith("region:") || r[1].startsWith("council:"))
                    || !List.of(HEADLINE).contains(r[2])) {
                continue;
            }
            StringBuilder row = new StringBuilder("<tr><td>" + Html.escape(areaName(r[1], scenario)) + "</td><td>"
                    + Html.escape(r[2].replace('_', ' ')) + "</td><td>" + fmt(r[2], r[6]) + "</td><td>" + fmt(r[2], r[7]) + "</td>");
            for (String arm : arms) {
                String difference = uk.lpip.runs.SummaryCsv.differenceArm(arm);
                String[] t = summary.stream().filter(x -> x[0].equals(arm) && x[1].equals(r[1]) && x[2].equals(r[2]))
                        .findFirst().orElse(null);
                String[] d = summary.stream().filter(x -> x[0].equals(difference) && x[1].equals(r[1]) && x[2].equals(r[2]))
                        .findFirst().orElse(null);
                row.append("<td>").append(t == null ? "" : fmt(r[2], t[7])).append("</td><td>")
                        .append(d == null ? "" : fmtDiff(r[2], d[7])).append("</td>");
            }
            h.raw(row.append("</tr>").toString());
        }
        h.raw("</tbody></table>");
    }

    /** An area's name from the scenario (region or council), its id where the scenario cannot be read. */
    static String areaName(String area, Scenario s) {
        String id = area.substring(area.indexOf(':') + 1);
        if (s == null) {
            return id;
        }
        if (area.startsWith("region:")) {
            return s.region().regionName();
        }
        return s.region().councils().stream().filter(c -> c.id().equals(id)).map(PlaceConfig.CouncilConfig::name).findFirst()
                .orElse(id);
    }

    private static String fmt(String metric, String v) {
        double x = Double.parseDouble(v);
        return metric.endsWith("_rate") ? String.format(Locale.ROOT, "%.1f%%", 100 * x)
                : metric.contains("wage") ? Money.pounds(x, 0) : String.format(Locale.ROOT, "%,.0f", x);
    }

    private static String fmtDiff(String metric, String v) {
        double x = Double.parseDouble(v);
        return metric.endsWith("_rate") ? String.format(Locale.ROOT, "%+.2f pp", 100 * x) : String.format(Locale.ROOT, "%+,.0f", x);
    }

    private static void appraisalTable(Html h, List<String[]> appraisal) {
        h.raw("<table><thead><tr><th>measure</th><th>mean over replicates</th><th>95% interval</th><th>unit</th></tr></thead><tbody>");
        Map<String, String> units = new LinkedHashMap<>();
        appraisal.forEach(r -> units.put(r[1], r[3]));
        means(appraisal).forEach((k, v) -> h.raw("<tr><td>" + Html.escape(k.replace('_', ' ')) + "</td><td>"
                + String.format(Locale.ROOT, "%,.2f", v[0]) + "</td><td>" + (Double.isFinite(v[1])
                ? String.format(Locale.ROOT, "%,.2f to %,.2f", v[1], v[2]) : "–") + "</td><td>"
                + Html.escape(units.get(k)) + "</td></tr>"));
        h.raw("</tbody></table>");
        h.tag("p", "Real 2024/25 prices; costs uplifted by the Green Book's optimism-bias upper bound for each cost type; "
                + "discounted at the Social Time Preference Rate (3.5% a year for the first 30 years).", "note");
    }

    private static void assumptions(Html h, Scenario s, Manifest manifest) {
        if (s == null) {
            h.tag("p", "The resolved scenario (scenario.yaml) could not be read.");
            return;
        }
        long people = s.region().zones().stream().mapToLong(PlaceConfig.ZoneConfig::population).sum();
        h.raw("<ul>");
        h.tag("li", String.format(Locale.ROOT, "%s: %d councils, %d zones, about %,d residents; simulated at scale %s "
                        + "(one agent per %,.0f people).", s.region().regionName(), s.region().councils().size(),
                s.region().zones().size(), people, text(manifest, "scale"), 1.0 / s.run().scale()));
        h.tag("li", "Places, people and industries are built from published figures (sources in the scenario file and "
                + "docs/data-sources.md); the four bundled regions' free parameters and councils are fitted to published 2023 rates by "
                + "lpip calibrate (docs/calibration.md gives each fit and where it misses); a place of your own is fitted only if "
                + "you ran lpip calibrate on it.");
        if (s.water() != null) {
            h.tag("li", "A catchment is simulated (" + s.water().nodes().size() + " river nodes, " + s.water().licences().size()
                    + " licences, allocation by " + s.water().allocationRule().key().replace('_', ' ') + "); see docs/water.md.");
        }
        for (InterventionSpec iv : s.interventions()) {
            h.tag("li", "Intervention '" + iv.common().name() + "' (" + iv.type().replace('_', ' ') + "), months "
                    + iv.common().startMonth() + "–" + iv.common().endMonth() + ", funded by " + iv.common().funder()
                    + "; levers in scenario.yaml and docs/interventions.md.");
        }
        h.raw("</ul>");
    }

    /** The run directory as the reader types it from where the report was written: relative below there, else absolute. */
    static String where(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        String p = (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
        return p.matches("[A-Za-z0-9._/+-]+") ? p : "'" + p.replace("'", "'\\''") + "'";
    }

    private static Scenario readScenario(Path dir) {
        try {
            return ScenarioLoader.load(dir.resolve("scenario.yaml").toString());
        } catch (ScenarioException e) {
            return null;
        }
    }

    private static String text(Manifest m, String key) {
        return m.display(key);
    }

    private static List<String[]> csv(Path file) throws IOException {
        return CsvRows.read(file).rows();
    }
}

package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The report is one well-formed, self-contained file with every chart embedded and the summary first. */
class ReportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aPairedRunWithReplicatesGetsAReportWithEveryChartEmbedded() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("paired.yaml"), String.join("\n",
                "extends: demo",
                "name: reported",
                "run: {months: 8, burn_in_months: 4}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 6, funder: uk_government,",
                "     intake: monthly, places_per_intake: 30, cost_per_place: 2400}",
                ""));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", scenario.toString(), "--replicates", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path dir;
        try (Stream<Path> s = Files.list(out)) {
            dir = s.findFirst().orElseThrow();
        }
        assertTrue(r.out().contains("Report: " + dir.resolve("report.html")), r.out());
        String html = Files.readString(dir.resolve("report.html"));

        assertSelfContained(dir);
        // the reproduce commands run as printed, from where the run was made
        java.util.regex.Matcher cmd = java.util.regex.Pattern.compile("<pre>\\./lpip (rerun|run) ([^<]+)</pre>").matcher(html);
        int ran = 0;
        while (cmd.find()) {
            List<String> args = new java.util.ArrayList<>(List.of(cmd.group(1)));
            args.addAll(List.of(cmd.group(2).trim().split(" ")));
            if (cmd.group(1).equals("run")) {
                args.addAll(List.of("--no-charts", "--no-report", "--out", dir.resolveSibling("again").toString()));
            }
            CliRun again = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, again.exitCode(), cmd.group() + "\n" + again.out() + again.err());
            ran++;
        }
        assertEquals(2, ran, "both reproduce commands ran");
        assertTrue(html.indexOf("<h2>Summary</h2>") < html.indexOf("<h2>Charts</h2>"), "the summary comes first");
        assertTrue(html.contains("With the interventions, the employment rate in ") && html.contains("at full scale, the mean of 2 "
                + "paired replicates"), "the effect in words, from the replicates' mean with its interval");
        assertTrue(html.indexOf("<h2>How sure is this?</h2>") < html.indexOf("<h2>Charts</h2>")
                && html.contains("do not cover the model's structure"), "the caveats up front");
        assertTrue(html.contains("benefit–cost ratio to UK society is") && html.contains("mean over 2 replicates"), "cost and return in words");
        assertTrue(html.contains("value for money") && html.contains("Place: target area") && html.contains("Exchequer: net position"),
                "the perspectives and the value-for-money category");
        assertTrue(html.contains("Sensitivity of the UK benefit–cost ratio"), "the sensitivity table");
        assertTrue(html.contains("./lpip rerun "), "how to reproduce it");
        assertTrue(html.contains("<h2>Where the effect falls</h2>"), "the map of councils");
        int councils = uk.lpip.scenarios.load.ScenarioLoader.load("demo").region().councils().size();
        assertEquals(councils, html.split("<g class=\"council\">", -1).length - 1, "one hex per council");
        for (var c : uk.lpip.scenarios.load.ScenarioLoader.load("demo").region().councils()) {
            assertTrue(html.contains(c.name() + ": "), "the map names " + c.name());
        }
        assertTrue(html.indexOf("Where the effect falls") < html.indexOf("<h2>Charts</h2>"), "effects before context");
        // the charts by meaning: the effect with its interval first, value for money, the arms, then the place over time
        List<String> order = List.of("forest_employment_rate", "forest_unemployment_rate", "appraisal", "fan_employment_rate",
                "arms_employment_rate", "employment_rate", "unemployment_rate", "median_monthly_wage");
        for (int i = 1; i < order.size(); i++) {
            int before = html.indexOf("<figcaption>" + order.get(i - 1) + ".png</figcaption>");
            int after = html.indexOf("<figcaption>" + order.get(i) + ".png</figcaption>");
            assertTrue(before > 0 && before < after, order.get(i - 1) + " before " + order.get(i));
        }
        assertTrue(html.indexOf("<h3>Effects of the interventions</h3>") < html.indexOf("<h3>Context: the place over time"),
                "the effects' heading before the context's");
        assertTrue(html.contains("draw each of the 2 replicates as its own line, without a shaded band"),
                "why two replicates get no fan band");
        assertTrue(html.contains("Intervention &#39;training&#39;") || html.contains("Intervention 'training'"), "what was assumed");

        Files.delete(dir.resolve("report.html"));
        CliRun again = CliRun.of("report", dir.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(html, Files.readString(dir.resolve("report.html")), "lpip report writes the same report again");
        assertEquals(2, CliRun.of("report", tmp.toString()).exitCode(), "not a run directory");
    }

    @Test
    void aTwoFactorSweepGetsResponseChartsAHeatMapAndAReport() throws Exception {
        Path experiment = Files.writeString(tmp.resolve("e.yaml"), String.join("\n",
                "name: two-factors",
                "scenario: northern-ireland-skills",
                "set: [run.months=14, run.burn_in_months=4, run.scale=0.003]",
                "replicates: 2",
                "factors:",
                "  - {path: 'interventions[1].places_per_intake', values: [40, 160]}",
                "  - {path: 'interventions[1].completion_probability', values: [0.4, 0.8]}",
                "outputs: [employment_rate, employed]",
                ""));
        Path out = tmp.resolve("sweeps");
        CliRun r = CliRun.of("sweep", experiment.toString(), "--jobs", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path dir = out.resolve("two-factors");
        assertTrue(r.out().contains("Report: " + dir.resolve("report.html")), r.out());
        for (String chart : List.of("response_interventions_1_places_per_intake.png",
                "response_interventions_1_completion_probability.png", "heatmap_intervention.png")) {
            assertTrue(Files.size(dir.resolve("charts").resolve(chart)) > 10_000, chart);
        }
        String html = assertSelfContained(dir);
        assertTrue(html.indexOf("<h2>Summary</h2>") < html.indexOf("<h2>Charts</h2>"), "the summary comes first");
        assertTrue(html.contains("changes employment rate in the region at month 13 by"), "the effect across the design in words");
        assertTrue(html.contains("<h2>Every design point</h2>") && html.contains("./lpip rerun two-factors/runs/"), html);
        assertEquals(8, Pattern.compile("<td>intervention</td>").matcher(html).results().count(),
                "a row per design point in the effects table and in the table by perspective");
        assertTrue(html.contains("<h3>By perspective</h3>") && html.contains("<th>rest of the UK</th>"), "the perspectives");

        Files.delete(dir.resolve("report.html"));
        assertEquals(0, CliRun.of("report", dir.toString()).exitCode());
        assertEquals(html, Files.readString(dir.resolve("report.html")), "lpip report on a sweep writes the same report");
    }

    /** Checks the report in {@code dir} is well-formed XHTML with every chart of charts/ embedded; returns its text. */
    static String assertSelfContained(Path dir) throws Exception {
        String html = Files.readString(dir.resolve("report.html"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("html", doc.getDocumentElement().getLocalName(), "well-formed XHTML");
        long charts;
        try (Stream<Path> s = Files.list(dir.resolve("charts"))) {
            charts = s.filter(p -> p.toString().endsWith(".png")).count();
        }
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int images = 0;
        while (m.find()) {
            assertTrue(ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1)))).getWidth() > 1000,
                    "an embedded chart decodes to a 2× PNG");
            images++;
        }
        assertTrue(charts > 0);
        assertEquals(charts, images, "every chart is embedded");
        assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org/1999/xhtml"),
                "no links to the network");
        return html;
    }
}

package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.compare.PlaceComparison;
import uk.lpip.scenarios.experiment.ComparisonLoader;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.SkillsProgrammeSpec;

/** The place comparison: the package scales with each place, every place gets a row, bad files are refused. */
class CompareCommandTest {
    @TempDir
    Path tmp;

    private Path comparison(String places, String extra) throws Exception {
        return Files.writeString(tmp.resolve("c.yaml"), String.join("\n",
                "name: cmp",
                "places: " + places,
                "set: [run.months=10, run.burn_in_months=6, run.scale=0.005]",
                "replicates: 2",
                "places_per_intake_per_1000_working_age: 2",
                "budget_per_working_age_resident: 10",
                "package:",
                "  - {type: skills_programme, name: skills, start_month: 1, end_month: 6, funder: partnership,",
                "     intake: monthly, places_per_intake: 1, cost_per_place: 2400" + extra + "}",
                ""));
    }

    @Test
    void thePackageScalesWithEachPlacesWorkingAgePopulation() throws Exception {
        ComparisonLoader.Loaded l = ComparisonLoader.load(comparison("[rural-wales, yorkshire-humber]", ""));
        double wales = PlaceComparison.workingAge(l.places().get(0).model());
        double yorkshire = PlaceComparison.workingAge(l.places().get(1).model());
        assertTrue(yorkshire > 10 * wales, wales + " vs " + yorkshire);
        SkillsProgrammeSpec w = (SkillsProgrammeSpec) PlaceComparison.scale(l.comparison(), l.comparison().packages().get(0), wales).get(0);
        SkillsProgrammeSpec y = (SkillsProgrammeSpec) PlaceComparison.scale(l.comparison(), l.comparison().packages().get(0), yorkshire).get(0);
        assertEquals(Math.round(2 * wales / 1000), w.placesPerIntake());
        assertEquals(Math.round(2 * yorkshire / 1000), y.placesPerIntake());
        assertEquals(10 * yorkshire, y.common().budgetPounds(), 1e-6);
    }

    @Test
    void everyPlaceGetsARowInTheMatrixAndInCompareCsv() throws Exception {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("compare", comparison("[rural-wales, forth-valley]", "").toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        // progress on stderr, place by place: 2 replicates × (7 months shared by the arms (the burn-in and the
        // month before the package starts) + 2 arms × 9 months of their own) = 50 months each
        assertTrue(r.err().contains("(burn-in, shared by the arms)"), r.err());
        assertTrue(r.err().contains("month 50/50 (recorded, arm 2 of 2)"), r.err());
        assertTrue(r.out().contains("Rural Wales") && r.out().contains("Forth Valley"), r.out());
        assertTrue(r.out().contains("net jobs at horizon") && r.out().contains("BCR, UK society"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("cmp/compare.csv"));
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("package,rural-wales,Rural Wales,"), csv.get(1));
        // the printed value-for-money category says when the interval spans other categories, as the report does
        uk.lpip.runs.output.CsvRows m = uk.lpip.runs.output.CsvRows.read(out.resolve("cmp/compare.csv"));
        for (String[] row : m.rows()) {
            String category = uk.lpip.runs.appraisal.ValueForMoney.withInterval(Double.parseDouble(row[m.column("bcr_uk")]),
                    Double.parseDouble(row[m.column("bcr_uk_low")]), Double.parseDouble(row[m.column("bcr_uk_high")]));
            assertTrue(r.out().lines().anyMatch(l -> l.contains(row[m.column("region")]) && l.endsWith(" " + category)),
                    category + " for " + row[m.column("region")] + ":\n" + r.out());
        }
        assertTrue(Files.exists(out.resolve("cmp/comparison.yaml")));
        assertTrue(Files.size(out.resolve("cmp/charts/compare_employment_rate.png")) > 10_000, "the matrix as a forest plot");
        assertTrue(Files.size(out.resolve("cmp/charts/matrix_employment_rate.png")) > 10_000, "and as a heat map");
        assertTrue(r.out().contains("Report: " + out.resolve("cmp/report.html")), r.out());
    }

    @Test
    void theReportMapsEachPlacesCouncilsAndShowsEachPerspectiveAsTheMeanOfItsReplicates() throws Exception {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("compare", comparison("[rural-wales, forth-valley]", "").toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(out.resolve("cmp/report.html"));
        assertTrue(html.contains("<h2>Where the effect falls</h2>"), "the maps of councils");
        int councils = 0;
        for (String place : List.of("rural-wales", "forth-valley")) {
            var list = uk.lpip.scenarios.load.ScenarioLoader.load(place).region().councils();
            councils += list.size();
            for (var c : list) {
                assertTrue(html.contains(c.name() + ": "), "a map names " + c.name());
            }
        }
        assertEquals(councils, html.split("<g class=\"council\">", -1).length - 1, "one hex per council of each place");
        assertTrue(html.indexOf("Where the effect falls") < html.indexOf("<h2>Charts</h2>"), "effects before context");

        int at = html.indexOf("<h2>Who gains: the appraisal by perspective</h2>");
        assertTrue(at > 0, "the perspectives section");
        String section = html.substring(at, html.indexOf("<h2>", at + 4));
        for (String column : List.of("Place: target area", "Place: rest of the region", "Place: rest of the UK (displacement)",
                "UK society: benefits", "Exchequer: net position", "BCR, UK society (value for money)")) {
            assertTrue(section.contains("<th>" + column), column + " in " + section);
        }
        uk.lpip.runs.output.CsvRows t = uk.lpip.runs.output.CsvRows.read(out.resolve("cmp/compare-appraisal.csv"));
        assertFalse(html.contains("rural-wales</td>") || html.contains(" in rural-wales:"), "places by name, not id");
        for (String place : List.of("rural-wales", "forth-valley")) {
            String name = uk.lpip.scenarios.load.ScenarioLoader.load(place).region().regionName();
            assertTrue(html.contains("&#39;package&#39; in " + name + ": ") || html.contains("'package' in " + name + ": "),
                    "the map is titled with the place's name, " + name);
            String row = section.substring(section.indexOf("<tr><td>package</td><td>" + name + "</td>"));
            row = row.substring(0, row.indexOf("</tr>"));
            List<String> cells = List.of(row.replace("<tr><td>", "").replaceAll("</td>$", "").split("</td><td>"));
            double[] target = t.rows().stream().filter(x -> x[t.column("place")].equals(place)
                    && x[t.column("measure")].equals("pv_benefits_target_area")).mapToDouble(x -> Double.parseDouble(x[t.column("value")]))
                    .toArray();
            assertEquals(2, target.length, "one value per replicate");
            String mean = String.format(java.util.Locale.ROOT, "%,.0f", (target[0] + target[1]) / 2);
            assertTrue(cells.get(2).startsWith(mean + " ["), "the target area's benefits are the mean of the two replicates, "
                    + mean + ", with an interval: " + cells.get(2));
            // the UK BCR: mean benefits over mean costs of the replicates (not the mean of their ratios), in the
            // report and in compare.csv alike
            double[] benefits = measure(t, place, "pv_benefits_uk");
            double[] costs = measure(t, place, "pv_costs_appraisal_period");
            uk.lpip.runs.Effects.Effect bcr = uk.lpip.runs.Effects.ratioOfMeans(benefits, costs);
            assertEquals((benefits[0] + benefits[1]) / (costs[0] + costs[1]), bcr.mean(), 1e-9 * Math.abs(bcr.mean()));
            String category = uk.lpip.runs.appraisal.ValueForMoney.withInterval(bcr.mean(), bcr.low(), bcr.high());
            assertTrue(cells.get(cells.size() - 1).startsWith(String.format(java.util.Locale.ROOT, "%.2f [", bcr.mean()))
                    && cells.get(cells.size() - 1).endsWith("(" + category + ")"),
                    "the UK benefit–cost ratio of the mean benefits and costs, " + bcr + " " + category + ": "
                    + cells.get(cells.size() - 1));
            uk.lpip.runs.output.CsvRows m = uk.lpip.runs.output.CsvRows.read(out.resolve("cmp/compare.csv"));
            String[] matrix = m.rows().stream().filter(x -> x[m.column("place")].equals(place)).findFirst().orElseThrow();
            assertEquals(bcr.mean(), Double.parseDouble(matrix[m.column("bcr_uk")]), 1e-9 * Math.abs(bcr.mean()));
            assertEquals(bcr.low(), Double.parseDouble(matrix[m.column("bcr_uk_low")]), 1e-9 * Math.abs(bcr.low()));
            assertEquals(bcr.high(), Double.parseDouble(matrix[m.column("bcr_uk_high")]), 1e-9 * Math.abs(bcr.high()));
        }
    }

    private static double[] measure(uk.lpip.runs.output.CsvRows t, String place, String measure) {
        return t.rows().stream().filter(x -> x[t.column("place")].equals(place) && x[t.column("measure")].equals(measure))
                .mapToDouble(x -> Double.parseDouble(x[t.column("value")])).toArray();
    }

    @Test
    void eachPlaceIsARunDirectoryThatWhateverReadsARunReads() throws Exception {
        Path file = Files.writeString(tmp.resolve("two.yaml"), String.join("\n",
                "name: two", "places: [rural-wales]", "set: [run.months=8, run.burn_in_months=4, run.scale=0.005]",
                "replicates: 2", "places_per_intake_per_1000_working_age: 2", "budget_per_working_age_resident: 10",
                "packages:",
                "  - name: skills",
                "    interventions: [{type: skills_programme, name: skills, start_month: 1, end_month: 6, funder: partnership,",
                "                     intake: monthly, places_per_intake: 1, cost_per_place: 2400}]",
                "  - name: outreach",
                "    interventions: [{type: outreach, name: outreach, start_month: 1, end_month: 6, funder: partnership,",
                "                     eligible: [discouraged], contact_rate_monthly: 0.04, cost_per_contact: 150}]", ""));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("compare", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path place = placeRuns(out.resolve("two")).get(0);
        // a run's tables, listed in its manifest
        var outputs = uk.lpip.runs.output.Manifest.read(place.resolve("manifest.json")).outputs();
        for (String t : List.of("timeseries.csv", "summary.csv", "effects.csv", "scenario.yaml", "summary.parquet", "effects.parquet")) {
            assertTrue(outputs.containsKey(t), t + " in the manifest: " + outputs.keySet());
        }
        uk.lpip.runs.output.CsvRows summary = uk.lpip.runs.output.CsvRows.read(place.resolve("summary.csv"));
        assertEquals(java.util.Set.of("baseline", "skills", "outreach", "difference:skills", "difference:outreach"),
                summary.rows().stream().map(x -> x[0]).collect(java.util.stream.Collectors.toSet()));
        uk.lpip.runs.output.CsvRows effects = uk.lpip.runs.output.CsvRows.read(place.resolve("effects.csv"));
        assertEquals("arm", effects.header().get(0));
        // each package's effect in effects.csv is the one in the matrix
        uk.lpip.runs.output.CsvRows matrix = uk.lpip.runs.output.CsvRows.read(out.resolve("two/compare.csv"));
        for (String pkg : List.of("skills", "outreach")) {
            String[] cell = matrix.rows().stream().filter(x -> x[matrix.column("package")].equals(pkg)).findFirst().orElseThrow();
            int last = effects.rows().stream().mapToInt(x -> Integer.parseInt(x[effects.column("month")])).max().orElseThrow();
            String[] e = effects.rows().stream().filter(x -> x[0].equals(pkg) && x[effects.column("area")].startsWith("region:")
                    && x[effects.column("metric")].equals("employment_rate")
                    && Integer.parseInt(x[effects.column("month")]) == last).findFirst().orElseThrow();
            assertEquals(Double.parseDouble(cell[matrix.column("employment_rate_pp")]),
                    100 * Double.parseDouble(e[effects.column("mean_difference")]), 1e-9, pkg);
        }
        // its report, as lpip report writes it: a line per package, by name
        String html = Files.readString(place.resolve("report.html"));
        assertTrue(html.contains("With the package &#39;skills&#39;, the employment rate in Rural Wales")
                || html.contains("With the package 'skills', the employment rate in Rural Wales"), "the skills package's effect");
        assertTrue(html.contains("outreach") && html.contains("one place of the comparison"), "the comparison named");
        assertTrue(html.contains("<pre>./lpip compare "), "reproduced by running the comparison again");
        assertFalse(html.contains("council:") || html.contains("region:"), "areas by name");
        Files.delete(place.resolve("report.html"));
        CliRun report = CliRun.of("report", place.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertEquals(html, Files.readString(place.resolve("report.html")), "lpip report writes the same place report");
        assertEquals(0, CliRun.of("verify", place.toString()).exitCode(), "lpip verify reads it");
        // and lpip query sees its tables as a run's
        CliRun q = CliRun.of("query", "--results", out.toString(), "SELECT count(*) AS n FROM effects WHERE arm = 'skills'");
        assertEquals(0, q.exitCode(), q.err());
        long skillsRows = effects.rows().stream().filter(x -> x[0].equals("skills")).count();
        assertTrue(q.out().contains(Long.toString(skillsRows)), skillsRows + " rows: " + q.out());
    }

    private static List<Path> placeRuns(Path comparison) throws java.io.IOException {
        try (java.util.stream.Stream<Path> s = Files.list(comparison)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("manifest.json"))).sorted().toList();
        }
    }

    @Test
    void aDirectoryHoldingAComparisonIsRefusedAndAnInterruptedOneResumesReusingVerifiedPlaces() throws Exception {
        Path file = comparison("[rural-wales, forth-valley]", "");
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("compare", file.toString(), "--out", out.toString(), "--no-report").exitCode());
        Path cmp = out.resolve("cmp");
        byte[] csv = Files.readAllBytes(cmp.resolve("compare.csv"));
        List<String> lines = Files.readAllLines(cmp.resolve("compare.csv"));

        CliRun again = CliRun.of("compare", file.toString(), "--out", out.toString());
        assertEquals(2, again.exitCode(), again.err());
        assertEquals("lpip compare: " + cmp + " already holds this comparison; add --resume to finish it, or choose another "
                + "--out\n", again.err());
        assertEquals("", again.out(), "nothing run");
        assertTrue(java.util.Arrays.equals(csv, Files.readAllBytes(cmp.resolve("compare.csv"))), "nothing overwritten");

        // interrupted after the first place: the second place's run never finished and no table was written
        List<Path> runs = placeRuns(cmp);
        Path wales = runs.stream().filter(p -> p.getFileName().toString().startsWith("rural-wales")).findFirst().orElseThrow();
        Path forth = runs.stream().filter(p -> p.getFileName().toString().startsWith("forth-valley")).findFirst().orElseThrow();
        Files.delete(forth.resolve("manifest.json"));
        Files.delete(cmp.resolve("compare.csv"));
        CliRun resumed = CliRun.of("compare", file.toString(), "--out", out.toString(), "--resume", "--no-report");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("lpip compare: rural-wales: finished and verified in " + wales.getFileName() + "; reused"),
                resumed.err());
        assertTrue(resumed.err().contains("lpip compare: removed " + forth.getFileName() + " (unfinished"), resumed.err());
        List<Path> after = placeRuns(cmp);
        assertEquals(2, after.size(), "one run per place, no stale place directory: " + after);
        assertTrue(after.contains(wales));
        List<String> now = Files.readAllLines(cmp.resolve("compare.csv"));
        assertEquals(lines.get(1), now.get(1), "the reused place's row, to the last digit");
        assertEquals(withoutDirectory(lines.get(2)), withoutDirectory(now.get(2)),
                "the place run again gives the same row (in a new directory, a new run id)");
        int run = uk.lpip.runs.compare.PlaceComparison.COLUMNS.indexOf("run");
        assertFalse(lines.get(2).split(",")[run].equals(now.get(2).split(",")[run]), "the new run has a new id");
        assertEquals(0, CliRun.of("verify", cmp.toString()).exitCode());

        // a damaged place is not reused but run again
        Files.writeString(wales.resolve("timeseries.csv"), "damaged\n");
        Files.delete(cmp.resolve("compare.csv"));
        CliRun repaired = CliRun.of("compare", file.toString(), "--out", out.toString(), "--resume", "--no-report");
        assertEquals(0, repaired.exitCode(), repaired.err());
        assertTrue(repaired.err().contains("lpip compare: removed " + wales.getFileName()), repaired.err());
        assertEquals(2, placeRuns(cmp).size());
        assertEquals(withoutDirectory(lines.get(1)), withoutDirectory(Files.readAllLines(cmp.resolve("compare.csv")).get(1)));
    }

    @Test
    void anOutThatIsAFileIsRefusedBeforeAnyPlaceRuns() throws Exception {
        Path taken = Files.writeString(tmp.resolve("taken"), "x");
        CliRun r = CliRun.of("compare", comparison("[rural-wales]", "").toString(), "--out", taken.toString());
        assertEquals(2, r.exitCode());
        assertEquals("lpip compare: --out " + taken + ": is a file, not a directory\n", r.err());
    }

    @Test
    void severalPackagesMakeTheInterventionByPlaceMatrixWithOneBaselinePerPlace() throws Exception {
        Path file = Files.writeString(tmp.resolve("m.yaml"), String.join("\n",
                "name: matrix",
                "places: [rural-wales, northern-ireland]",
                "set: [run.months=10, run.burn_in_months=6, run.scale=0.005]",
                "replicates: 2",
                "places_per_intake_per_1000_working_age: 3",
                "packages:",
                "  - name: skills",
                "    interventions:",
                "      - {type: skills_programme, name: skills, start_month: 1, end_month: 6, funder: partnership,",
                "         intake: monthly, places_per_intake: 1, cost_per_place: 2400}",
                "  - name: outreach",
                "    interventions:",
                "      - {type: outreach, name: outreach, start_month: 1, end_month: 8, funder: partnership,",
                "         eligible: [discouraged], contact_rate_monthly: 0.2, cost_per_contact: 150}",
                ""));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("compare", file.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("matrix/compare.csv"));
        assertEquals(5, csv.size(), "2 packages × 2 places: " + csv);
        assertEquals(List.of("skills,rural-wales", "outreach,rural-wales", "skills,northern-ireland", "outreach,northern-ireland"),
                csv.subList(1, 5).stream().map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1))).toList());
        // Both packages of a place share its run directory, so its baseline is the same simulated world for both.
        int directory = uk.lpip.runs.compare.PlaceComparison.COLUMNS.indexOf("directory");
        int run = uk.lpip.runs.compare.PlaceComparison.COLUMNS.indexOf("run");
        assertEquals(csv.get(1).split(",")[directory], csv.get(2).split(",")[directory], "one directory");
        assertEquals(csv.get(1).split(",")[run], csv.get(2).split(",")[run], "one run");
        assertFalse(csv.get(1).split(",")[run].equals(csv.get(3).split(",")[run]), "each place its own run");
        String report = ReportCommandTest.assertSelfContained(out.resolve("matrix"));
        assertTrue(report.contains("'outreach' raises the employment rate distinguishably from zero in"), "a summary line per package");
        assertTrue(report.contains("alt=\"matrix_bcr.png\""), "heat map of value for money embedded");
        assertTrue(report.matches("(?s).*<td>-?[0-9.]+( \\[-?[0-9.]+, -?[0-9.]+\\])? \\((negative|very high|high|medium|low|poor|not applicable).*"),
                "each cell's BCR with its value-for-money category");
    }

    @Test
    void packagesAndPackageTogetherOrTwoPackagesOfOneNameAreRefused() throws Exception {
        String outreach = "{type: outreach, name: o, start_month: 1, end_month: 8, funder: partnership, contact_rate_monthly: 0.1, "
                + "cost_per_contact: 100}";
        Path both = Files.writeString(tmp.resolve("b.yaml"), String.join("\n",
                "name: both",
                "places: [rural-wales]",
                "package: [" + outreach + "]",
                "packages:",
                "  - {name: a, interventions: [" + outreach + "]}",
                "  - {name: a, interventions: [" + outreach + "]}",
                ""));
        CliRun r = CliRun.of("compare", both.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("give either package or packages, not both"), r.err());
        assertTrue(r.err().contains(":6:") && r.err().contains("a second package named 'a'"), r.err());
        assertTrue(!Files.exists(tmp.resolve("o")), "nothing written");
    }

    @Test
    void aPackageTiedToOnePlaceIsRefused() throws Exception {
        CliRun r = CliRun.of("compare", comparison("[rural-wales]", ", councils: [powys]").toString(), "--out", tmp.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("package[0]: a compared package acts on each whole region: leave out councils and zones"), r.err());
    }

    private Path comparisonOf(String entry) throws Exception {
        return Files.writeString(tmp.resolve("c.yaml"), String.join("\n",
                "name: cmp",
                "places: [forth-valley]",
                "set: [run.months=10, run.burn_in_months=6, run.scale=0.005]",
                "replicates: 2",
                "budget_per_working_age_resident: 10",
                "package:",
                "  - " + entry,
                ""));
    }

    @Test
    void aKindThatCannotScaleToAPlaceIsRefusedNamingTheKindsThatCan() throws Exception {
        CliRun r = CliRun.of("compare", comparisonOf("{type: transport_upgrade, name: t, start_month: 1, end_month: 6, "
                + "funder: partnership, buses: [{zone: stirling-city, bus_service: 0.5}]}").toString(), "--out", tmp.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("c.yaml:7:12: package[0].type: a transport_upgrade names one place's roads, buses or rivers; "
                + "compare skills_programme, outreach, broadband_rollout or wage_subsidy"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "nothing written beside the comparison file");
        }
    }

    @Test
    void aWageSubsidyIsComparedWithItsBudgetScaledToThePlace() throws Exception {
        Path file = comparisonOf("{type: wage_subsidy, name: w, start_month: 1, end_month: 6, funder: partnership, "
                + "wage_share: 1.0, min_months_without_work: 1}");
        ComparisonLoader.Loaded l = ComparisonLoader.load(file);
        double working = PlaceComparison.workingAge(l.places().get(0).model());
        InterventionSpec scaled = PlaceComparison.scale(l.comparison(), l.comparison().packages().get(0), working).get(0);
        assertEquals("wage_subsidy", scaled.type());
        assertEquals(10 * working, scaled.common().budgetPounds(), 1e-6);
        CliRun r = CliRun.of("compare", file.toString(), "--out", tmp.toString(), "--no-report", "--threads", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("w"), r.out());
    }

    /** A compare.csv row up to its directory (then scale, run and experiment). */
    private static String withoutDirectory(String line) {
        String[] f = line.split(",", -1);
        return String.join(",", java.util.Arrays.copyOf(f, f.length - 4)) + "," + f[f.length - 3] + "," + f[f.length - 1];
    }
}

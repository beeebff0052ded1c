package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.TimeseriesCsv;
import uk.lpip.sim.metrics.Metric;

class RunCommandTest {
    @TempDir
    Path tmp;

    private static List<Path> runDirs(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.sorted().collect(Collectors.toList());
        }
    }

    private CliRun quickRun(Path out, String... extra) {
        String[] base = {"run", "--months", "3", "--burn-in", "2", "--out", out.toString()};
        String[] args = Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void aRunWritesTidyTimeseriesASummaryAndAManifestWithChecksums() throws IOException {
        CliRun r = quickRun(tmp);
        assertEquals(0, r.exitCode(), r.err());
        // the summary names areas as the scenario does, never by id
        for (String name : List.of("Riverton", "Moorland", "Riverton and Moorland \\(demo place\\)")) {
            assertTrue(Pattern.compile("\n" + name + " +employment_rate ").matcher(r.out()).find(), name + ": " + r.out());
        }
        assertFalse(r.out().contains("council:") || r.out().contains("region:"), "no area ids: " + r.out());
        assertTrue(r.out().contains("employment_rate"));
        // counts at full scale, as in summary.csv
        String firms = Files.readAllLines(runDirs(tmp).get(0).resolve("summary.csv")).stream()
                .filter(l -> l.startsWith("baseline,region:") && l.contains(",firms,")).findFirst().orElseThrow().split(",")[7];
        assertTrue(Pattern.compile("\nRiverton and Moorland \\(demo place\\) +firms +[0-9,]+ +"
                + String.format(java.util.Locale.ROOT, "%,.0f", Double.parseDouble(firms)) + "\n").matcher(r.out()).find(),
                "the region's firms at the end, full scale: " + firms + "\n" + r.out());
        List<Path> dirs = runDirs(tmp);
        assertEquals(1, dirs.size());
        Path dir = dirs.get(0);
        assertTrue(dir.getFileName().toString().startsWith("demo-"));
        List<String> lines = Files.readAllLines(dir.resolve("timeseries.csv"));
        assertEquals(TimeseriesCsv.HEADER, lines.get(0));
        Set<String> metrics = Stream.of(Metric.values()).map(Metric::id).collect(Collectors.toSet());
        Set<Integer> months = new java.util.TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(9, f.length, line);
            assertTrue(f[0].matches("demo-\\d{8}T\\d{6}Z-[0-9a-f]{8}"), "a fresh run id: " + f[0]);
            assertFalse(f[6].contains("E"), "a plain decimal: " + line);
            assertEquals("", f[8], "no experiment: a single run");
            assertEquals("baseline", f[1]);
            months.add(Integer.parseInt(f[3]));
            assertTrue(f[4].matches("(region|council|zone):[a-z-]+"), f[4]);
            assertTrue(metrics.contains(f[5]), f[5]);
            Double.parseDouble(f[6]);
        }
        assertEquals(Set.of(0, 1, 2), months);
        String manifest = Files.readString(dir.resolve("manifest.json"));
        for (String file : List.of("timeseries.csv", "summary.csv", "scenario.yaml", "charts/employment_rate.png",
                "charts/unemployment_rate.png")) {
            Matcher m = Pattern.compile("\"" + Pattern.quote(file) + "\": \\{\\s*\"sha256\": \"([0-9a-f]{64})\"").matcher(manifest);
            assertTrue(m.find(), "manifest lists " + file + ":\n" + manifest);
            assertEquals(AtomicFiles.sha256(dir.resolve(file)), m.group(1), file + " checksum");
        }
        assertTrue(manifest.contains("\"seed\": 20260101"));
        assertTrue(manifest.contains("\"threads\":"));
        assertTrue(manifest.contains("\"wall_seconds\":"));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void setOverridesAnyValueAndTheResolvedScenarioRecordsIt() throws IOException {
        CliRun r = quickRun(tmp, "--set", "region.zones[4].bus_service=0.6", "--set", "labour.matching_rounds=2", "--no-charts");
        assertEquals(0, r.exitCode(), r.err());
        String resolved = Files.readString(runDirs(tmp).get(0).resolve("scenario.yaml"));
        assertTrue(resolved.contains("matching_rounds: 2"), resolved);
        assertTrue(resolved.contains("bus_service: 0.6"), resolved);
        assertTrue(resolved.contains("months: 3"), "shorthand --months is a --set too");
    }

    @Test
    void validateReportsEveryProblemWithItsLocation() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, String.join("\n",
                "name: bad",
                "run:",
                "  monhts: 12",
                "  scale: 2",
                "region:",
                "  id: r",
                "  name: R",
                "  councils: [{id: c, name: C}]",
                "  zones:",
                "    - {id: z, name: Z, council: d, population: 100, urban: true, broadband_share: 0.9,"
                        + " bus_service: 0.5, car_access_share: 0.8}",
                ""));
        CliRun r = CliRun.of("validate", "demo", bad.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.out().contains("ok   demo"), r.out());
        assertTrue(r.err().contains(bad + ":3:3: run: unknown key 'monhts'; did you mean 'months'?"), r.err());
        assertTrue(r.err().contains(bad + ":4:10: run.scale: expected a number from 0.000001 to 1, found the number 2"), r.err());
        assertTrue(r.err().contains(bad + ":10:33: region.zones[0].council: no council 'd'; did you mean 'c'?"), r.err());
        assertTrue(r.err().contains(bad + ":8:14: region.councils[0]: council 'c' has no zones; give it at least one zone"), r.err());
        assertTrue(r.err().contains("4 problems"), "all problems of the file at once: " + r.err());
        assertEquals(0, CliRun.of("validate", "demo").exitCode());
    }

    @Test
    void aBrokenScenarioStopsTheRunBeforeAnythingIsWritten() throws IOException {
        CliRun r = quickRun(tmp, "--set", "region.zones[0].council=nowhere");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("region.zones[0].council: no council 'nowhere'"), r.err());
        assertTrue(runDirs(tmp).isEmpty());
    }

    @Test
    void aScenarioWithInterventionsRunsPairedArmsThatAgreeUntilTheStart() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("paired.yaml"), String.join("\n",
                "extends: demo",
                "name: paired",
                "run: {months: 12, burn_in_months: 6}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 4, end_month: 8, funder: uk_government,",
                "     intake: monthly, places_per_intake: 30, cost_per_place: 2400}",
                ""));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("paired run"), r.out());
        for (String name : List.of("Riverton", "Riverton and Moorland \\(demo place\\)")) {
            assertTrue(Pattern.compile("\n" + name + " +employment_rate ").matcher(r.out()).find(), name + ": " + r.out());
        }
        assertFalse(r.out().contains("council:") || r.out().contains("region:"), "no area ids: " + r.out());
        assertTrue(r.out().contains("Skills programme 'training'"), r.out());
        String employed = Files.readAllLines(runDirs(out).get(0).resolve("summary.csv")).stream()
                .filter(l -> l.startsWith("baseline,region:") && l.contains(",employed,")).findFirst().orElseThrow().split(",")[7];
        assertTrue(Pattern.compile("\nRiverton and Moorland \\(demo place\\) +employed +"
                + String.format(java.util.Locale.ROOT, "%,.0f", Double.parseDouble(employed)) + " ").matcher(r.out()).find(),
                "the region's employed residents at the horizon at full scale, as in summary.csv: " + employed + "\n" + r.out());
        assertTrue(r.out().contains("with the programme"), r.out());
        // participants' effects by name; the programme starts in month 4 of 12, so 12 and 24 months on are never observed
        assertTrue(r.out().contains("Participants' effects: in work k months after their own start"), r.out());
        assertTrue(r.out().contains("    12 months: not observed") && r.out().contains("    24 months: not observed"), r.out());
        String report = Files.readString(runDirs(out).get(0).resolve("report.html"));
        assertTrue(report.contains("<h2>Participants' effects and the evidence</h2>"), "the report's section");
        assertTrue(report.contains("Skills programme 'training'") && report.contains("Card, Kluve and Weber (2018)"),
                "beside the record its levers are calibrated to");
        assertTrue(r.out().contains(uk.lpip.runs.appraisal.AppraisalSummary.ONE_DRAW_WARNING), "one draw: a warning " + r.out());
        String rest = r.out().replace(uk.lpip.runs.appraisal.AppraisalSummary.ONE_DRAW_WARNING, "");
        assertFalse(rest.contains("BCR") || rest.contains("value for money") || rest.contains("NPV"),
                "and no headline ratio from one replicate: " + r.out());
        Path dir = runDirs(out).get(0);
        List<String> lines = Files.readAllLines(dir.resolve("timeseries.csv"));
        java.util.Map<String, String> baseline = new java.util.HashMap<>();
        java.util.Map<String, String> intervention = new java.util.HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String key = f[3] + "," + f[4] + "," + f[5];
            (f[1].equals("baseline") ? baseline : intervention).put(key, f[6]);
        }
        assertEquals(baseline.keySet(), intervention.keySet(), "both arms report the same rows");
        int compared = 0;
        boolean differsLater = false;
        for (String key : baseline.keySet()) {
            int month = Integer.parseInt(key.substring(0, key.indexOf(',')));
            if (month < 4) {
                assertEquals(baseline.get(key), intervention.get(key), "before the start: " + key);
                compared++;
            } else if (!baseline.get(key).equals(intervention.get(key))) {
                differsLater = true;
            }
        }
        assertTrue(compared > 500 && differsLater);
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"intervention\""));
        assertTrue(Files.exists(dir.resolve("charts/arms_employment_rate.png")));
        assertTrue(Files.readString(dir.resolve("summary.csv")).contains("difference,region:dales,employment_rate"));
        uk.lpip.runs.output.CsvRows sensitivity = uk.lpip.runs.output.CsvRows.read(dir.resolve("sensitivity.csv"));
        assertFalse(sensitivity.rows().isEmpty());
        for (String[] row : sensitivity.rows()) {
            assertEquals("", row[sensitivity.column("bcr_uk_default")], "no ratio from one replicate, even in sensitivity.csv");
        }
    }

    @Test
    void aPlaceWithACatchmentPrintsWaterBySectorAndWritesWaterCsv() throws IOException {
        Path out = tmp.resolve("water");
        CliRun r = CliRun.of("run", "forth-valley-trading", "--replicates", "1", "--months", "24", "--burn-in", "12", "--scale", "0.02",
                "--no-charts", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Water (baseline arm)") && r.out().contains("Water (intervention arm)"), r.out());
        assertTrue(r.out().contains("allocation rule market"), r.out());
        for (String holder : List.of("public_water_supply", "food_and_drink", "energy", "manufacturing", "agriculture")) {
            assertTrue(r.out().contains(holder), "the summary lists " + holder);
        }
        assertTrue(r.out().contains("months at each scarcity level"), r.out());
        assertTrue(r.out().contains("industry-carron") && r.out().contains("complex_licence"), "licences with their tiers");
        Path dir = runDirs(out).get(0);
        List<String> water = Files.readAllLines(dir.resolve("water.csv"));
        assertEquals(uk.lpip.runs.output.WaterCsv.HEADER, water.get(0));
        assertTrue(water.stream().anyMatch(l -> l.contains(",intervention,0,23,holder,agriculture,delivered,")),
                "every arm and month, by holder");
        assertTrue(water.stream().anyMatch(l -> l.contains(",baseline,0,0,node,carron-valley,storage,")), "reservoir storage");
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"water.csv\""), "the manifest covers water.csv");
        assertTrue(Files.readString(dir.resolve("timeseries.csv")).contains(",region:forth-valley,scarcity_level,"));
    }

    @Test
    void replicatesGiveEffectsWithConfidenceIntervals() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("replicated.yaml"), String.join("\n",
                "extends: demo",
                "name: replicated",
                "run: {months: 8, burn_in_months: 4}",
                "interventions:",
                "  - {type: outreach, name: reach-out, start_month: 2, end_month: 7, funder: uk_government,",
                "     eligible: [discouraged], contact_rate_monthly: 0.3, cost_per_contact: 100}",
                ""));
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("run", scenario.toString(), "--replicates", "3", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("mean over 3 replicates"), r.out());
        assertTrue(Pattern.compile("Outreach 'reach-out' \\(totals over 3 replicates\\): [0-9,]+ contacted and supported\\.")
                .matcher(r.out()).find(), "outreach's people are contacts, not starters who complete: " + r.out());
        for (String fan : List.of("fan_employment_rate.png", "fan_unemployment_rate.png", "fan_discouraged_rate.png",
                "forest_employment_rate.png", "forest_unemployment_rate.png", "forest_discouraged_rate.png", "appraisal.png")) {
            assertTrue(Files.size(runDirs(out).get(0).resolve("charts").resolve(fan)) > 10_000, "fan chart " + fan);
        }
        assertTrue(r.out().contains("95% confidence interval"), r.out());
        assertTrue(r.out().contains("UK society: benefits") && r.out().contains("value for money (DfT categories)")
                && r.out().contains("switching value (on the means)") && r.out().contains("sensitivity of the UK BCR"), r.out());
        assertFalse(r.out().contains(uk.lpip.runs.appraisal.AppraisalSummary.ONE_DRAW_WARNING), r.out());
        assertTrue(Pattern.compile("net additional jobs at the horizon by area: target area -?[0-9,]+ \\[-?[0-9,]+, -?[0-9,]+\\]; "
                + "rest of the region -?[0-9,]+ \\[.*\\]; rest of the UK -?[0-9,]+ .*\\(ASSUMPTION: 50% of demand-side gains "
                + "displaced.*; UK -?[0-9,]+ \\[").matcher(r.out()).find(), "net jobs by area with intervals: " + r.out());
        assertTrue(Files.readString(runDirs(out).get(0).resolve("report.html")).contains("Net additional jobs at the horizon, by area"));
        assertTrue(Files.readString(runDirs(out).get(0).resolve("sensitivity.csv")).startsWith("assumption,default,low,high,"));
        Path dir = runDirs(out).get(0);
        List<String> effects = Files.readAllLines(dir.resolve("effects.csv"));
        assertEquals("area,metric,month,mean_difference,ci_low,ci_high,baseline_sd,replicates,scale,run,experiment", effects.get(0));
        assertTrue(effects.stream().anyMatch(l -> l.startsWith("region:dales,discouraged_rate,7,") && l.contains(",3,")));
        List<String> all = Files.readAllLines(dir.resolve("timeseries.csv"));
        Set<String> seen = new java.util.TreeSet<>();
        all.subList(1, all.size()).forEach(l -> seen.add(l.split(",")[1] + "/" + l.split(",")[2]));
        assertEquals(Set.of("baseline/0", "baseline/1", "baseline/2", "intervention/0", "intervention/1", "intervention/2"), seen);
        assertTrue(Files.readString(dir.resolve("manifest.json")).contains("\"replicate_seeds\""));
        assertEquals(2, CliRun.of("run", "--replicates", "0", "--out", out.toString()).exitCode());
    }

    @Test
    void aScenarioSaysHowManyReplicatesItRunsUnlessTheCommandLineDoes() throws Exception {
        Path scenario = Files.writeString(tmp.resolve("declared.yaml"), String.join("\n",
                "extends: demo",
                "name: declared",
                "replicates: 2",
                "run: {months: 6, burn_in_months: 3}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 4, funder: uk_government,",
                "     intake: monthly, places_per_intake: 10, cost_per_place: 2400}",
                ""));
        Path out = tmp.resolve("declared");
        CliRun r = CliRun.of("run", scenario.toString(), "--no-charts", "--no-report", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("mean over 2 replicates"), r.out());
        assertEquals(2, uk.lpip.runs.output.Manifest.read(runDirs(out).get(0).resolve("manifest.json")).count("replicates", 0));
        assertTrue(Files.readString(runDirs(out).get(0).resolve("scenario.yaml")).contains("replicates: 2"),
                "the resolved scenario keeps it");
        Path again = tmp.resolve("declared-once");
        CliRun once = CliRun.of("run", scenario.toString(), "--replicates", "1", "--no-charts", "--no-report", "--out",
                again.toString());
        assertEquals(0, once.exitCode(), once.err());
        assertTrue(once.out().contains(uk.lpip.runs.appraisal.AppraisalSummary.ONE_DRAW_WARNING), "--replicates wins: " + once.out());
    }

    @Test
    void chartsCanBeSkipped() throws IOException {
        assertEquals(0, quickRun(tmp, "--no-charts").exitCode());
        Path dir = runDirs(tmp).get(0);
        assertFalse(Files.exists(dir.resolve("charts")));
        assertFalse(Files.readString(dir.resolve("manifest.json")).contains("charts/"));
    }

    @Test
    void anOutThatCannotTakeResultsFailsBeforeSimulating() throws IOException {
        Path file = Files.writeString(tmp.resolve("taken"), "a file");
        CliRun r = quickRun(file);
        assertEquals(2, r.exitCode());
        assertEquals("lpip run: --out " + file + ": is a file, not a directory\n", r.err(), "nothing simulated");
        CliRun under = quickRun(file.resolve("results"));
        assertEquals(2, under.exitCode());
        assertEquals("lpip run: --out " + file.resolve("results") + ": cannot be made: " + file + " is a file, not a directory\n",
                under.err());
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void aRunNeverOverwritesAnEarlierOne() throws IOException {
        assertEquals(0, quickRun(tmp).exitCode());
        assertEquals(0, quickRun(tmp).exitCode());
        List<Path> dirs = runDirs(tmp);
        assertEquals(2, dirs.size());
        assertNotEquals(dirs.get(0), dirs.get(1));
    }

    @Test
    void outputsAreByteIdenticalAtOneTwoAndFourThreads() throws Exception {
        byte[][] csv = new byte[3][];
        byte[][] summary = new byte[3][];
        int[] threads = {1, 2, 4};
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 3; i++) {
            Path out = tmp.resolve("t" + threads[i]);
            CliRun r = CliRun.of("run", "--months", "6", "--burn-in", "6", "--scale", "1.0", "--no-charts",
                    "--threads", Integer.toString(threads[i]), "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            Path dir = runDirs(out).get(0);
            // each run has its own id (so two runs never share one); everything else is the same, byte for byte
            String id = uk.lpip.runs.output.Manifest.read(dir.resolve("manifest.json")).text("run");
            assertTrue(ids.add(id), "a new id for every run: " + id);
            csv[i] = Files.readString(dir.resolve("timeseries.csv")).replace(id, "RUN").getBytes();
            summary[i] = Files.readString(dir.resolve("summary.csv")).replace(id, "RUN").getBytes();
        }
        assertTrue(csv[0].length > 10_000);
        assertArrayEquals(csv[0], csv[1]);
        assertArrayEquals(csv[0], csv[2]);
        assertArrayEquals(summary[0], summary[1]);
        assertArrayEquals(summary[0], summary[2]);
    }

    @Test
    void badValuesExitWithCode2AMessageAndNoOutput() throws IOException {
        for (String[] args : List.of(
                new String[] {"run", "--months", "0"},
                new String[] {"run", "--scale", "1.5"},
                new String[] {"run", "--threads", "-1"},
                new String[] {"run", "--months", "ten"},
                new String[] {"run", "nowhere"},
                new String[] {"run", "--monhts", "3"})) {
            Path out = tmp.resolve("bad");
            String[] withOut = Stream.concat(Stream.of(args), Stream.of("--out", out.toString())).toArray(String[]::new);
            CliRun r = CliRun.of(withOut);
            assertEquals(2, r.exitCode(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("lpip: "), r.err());
            assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            assertTrue(runDirs(out).isEmpty(), "no output for bad input");
        }
        CliRun unknown = CliRun.of("run", "nowhere", "--out", tmp.toString());
        assertTrue(unknown.err().contains("bundled: demo, rural-wales"), unknown.err());
        CliRun typo = CliRun.of("run", "--monhts", "3", "--out", tmp.toString());
        assertTrue(typo.err().contains("--months"), "suggests the right option: " + typo.err());
        CliRun range = CliRun.of("run", "--months", "0", "--out", tmp.toString());
        assertTrue(range.err().contains("--set run.months=0: run.months: expected a whole number from 1 to 1200, found the number 0"),
                range.err());
    }

    @Test
    void aFailureWhileRunningExitsWithCode1AndAPlainMessage() throws IOException {
        // (an --out that cannot take results is bad input, refused before simulating: see above)
        Path dir = Files.createDirectories(tmp.resolve("half-a-run"));
        Files.writeString(dir.resolve("manifest.json"), "{\"tool\": \"lpip\", \"outputs\": {}}");
        Files.writeString(dir.resolve("summary.csv"), "x\n");
        Files.createDirectory(dir.resolve("appraisal.csv"));   // unreadable as a table
        CliRun r = CliRun.of("report", dir.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("lpip: failed while running"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("run", "validate", "scenarios")) {
            CliRun r = CliRun.of(command, "--help");
            assertEquals(0, r.exitCode());
            assertTrue(r.out().contains("Usage: lpip " + command), r.out());
        }
        CliRun top = CliRun.of("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("run") && top.out().contains("scenarios"));
        assertEquals(2, CliRun.of().exitCode(), "a command is required");
    }

    @Test
    void scenariosListsTheBundledDefault() {
        CliRun r = CliRun.of("scenarios");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("demo"), r.out());
        for (String name : List.of("rural-wales", "forth-valley", "northern-ireland", "yorkshire-humber")) {
            assertTrue(r.out().contains(name), r.out());
        }
        assertFalse(r.out().contains("does not load"), r.out());
    }
}

package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.output.Manifest;

/** lpip run --precision: replicates until the headline effect's interval is narrow enough, with a cap and a clear message. */
class PrecisionTest {
    @TempDir
    Path tmp;

    private Path scenario() throws Exception {
        return Files.writeString(tmp.resolve("paired.yaml"), String.join("\n",
                "extends: demo", "name: paired", "run: {months: 6, burn_in_months: 4}",
                "interventions:",
                "  - {type: outreach, name: reach-out, start_month: 1, end_month: 5, funder: uk_government,",
                "     eligible: [discouraged], contact_rate_monthly: 0.3, cost_per_contact: 100}", ""));
    }

    private static Path only(Path root) throws Exception {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** The recorded half-width of the employment-rate effect at the horizon, in percentage points. */
    private static double halfWidth(Path dir) throws Exception {
        CsvRows e = CsvRows.read(dir.resolve("effects.csv"));
        int last = e.rows().stream().mapToInt(r -> Integer.parseInt(r[2])).max().orElseThrow();
        for (String[] r : e.rows()) {
            if (r[0].startsWith("region:") && r[1].equals("employment_rate") && Integer.parseInt(r[2]) == last) {
                return 100 * (Double.parseDouble(r[5]) - Double.parseDouble(r[4])) / 2;
            }
        }
        throw new AssertionError("no headline effect");
    }

    @Test
    void aLooseTargetStopsAtThreeReplicatesAndAnUnreachableOneAtTheCapSayingSo() throws Exception {
        Path file = scenario();
        CliRun loose = CliRun.of("run", file.toString(), "--precision", "50", "--no-charts", "--no-report",
                "--out", tmp.resolve("loose").toString());
        assertEquals(0, loose.exitCode(), loose.err());
        Path dir = only(tmp.resolve("loose"));
        assertEquals(3, Manifest.read(dir.resolve("manifest.json")).count("replicates", 0));
        assertTrue(loose.out().contains("Precision reached") && loose.out().contains("after 3 replicates (target ±50 pp)"),
                loose.out());
        double atThree = halfWidth(dir);
        assertTrue(atThree <= 50);

        // a target between nothing and the three-replicate width: more replicates, then the cap
        CliRun tight = CliRun.of("run", file.toString(), "--precision", "0.000001", "--max-replicates", "5", "--no-charts",
                "--no-report", "--out", tmp.resolve("tight").toString());
        assertEquals(0, tight.exitCode(), tight.err());
        Path capped = only(tmp.resolve("tight"));
        Manifest m = Manifest.read(capped.resolve("manifest.json"));
        assertEquals(5, m.count("replicates", 0), "stopped at the cap");
        assertEquals(5, m.wholes("replicate_seeds").size());
        assertTrue(tight.out().contains("Precision NOT reached") && tight.out().contains("after the cap of 5 replicates"),
                tight.out());
        assertEquals(5, CsvRows.read(capped.resolve("appraisal.csv")).rows().stream().map(r -> r[0]).distinct().count(),
                "every replicate is in the tables");
        // the message quotes the recorded interval
        String quoted = tight.out().replaceAll("(?s).*still ±([0-9.]+) pp.*", "$1");
        assertEquals(halfWidth(capped), Double.parseDouble(quoted), 0.0005);
    }

    @Test
    void badTargetsAreRefused() throws Exception {
        for (List<String> args : List.of(List.of("--precision", "-1"), List.of("--precision", "0.5", "--max-replicates", "2"))) {
            java.util.List<String> all = new java.util.ArrayList<>(List.of("run", scenario().toString()));
            all.addAll(args);
            all.addAll(List.of("--out", tmp.resolve("bad").toString()));
            CliRun r = CliRun.of(all.toArray(String[]::new));
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().contains("--precision must be") || r.err().contains("--max-replicates must be from 3"), r.err());
        }
        CliRun none = CliRun.of("run", "--precision", "0.5", "--months", "2", "--out", tmp.resolve("bad").toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("--precision targets the interval of the interventions' effect"), none.err());
        assertTrue(!Files.exists(tmp.resolve("bad")) || Files.list(tmp.resolve("bad")).findAny().isEmpty(), "nothing written");
    }

    @Test
    void aComparisonAddsReplicatesPerPlaceUpToTheCapAndSaysSo() throws Exception {
        Path file = Files.writeString(tmp.resolve("c.yaml"), String.join("\n",
                "name: cmp", "places: [rural-wales]", "set: [run.months=16, run.burn_in_months=6, run.scale=0.02]",
                "replicates: 2", "places_per_intake_per_1000_working_age: 2", "budget_per_working_age_resident: 10",
                "package:", "  - {type: skills_programme, name: skills, start_month: 1, end_month: 6, funder: partnership,",
                "     intake: monthly, places_per_intake: 1, cost_per_place: 2400}", ""));
        CliRun r = CliRun.of("compare", file.toString(), "--precision", "0.000001", "--max-replicates", "4", "--no-report",
                "--out", tmp.resolve("cmp").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Rural Wales: precision NOT reached") && r.out().contains("after the cap of 4 replicates"),
                r.out());
        CsvRows csv = CsvRows.read(tmp.resolve("cmp/cmp/compare.csv"));
        assertEquals("4", csv.rows().get(0)[csv.column("replicates")], "the row's interval is over the replicates run");
        CliRun loose = CliRun.of("compare", file.toString(), "--precision", "50", "--no-report",
                "--out", tmp.resolve("loose").toString());
        assertEquals(0, loose.exitCode(), loose.err());
        assertTrue(loose.out().contains("Rural Wales: precision reached") && loose.out().contains("after 3 replicates"),
                loose.out());
    }

    @Test
    void aComparisonFilesPrecisionTargetIsHonouredAndTheCommandLineOverridesIt() throws Exception {
        Path file = Files.writeString(tmp.resolve("p.yaml"), String.join("\n",
                "name: cmp", "places: [rural-wales]", "set: [run.months=16, run.burn_in_months=6, run.scale=0.02]",
                "replicates: 2", "places_per_intake_per_1000_working_age: 2", "budget_per_working_age_resident: 10",
                "precision: {employment_rate_pp: 0.001, max_replicates: 4}",
                "package:", "  - {type: skills_programme, name: skills, start_month: 1, end_month: 6, funder: partnership,",
                "     intake: monthly, places_per_intake: 1, cost_per_place: 2400}", ""));
        // the file's unreachable target: replicates up to the file's cap, said on stdout and in compare.csv and the report
        CliRun r = CliRun.of("compare", file.toString(), "--out", tmp.resolve("file").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Rural Wales: precision NOT reached") && r.out().contains("after the cap of 4 replicates"),
                r.out());
        CsvRows csv = CsvRows.read(tmp.resolve("file/cmp/compare.csv"));
        String[] row = csv.rows().get(0);
        assertEquals("4", row[csv.column("replicates")]);
        assertEquals(0.001, Double.parseDouble(row[csv.column("precision_target_pp")]));
        assertEquals("false", row[csv.column("precision_reached")]);
        String report = Files.readString(tmp.resolve("file/cmp/report.html"));
        assertTrue(report.contains("Precision target: every package") && report.contains("Not reached at the cap in Rural Wales"),
                "the report says the target was missed");

        // --precision and --max-replicates override the file's: a loose target stops at three replicates
        CliRun loose = CliRun.of("compare", file.toString(), "--precision", "50", "--max-replicates", "3", "--no-report",
                "--out", tmp.resolve("loose").toString());
        assertEquals(0, loose.exitCode(), loose.err());
        CsvRows l = CsvRows.read(tmp.resolve("loose/cmp/compare.csv"));
        assertEquals("3", l.rows().get(0)[l.column("replicates")]);
        assertEquals("true", l.rows().get(0)[l.column("precision_reached")]);
        assertEquals(50.0, Double.parseDouble(l.rows().get(0)[l.column("precision_target_pp")]));

        // --no-precision: exactly the file's replicates, no target recorded
        CliRun fixed = CliRun.of("compare", file.toString(), "--no-precision", "--no-report", "--out", tmp.resolve("fixed").toString());
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertTrue(!fixed.out().contains("precision"), fixed.out());
        CsvRows f = CsvRows.read(tmp.resolve("fixed/cmp/compare.csv"));
        assertEquals("2", f.rows().get(0)[f.column("replicates")]);
        assertEquals("", f.rows().get(0)[f.column("precision_reached")]);

        CliRun both = CliRun.of("compare", file.toString(), "--no-precision", "--precision", "0.1", "--out",
                tmp.resolve("both").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--no-precision runs exactly the comparison's replicates"), both.err());
        assertTrue(!Files.exists(tmp.resolve("both")), "nothing written");
    }
}

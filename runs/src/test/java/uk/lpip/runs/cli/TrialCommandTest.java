package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.output.CsvRows;

/** {@code lpip trial} end to end at a small scale, and a bad trial file refused before anything runs. */
class TrialCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aSmallTrialOfEachDesignWritesItsTablesChartsAndReportAndEachBiasSplitsExactlyIntoItsSources() throws Exception {
        Path file = Files.writeString(tmp.resolve("trial.yaml"), String.join("\n",
                "name: small-trial",
                "scenario: northern-ireland-skills",
                "set: [run.months=16, run.burn_in_months=6, run.scale=0.005]",
                "replicates: 2",
                "follow_up_months: 10",
                "designs:",
                "  - {name: rct, type: individual_rct, planned_sizes: [300, 3000]}",
                "  - {name: by-council, type: cluster_rct, set: [\"interventions[1].places_per_intake=600\"]}",
                "  - {name: did, type: difference_in_differences, set: [\"interventions[1].places_per_intake=2000\"]}",
                "  - {name: matched, type: matched, set: [\"interventions[1].places_per_intake=2000\"]}",
                "  - {name: wedge, type: stepped_wedge, steps: 2, step_months: 3,",
                "     set: [\"interventions[1].places_per_intake=600\"]}",
                "") + "\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("trial", file.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("rct (individual_rct): estimate "), r.out());
        Path dir;
        try (Stream<Path> s = Files.list(out)) {
            dir = s.filter(p -> p.getFileName().toString().startsWith("small-trial-")).findFirst().orElseThrow();
        }
        for (String f : List.of("trial.csv", "estimates.csv", "power.csv", "manifest.json", "report.html", "trial.yaml",
                "charts/power.png", "charts/estimates.png", "charts/bias.png", "charts/bias.svg")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        CsvRows trial = CsvRows.read(dir.resolve("trial.csv"));
        assertEquals(10, trial.rows().size(), "2 replicates × 5 designs");
        for (String[] row : trial.rows()) {
            double estimate = Double.parseDouble(row[trial.column("estimate")]);
            double truth = Double.parseDouble(row[trial.column("truth")]);
            double bias = Double.parseDouble(row[trial.column("bias")]);
            assertEquals(estimate - truth, bias, 1e-5);
            assertEquals(bias, Double.parseDouble(row[trial.column("bias_imbalance")])
                    + Double.parseDouble(row[trial.column("bias_controls")]), 1e-5);
        }
        CsvRows byCouncil = CsvRows.read(dir.resolve("estimates.csv"));
        assertEquals("11.0000", byCouncil.rows().get(1)[byCouncil.column("size")], "the cluster design randomises the 11 councils");
        assertEquals("11.0000", byCouncil.rows().get(2)[byCouncil.column("size")],
                "difference-in-differences: Derry and Strabane against the other 10 councils");
        for (String[] row : trial.rows()) {
            if (row[trial.column("design")].equals("matched")) {
                assertTrue(Integer.parseInt(row[trial.column("treated_units")]) >= 2, "participants matched: " + String.join(",", row));
            }
        }
        assertEquals("11.0000", byCouncil.rows().get(4)[byCouncil.column("size")], "the stepped wedge rolls out to the 11 councils");
        assertEquals("contamination of not-yet-treated clusters", byCouncil.rows().get(4)[byCouncil.column("controls_source")]);
        assertTrue(r.out().contains("wedge (stepped_wedge): estimate ") && r.out().contains("  wedge: true effect weighing every "
                + "treated cluster-period alike "), r.out());
        for (String[] row : trial.rows()) {
            if (row[trial.column("design")].equals("wedge")) {
                assertEquals("10.0000", row[trial.column("df")], "t on G - 1: " + String.join(",", row));
                assertEquals("11", row[trial.column("treated_units")], "every council treated by the end");
            }
        }
        CsvRows power = CsvRows.read(dir.resolve("power.csv"));
        assertEquals(6, power.rows().size(), "two planned sizes of the individual trial, one size of each other design");
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertTrue(manifest.contains("\"charts/power.png\"") && manifest.contains("\"estimates.csv\""), manifest);
        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.contains("Magenta Book") && report.contains("What the model cannot tell you"), "report sections");
    }

    @Test
    void aBadTrialFileExitsWithTwoAndItsLocationAndWritesNothing() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), String.join("\n",
                "name: bad",
                "scenario: northern-ireland-skills",
                "follow_up_months: 18",
                "designs:",
                "  - {name: rct, type: individual_rct, allocation: 1.5}") + "\n");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("trial", file.toString(), "--out", out.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains(file + ":5:51: designs[0].allocation: expected a number from 0.05 to 0.95, found the "
                + "number 1.5"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }
}

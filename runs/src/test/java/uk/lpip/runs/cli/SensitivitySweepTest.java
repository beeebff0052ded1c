package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.runs.output.Manifest;

/**
 * A small sweep with a saltelli design writes sensitivity.csv with every output × input × index
 * type, lists it in sweep.json with its checksum, draws its chart and reads it in the report; a
 * discovery box for a condition on the BCR goes with it.
 */
class SensitivitySweepTest {
    @TempDir
    Path tmp;

    @Test
    void aSaltelliSweepWritesConsistentIndicesADiscoveryAndTheirReport() throws Exception {
        Files.writeString(tmp.resolve("place.yaml"), String.join("\n",
                "extends: demo",
                "name: sens-place",
                "run: {months: 12, burn_in_months: 6}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 2, end_month: 9, funder: uk_government,",
                "     intake: monthly, places_per_intake: 20, cost_per_place: 2400}",
                ""));
        Path exp = Files.writeString(tmp.resolve("experiment.yaml"), String.join("\n",
                "name: sens",
                "scenario: place.yaml",
                "design: saltelli",
                "points: 4",
                "factors:",
                "  - {path: \"interventions[0].places_per_intake\", min: 5, max: 40, integer: true}",
                "  - {path: \"interventions[0].cost_per_place\", min: 1000, max: 6000}",
                "outputs: [employed]",
                "discovery: {condition: \"bcr < 1\"}",
                ""));
        CliRun run = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("out").toString(), "--jobs", "2");
        assertEquals(0, run.exitCode(), run.err());
        Path root = tmp.resolve("out/sens");
        assertTrue(run.out().contains("sensitivity.csv, discovery.csv, discovery_box.csv"), run.out());
        CsvRows s = CsvRows.read(root.resolve("sensitivity.csv"));
        assertEquals(List.of("arm", "output", "input", "index", "estimate", "ci_low", "ci_high", "base_points"), s.header());
        Set<String> outputs = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (String[] r : s.rows()) {
            outputs.add(r[1]);
            assertTrue(seen.add(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3]), "each row once: " + String.join(",", r));
            assertEquals("intervention", r[0]);
            assertEquals("4", r[7]);
            double est = Double.parseDouble(r[4]);
            double lo = Double.parseDouble(r[5]);
            double hi = Double.parseDouble(r[6]);
            assertTrue(Double.isFinite(est) && lo <= hi, String.join(",", r));
        }
        assertTrue(outputs.containsAll(List.of("bcr", "net_jobs")), "the appraisal's outputs: " + outputs);
        for (String output : outputs) {
            for (String input : List.of("interventions[0].places_per_intake", "interventions[0].cost_per_place")) {
                for (String index : List.of("first", "total")) {
                    assertTrue(seen.contains("intervention|" + output + "|" + input + "|" + index), output + " " + input + " " + index);
                }
            }
        }
        assertEquals(outputs.size() * 2 * 2, s.rows().size(), "every output × input × index type, nothing else");
        // the bcr analysed is each design point's UK BCR as the Green Book headline is summarised: the mean of its
        // replicates' present benefits to UK society over the mean of their present costs (not the mean of bcr_uk)
        CsvRows appraisal = CsvRows.read(root.resolve("appraisal.csv"));
        int cPoint = appraisal.column("point");
        int cArm = appraisal.column("arm");
        int cReplicate = appraisal.column("replicate");
        int cMeasure = appraisal.column("measure");
        int cValue = appraisal.column("value");
        Set<String> replicates = new HashSet<>();
        java.util.Map<Integer, double[]> sums = new java.util.TreeMap<>();   // point → [benefits, costs]
        for (String[] r : appraisal.rows()) {
            if (!r[cArm].equals("intervention")) {
                continue;
            }
            int m = List.of("pv_benefits_uk", "pv_costs_appraisal_period").indexOf(r[cMeasure]);
            if (m >= 0) {
                replicates.add(r[cReplicate]);
                sums.computeIfAbsent(Integer.parseInt(r[cPoint]), k -> new double[2])[m] += Double.parseDouble(r[cValue]);
            }
        }
        double[] analysed = uk.lpip.runs.sweep.SweepOutputs.read(root, List.of("intervention"), sums.size(), replicates.size())
                .get("bcr").get("intervention");
        assertEquals(16, sums.size(), "4 base points × (2 factors + 2)");
        for (var e : sums.entrySet()) {
            double ratioOfMeans = e.getValue()[0] / e.getValue()[1];
            assertEquals(ratioOfMeans, analysed[e.getKey()], 1e-9 * Math.max(1, Math.abs(ratioOfMeans)), "point " + e.getKey());
        }
        String sweepJson = Files.readString(root.resolve("sweep.json"), StandardCharsets.UTF_8);
        for (String table : List.of("sensitivity.csv", "discovery.csv", "discovery_box.csv")) {
            assertTrue(sweepJson.contains("\"" + table + "\""), table + " listed in sweep.json");
        }
        Manifest tables = Manifest.read(root.resolve("sweep.json"));
        assertTrue(tables.outputs().containsKey("sensitivity.csv"));
        assertEquals(List.of(), uk.lpip.runs.output.RecordCheck.listed(root, tables), "the checksums match");
        assertTrue(Files.exists(root.resolve("charts/sobol_bcr_intervention.png")));
        assertTrue(Files.exists(root.resolve("charts/sobol_bcr_intervention.svg")));
        String report = Files.readString(root.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("Sobol indices of the benefit–cost ratio to UK society ('intervention')"), "a table in the report");
        assertTrue(report.contains("The benefit–cost ratio to UK society is most sensitive to "), "a plain reading");
        assertTrue(report.contains("Scenario discovery"));
        CsvRows d = CsvRows.read(root.resolve("discovery.csv"));
        assertEquals(1, d.rows().stream().filter(r -> r[2].equals("box")).count(), "one chosen box per arm");
        assertFalse(d.rows().isEmpty());
    }
}

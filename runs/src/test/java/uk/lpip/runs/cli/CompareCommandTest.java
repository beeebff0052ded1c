package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.compare.PlaceComparison;
import uk.lpip.scenarios.experiment.ComparisonLoader;
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
        SkillsProgrammeSpec w = (SkillsProgrammeSpec) PlaceComparison.scale(l.comparison(), wales).get(0);
        SkillsProgrammeSpec y = (SkillsProgrammeSpec) PlaceComparison.scale(l.comparison(), yorkshire).get(0);
        assertEquals(Math.round(2 * wales / 1000), w.placesPerIntake());
        assertEquals(Math.round(2 * yorkshire / 1000), y.placesPerIntake());
        assertEquals(10 * yorkshire, y.common().budgetPounds(), 1e-6);
    }

    @Test
    void everyPlaceGetsARowInTheMatrixAndInCompareCsv() throws Exception {
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("compare", comparison("[rural-wales, forth-valley]", "").toString(), "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Rural Wales") && r.out().contains("Forth Valley"), r.out());
        assertTrue(r.out().contains("net jobs at horizon") && r.out().contains("BCR on GVA"), r.out());
        List<String> csv = Files.readAllLines(out.resolve("cmp/compare.csv"));
        assertEquals(3, csv.size(), csv.toString());
        assertTrue(csv.get(1).startsWith("rural-wales,\"Rural Wales\","), csv.get(1));
        assertTrue(Files.exists(out.resolve("cmp/comparison.yaml")));
        assertTrue(Files.size(out.resolve("cmp/compare_employment_rate.png")) > 10_000, "the matrix as a forest plot");
    }

    @Test
    void aPackageTiedToOnePlaceIsRefused() throws Exception {
        CliRun r = CliRun.of("compare", comparison("[rural-wales]", ", councils: [powys]").toString(), "--out", tmp.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("package[0]: a compared package acts on each whole region: leave out councils and zones"), r.err());
    }
}

package uk.lpip.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;

/** A comparison's places: a mistyped one is reported at its entry with the nearest bundled name. */
class ComparisonLoaderTest {
    @TempDir
    Path tmp;

    @Test
    void aMistypedPlaceIsReportedAtItsEntryWithTheNearestBundledName() throws Exception {
        Path f = Files.writeString(tmp.resolve("compare.yaml"), String.join("\n",
                "name: two-places",
                "places: [rural-wales, yorkshire-humbr]",
                "set: [run.months=6, run.scale=0.01]",
                "package:",
                "  - {type: outreach, name: o, start_month: 1, end_month: 5, funder: partnership, eligible: [discouraged],"
                        + " contact_rate_monthly: 0.04, cost_per_contact: 150}",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ComparisonLoader.load(f));
        assertEquals(List.of(f + ":2:23: places[1]: 'yorkshire-humbr' is neither a scenario file nor a bundled scenario; "
                + "did you mean 'yorkshire-humber'? (bundled: " + String.join(", ", BundledScenarios.names()) + ")"),
                ScenarioLoader.lines(e));
    }
}

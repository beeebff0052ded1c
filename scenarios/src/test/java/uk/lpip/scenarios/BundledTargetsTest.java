package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.scenarios.calibration.BundledTargets;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.scenarios.calibration.TargetsLoader;

/** The calibration targets ship as resources, so they load from the classpath wherever lpip runs. */
class BundledTargetsTest {
    @Test
    void theListIsTheCalibrationFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "calibration"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertEquals(names, BundledTargets.names().stream().sorted().toList());
        }
    }

    static List<String> names() {
        return BundledTargets.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void eachLoadsFromTheClasspath(String name) throws Exception {
        assertFalse(Files.exists(Path.of("calibration")), "tests run in scenarios/, which has no calibration/ folder");
        TargetsLoader.Loaded loaded = TargetsLoader.loadBundled(name, null);
        assertEquals(name, loaded.targets().name());
        assertEquals(loaded.targets().scenario(), loaded.scenarioReference());
    }

    static List<Path> starts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "calibration", "starts"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /**
     * The starts of the shipped refits (calibration/starts/, named in the bundled regions' headers) are
     * scenarios that load, so the header's command can be run again from the repository.
     */
    @ParameterizedTest
    @MethodSource("starts")
    void eachRefitStartIsAScenarioOfItsRegion(Path start) throws Exception {
        String region = start.getFileName().toString().replace(".yaml", "");
        assertTrue(BundledTargets.names().contains(region), start + " names a region with targets");
        assertEquals(region, ScenarioLoader.load(start.toString()).name(), start + " is a scenario of " + region);
        assertTrue(Files.readString(Path.of("bundled", region + ".yaml")).contains("--start calibration/starts/" + region + ".yaml"),
                "the bundled " + region + " says it was fitted from " + start);
    }
}

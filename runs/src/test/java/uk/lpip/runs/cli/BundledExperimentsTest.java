package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.scenarios.experiment.ComparisonLoader;
import uk.lpip.scenarios.experiment.ExperimentLoader;
import uk.lpip.scenarios.trial.TrialLoader;

/** Every experiment, comparison and trial shipped in experiments/ loads, with every design point and place. */
class BundledExperimentsTest {
    static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("..", "experiments"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void loads(Path file) throws Exception {
        if (Files.readString(file).lines().anyMatch(l -> l.startsWith("designs:"))) {
            TrialLoader.Loaded t = TrialLoader.load(file);
            assertFalse(t.trial().designs().isEmpty());
        } else if (Files.readString(file).lines().anyMatch(l -> l.startsWith("places:"))) {
            ComparisonLoader.Loaded c = ComparisonLoader.load(file);
            assertFalse(c.places().isEmpty());
            assertFalse(c.comparison().packages().isEmpty());
        } else {
            ExperimentLoader.Loaded e = ExperimentLoader.load(file);
            assertTrue(e.points().size() >= 1);
        }
    }
}

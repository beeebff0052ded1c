package uk.lpip.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.scenarios.load.ScenarioException;

/**
 * Every comparison file in src/test/resources/broken-comparisons states, in "# expect:" lines (at its
 * end, so they move no line), exactly the problems it must produce, in file order: "line:column: path: message".
 */
class BrokenComparisonsTest {
    private static final Path DIR = Path.of("src", "test", "resources", "broken-comparisons");

    static Stream<Path> brokenComparisons() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenComparisons")
    void eachBrokenComparisonGetsExactlyItsMessagesAndLocations(Path file) throws IOException {
        List<String> expected = Files.readAllLines(file).stream().filter(l -> l.startsWith("# expect: "))
                .map(l -> l.substring("# expect: ".length())).toList();
        assertTrue(!expected.isEmpty(), "no expectations in " + file);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ComparisonLoader.load(file));
        List<String> actual = e.problems().stream().map(p -> {
            assertEquals(file.toString(), p.location().source(), "every problem is in the comparison file");
            return p.location().line() + ":" + p.location().column() + ": " + p.path() + ": " + p.message();
        }).toList();
        assertEquals(expected, actual);
    }
}

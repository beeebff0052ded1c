package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.scenarios.load.Problem;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;

/**
 * Every file in src/test/resources/broken states, in "# expect:" lines, exactly which problems it
 * must produce, in file order: "line:column: path: message" for this file, "other:FILE:line:column:
 * ..." for another file. An expectation ending in "..." is a prefix (for messages that quote
 * machine-dependent numbers such as the heap size).
 */
class BrokenScenariosTest {
    private static final Path DIR = Path.of("src", "test", "resources", "broken");

    static Stream<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".yaml"))
                    .filter(BrokenScenariosTest::hasExpectations).sorted().toList().stream();
        }
    }

    private static boolean hasExpectations(Path p) {
        try {
            return Files.readString(p).contains("# expect: ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thereAreAtLeastThirtyBrokenFiles() throws IOException {
        assertTrue(brokenFiles().count() >= 30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileGetsExactlyItsMessagesAndLocations(Path file) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# expect: ")) {
                expected.add(line.substring("# expect: ".length()));
            }
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file.toString()));
        List<String> actual = e.problems().stream().map(p -> render(p, file)).toList();
        assertEquals(expected.size(), actual.size(), () -> "problems of " + file + ":\n" + String.join("\n", actual));
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            String got = actual.get(i);
            if (want.endsWith("...")) {
                String prefix = want.substring(0, want.length() - 3);
                assertTrue(got.startsWith(prefix), "expected a problem starting\n  " + prefix + "\nbut got\n  " + got);
            } else {
                assertEquals(want, got);
            }
            assertFalse(got.contains("Exception"), "no exception names in messages: " + got);
        }
    }

    private static String render(Problem p, Path file) {
        String where = p.location().line() + ":" + p.location().column();
        String source = p.location().source();
        String prefix = source.equals(file.toString()) ? "" : "other:" + Path.of(source).getFileName() + ":";
        return prefix + where + ": " + p.path() + ": " + p.message();
    }
}

package uk.lpip.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;

/**
 * A run's files are written into a temporary directory and renamed into the run's directory once
 * the manifest is written: while they are written the run's directory is empty, and a run that
 * fails while writing leaves nothing behind.
 */
class SingleRunCommitTest {
    @TempDir
    Path tmp;

    private static ModelConfig demo() throws Exception {
        ModelConfig c = ScenarioLoader.load("demo").model();
        return c.withRun(c.run().withMonths(3).withBurnIn(2));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void nothingIsInTheRunsDirectoryUntilItIsComplete() throws Exception {
        List<List<String>> seenWhileWriting = new ArrayList<>();
        Path[] runDir = new Path[1];
        SingleRun.Result result = new SingleRun(demo(), 1, "test", "none").charts(false).run(tmp, m -> { },
                List.of(SingleRun.ExtraOutput.of("extra.txt", (w, arms) -> {
                    try (Stream<Path> s = Files.list(tmp)) {
                        for (Path p : s.toList()) {
                            if (!p.getFileName().toString().startsWith(".")) {
                                runDir[0] = p;
                                seenWhileWriting.add(names(p));
                            }
                        }
                    }
                    w.write("x");
                })));
        assertEquals(List.of(List.of()), seenWhileWriting, "the run's directory is empty while its files are written");
        assertEquals(result.directory(), runDir[0]);
        assertTrue(names(result.directory()).contains("manifest.json"));
        assertEquals(List.of(result.directory().getFileName().toString()), names(tmp), "no temporary directory left");
    }

    @Test
    void aRunThatFailsWhileWritingLeavesNothing() throws Exception {
        SingleRun run = new SingleRun(demo(), 1, "test", "none").charts(false);
        assertThrows(IllegalStateException.class, () -> run.run(tmp, m -> { },
                List.of(SingleRun.ExtraOutput.of("extra.txt", (w, arms) -> {
                    throw new IllegalStateException("disk full, say");
                }))));
        assertEquals(List.of(), names(tmp));
    }
}

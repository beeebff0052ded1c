package uk.lpip.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;

/**
 * Arms that share their past: every bundled paired scenario, run with its arms branched from one
 * simulated past and run with every arm simulated from the start, writes the same files byte for
 * byte (every table, the summary, the report; only the manifest, which records times, is left out).
 */
class SharedPastTest {
    @TempDir
    Path tmp;

    static Stream<String> paired() {
        return BundledScenarios.names().stream().filter(n -> !scenario(n).interventions().isEmpty());
    }

    private static Scenario scenario(String name) {
        try {
            return ScenarioLoader.load(name);
        } catch (uk.lpip.scenarios.load.ScenarioException e) {
            throw new AssertionError(String.join("\n", ScenarioLoader.lines(e)));
        }
    }

    /** A 12-month burn-in and 18 recorded months (the bundled interventions start at month 0 or 6), near 8,000 people. */
    private static ModelConfig shortRun(Scenario s) {
        ModelConfig c = s.model();
        long people = c.place().zones().stream().mapToLong(z -> z.population()).sum();
        return c.withRun(c.run().withMonths(18).withBurnIn(12).withScale(Math.min(1.0, 8_000.0 / people)));
    }

    @ParameterizedTest
    @MethodSource("paired")
    void branchedArmsWriteTheSameFilesAsStraightRuns(String name) throws IOException {
        Scenario s = scenario(name);
        ModelConfig config = shortRun(s);
        List<SingleRun.Arm> arms = List.of(SingleRun.Arm.baseline(), new SingleRun.Arm("intervention", s.interventions()));
        int firstStart = s.interventions().stream().mapToInt(i -> i.common().startMonth()).min().orElseThrow();

        SingleRun branched = new SingleRun(config, 2, "test", "none", arms).replicates(2).charts(false)
                .runId("shared-past");   // one id for both runs, so their tables can match byte for byte
        assertEquals(12 + firstStart, branched.sharedMonths(),
                "the arms share the burn-in and the months before the first intervention starts");
        SingleRun.Result a = branched.run(tmp.resolve("branched"), m -> { }, List.of());
        SingleRun.Result b = new SingleRun(config, 2, "test", "none", arms).replicates(2).charts(false).runId("shared-past").sharedPast(false)
                .run(tmp.resolve("straight"), m -> { }, List.of());

        List<String> files = files(a.directory());
        assertEquals(files, files(b.directory()));
        assertTrue(files.contains("timeseries.csv"), files::toString);
        for (String f : files) {
            if (!f.equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(b.directory().resolve(f)), Files.readAllBytes(a.directory().resolve(f)),
                        name + ": " + f + " differs between branched and straight arms");
            }
        }
        assertEquals(b.arms().size(), a.arms().size());
        for (int i = 0; i < a.arms().size(); i++) {
            SingleRun.ArmResult x = a.arms().get(i);
            SingleRun.ArmResult y = b.arms().get(i);
            String arm = name + " " + x.name() + " replicate " + x.replicate();
            assertTrue(SameValue.of(y.horizon(), x.horizon()), arm + ": the state at the horizon differs");
            assertTrue(SameValue.of(y.participants(), x.participants()), arm + ": the participants differ");
            assertTrue(SameValue.of(y.spend(), x.spend()), arm + ": the spending by month differs");
            assertTrue(SameValue.of(y.water(), x.water()), arm + ": the catchment's history differs");
        }
        // the comparison has power: the intervention changes the arm after it starts
        assertFalse(java.util.Arrays.equals(a.arm("baseline").finalStatus(), a.arm("intervention").finalStatus())
                        && a.arm("baseline").spend().equals(a.arm("intervention").spend()),
                "the intervention arm differs from the baseline");
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}

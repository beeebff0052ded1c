package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.BundledScenarios;

/** Bad input on the command line: exit 2, the one problem in plain words, no stack trace, nothing written. */
class InputArgumentsTest {
    @TempDir
    Path tmp;

    private CliRun refused(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(Lpip.EXIT_BAD_INPUT, r.exitCode(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
        return r;
    }

    private void nothingWritten(Path out) throws IOException {
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing written to " + out);
    }

    @Test
    void aMistypedCommandGetsTheNearestOne() {
        assertEquals("lpip: Unmatched argument at index 0: 'rnu'\nDid you mean: lpip run?\n",
                refused("rnu").err().replace(System.lineSeparator(), "\n"));
        assertTrue(refused("sweeep").err().contains("Did you mean: lpip sweep"));
    }

    @Test
    void aMistypedScenarioGetsTheNearestBundledNameAndADirectoryIsNotAMissingScenario() throws IOException {
        Path out = tmp.resolve("out");
        String bundled = String.join(", ", BundledScenarios.names());
        assertEquals("lpip: rural-wale: 1 problem\n  command line: 'rural-wale' is neither a scenario file nor a bundled "
                + "scenario; did you mean 'rural-wales'? (bundled: " + bundled + ")\n",
                refused("run", "rural-wale", "--out", out.toString()).err());
        Path dir = Files.createDirectories(tmp.resolve("a-directory"));
        assertEquals("lpip: " + dir + ": 1 problem\n  command line: '" + dir + "' is a directory, not a scenario file\n",
                refused("run", dir.toString(), "--out", out.toString()).err());
        Path missing = tmp.resolve("my-place.yaml");
        assertEquals("lpip: " + missing + ": 1 problem\n  command line: no such file: " + missing + "\n",
                refused("validate", missing.toString()).err());
        nothingWritten(out);
    }

    @Test
    void yesForABooleanAHugeIndexAndAScaleOfNobodyAreRefusedBeforeAnythingRuns() throws IOException {
        Path out = tmp.resolve("out");
        assertEquals("lpip: demo: 1 problem\n  --set region.zones[0].urban=yes: region.zones[0].urban: expected true or false, "
                + "found 'yes'; write true or false (in any case): yes, no, on and off are not accepted\n",
                refused("run", "demo", "--set", "region.zones[0].urban=yes", "--out", out.toString()).err());
        assertEquals("lpip: demo: 1 problem\n  --set region.zones[99999999999].population=1: "
                + "region.zones[99999999999].population: index [99999999999] is far past the end of any list "
                + "(a list index is at most 999999999)\n",
                refused("run", "demo", "--set", "region.zones[99999999999].population=1", "--out", out.toString()).err());
        assertEquals("lpip: demo: 1 problem\n  --set run.scale=0.00001: run.scale: at scale 0.00001 zone 'moorland-hills' "
                + "(population 600) would simulate nobody (the whole region 0 people); the smallest scale that gives every "
                + "zone at least one person is 0.00084\n",
                refused("run", "--scale", "0.00001", "--out", out.toString()).err());
        nothingWritten(out);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheByteOffset() throws IOException {
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, "extends: demo\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("lpip: " + f + ": 1 problem\n  " + f + ":2:10: not UTF-8: the byte 0xE9 at byte offset 23 (line 2) is "
                + "not valid UTF-8; save the file as UTF-8\n", refused("validate", f.toString()).err());
    }

    @Test
    void calibrateFindsTheBundledTargetsOutsideTheRepository() throws IOException {
        // Tests run in runs/, where there is no calibration/ folder: the targets come from the classpath.
        assertFalse(Files.exists(Path.of("calibration")), "the premise: no calibration/ folder in the working directory");
        Path out = tmp.resolve("calibration");
        // The budget is checked after the targets are read and their scenario loaded, so this refusal shows they were found.
        assertEquals("lpip: --budget must be 0 or at least 3, was 2\nTry 'lpip calibrate --help' for more information.\n",
                refused("calibrate", "northern-ireland", "--budget", "2", "--out", out.toString()).err()
                        .replace(System.lineSeparator(), "\n"));
        assertEquals("lpip: --initial-step must be above 0 and at most 0.5, was 0.8\nTry 'lpip calibrate --help' for more "
                + "information.\n", refused("calibrate", "northern-ireland", "--initial-step", "0.8", "--out", out.toString()).err()
                        .replace(System.lineSeparator(), "\n"));
        assertEquals("lpip calibrate: no targets file calibration/northern-irland.yaml and no bundled targets named "
                + "'northern-irland' (did you mean 'northern-ireland'?) (bundled: forth-valley, northern-ireland, rural-wales, "
                + "yorkshire-humber); give a targets file with --targets\n",
                refused("calibrate", "northern-irland", "--out", out.toString()).err().replace(System.lineSeparator(), "\n"));
        nothingWritten(out);
    }
}

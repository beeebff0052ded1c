package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;

/** Input that is not what it seems: each is one clear problem at its place, never a raw exception or a file's contents. */
class InputProblemsTest {
    @TempDir
    Path tmp;

    private static List<String> problems(String ref, String... sets) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(ref, List.of(sets)));
        return ScenarioLoader.lines(e);
    }

    @Test
    void aFileThatIsNotUtf8IsReportedAtTheFirstBadByte() throws IOException {
        Path f = tmp.resolve("latin1.yaml");
        Files.write(f, "extends: demo\nname: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(List.of(f + ":2:10: not UTF-8: the byte 0xE9 at byte offset 23 (line 2) is not valid UTF-8; "
                + "save the file as UTF-8"), problems(f.toString()));
    }

    @Test
    void aHugeListIndexInSetIsPastTheEndNotACrash() {
        String set = "region.zones[99999999999].population=1";
        assertEquals(List.of("--set " + set + ": region.zones[99999999999].population: index [99999999999] is far past the "
                + "end of any list (a list index is at most 999999999)"), problems("demo", set));
    }

    @Test
    void extendingAFileThatIsNotAScenarioNamesItsPathNotItsContents() throws IOException {
        Path passwd = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n"
                + "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nsecret-user:x:1000:1000::/home/secret:/bin/sh\n");
        Path child = Files.writeString(tmp.resolve("child.yaml"), "name: child\nextends: " + passwd + "\n");
        List<String> p = problems(child.toString());
        assertEquals(List.of(child + ":2:10: extends: '" + passwd + "' is not a scenario file: a scenario file is a mapping "
                + "of sections (name:, run:, region:, ...), and " + passwd + " holds text"), p);
        assertFalse(String.join("\n", p).contains("secret-user"));
    }

    @Test
    void aLongExtendsChainIsTooDeepNotACircle() throws Exception {
        for (int i = 0; i < 9; i++) {
            Files.writeString(tmp.resolve("s" + i + ".yaml"), "extends: s" + (i + 1) + ".yaml\nname: s" + i + "\n");
        }
        Files.writeString(tmp.resolve("s9.yaml"), "extends: demo\nname: s9\n");
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i <= 8; i++) {
            chain.append(i == 0 ? "" : " → ").append(tmp.resolve("s" + i + ".yaml"));
        }
        assertEquals(List.of(tmp.resolve("s7.yaml") + ":1:10: extends: extends goes too deep: a chain may be at most 8 files "
                + "long, and this one goes on past " + chain), problems(tmp.resolve("s0.yaml").toString()));
        ScenarioLoader.load(tmp.resolve("s3.yaml").toString()); // s3 to s9 and demo: eight files, allowed
    }

    @Test
    void aMissingFileADirectoryAndAnUnknownNameAreToldApart() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("places"));
        assertEquals(List.of("command line: '" + dir + "' is a directory, not a scenario file"), problems(dir.toString()));
        Path missing = tmp.resolve("nowhere.yaml");
        assertEquals(List.of("command line: no such file: " + missing), problems(missing.toString()));
        String bundled = String.join(", ", BundledScenarios.names());
        assertEquals(List.of("command line: 'rural-wale' is neither a scenario file nor a bundled scenario; did you mean "
                + "'rural-wales'? (bundled: " + bundled + ")"), problems("rural-wale"));
        assertEquals(List.of("command line: 'zzz' is neither a scenario file nor a bundled scenario (bundled: " + bundled + ")"),
                problems("zzz"));
        Path child = Files.writeString(tmp.resolve("child.yaml"), "name: child\nextends: northern-irland\n");
        assertEquals(List.of(child + ":2:10: extends: 'northern-irland' is neither a scenario file (relative to this file) "
                + "nor a bundled scenario; did you mean 'northern-ireland'? (bundled: " + bundled + ")"), problems(child.toString()));
        Path toDir = Files.writeString(tmp.resolve("to-dir.yaml"), "name: child\nextends: places\n");
        assertEquals(List.of(toDir + ":2:10: extends: 'places' is a directory, not a scenario file"), problems(toDir.toString()));
        Path toMissing = Files.writeString(tmp.resolve("to-missing.yaml"), "name: child\nextends: ../base.yaml\n");
        assertEquals(List.of(toMissing + ":2:10: extends: no such file: " + tmp.resolve("../base.yaml")
                + " (paths are relative to the file that names them)"), problems(toMissing.toString()));
    }

    @Test
    void aScaleThatSimulatesNobodyInSomeZoneIsRefusedWithTheSmallestThatWorks() throws Exception {
        assertEquals(List.of("--set run.scale=0.00001: run.scale: at scale 0.00001 zone 'moorland-hills' (population 600) "
                + "would simulate nobody (the whole region 0 people); the smallest scale that gives every zone at least one "
                + "person is 0.00084"), problems("demo", "run.scale=0.00001"));
        assertEquals(List.of("--set run.scale=0.0008: run.scale: at scale 0.0008 zone 'moorland-hills' (population 600) "
                + "would simulate nobody (the whole region 6 people); the smallest scale that gives every zone at least one "
                + "person is 0.00084"), problems("demo", "run.scale=0.0008"));
        ScenarioLoader.load("demo", List.of("run.scale=0.00084"));
    }
}

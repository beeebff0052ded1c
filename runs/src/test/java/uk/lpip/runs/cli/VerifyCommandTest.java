package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lpip verify} finds every kind of damage to a committed run — one changed byte, a
 * truncation, a deleted file, a file that is not listed — and {@code lpip rerun} refuses a damaged
 * record, a manifest with no outputs and a manifest edited to describe another run.
 */
class VerifyCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Path original;

    @BeforeAll
    static void oneRunWithCharts() throws IOException {
        CliRun r = CliRun.of("run", "--months", "3", "--burn-in", "2", "--no-report", "--out", shared.toString());
        assertEquals(0, r.exitCode(), r.err());
        try (Stream<Path> s = Files.list(shared)) {
            original = s.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst().orElseThrow();
        }
    }

    /** A fresh copy of the run, to damage. */
    private Path copy() throws IOException {
        Path to = tmp.resolve(original.getFileName());
        try (Stream<Path> s = Files.walk(original)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(original.relativize(p).toString()));
            }
        }
        return to;
    }

    private static String chart(Path run, String ext) throws IOException {
        try (Stream<Path> s = Files.list(run.resolve("charts"))) {
            return "charts/" + s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ext)).sorted().findFirst().orElseThrow();
        }
    }

    private static void editManifest(Path run, java.util.function.Consumer<ObjectNode> edit) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode m = (ObjectNode) json.readTree(run.resolve("manifest.json").toFile());
        edit.accept(m);
        json.writerWithDefaultPrettyPrinter().writeValue(run.resolve("manifest.json").toFile(), m);
    }

    @Test
    void anIntactRunVerifiesAndItsManifestListsEveryFileWithItsSizeChartsAndSvgsIncluded() throws IOException {
        CliRun ok = CliRun.of("verify", original.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertEquals(original + ": intact\n", ok.out());
        String manifest = Files.readString(original.resolve("manifest.json"));
        for (String file : new String[] {"timeseries.csv", "summary.csv", "scenario.yaml", chart(original, ".png"),
            chart(original, ".svg")}) {
            long bytes = Files.size(original.resolve(file));
            assertTrue(manifest.matches("(?s).*\"" + java.util.regex.Pattern.quote(file)
                    + "\": \\{\\s*\"sha256\": \"[0-9a-f]{64}\",\\s*\"bytes\": " + bytes + "\\s*}.*"), file + " in\n" + manifest);
        }
        assertEquals(0, CliRun.of("verify", original.resolve("manifest.json").toString()).exitCode(), "a manifest's path works too");
    }

    @Test
    void aChangedByteIsFound() throws IOException {
        Path run = copy();
        byte[] b = Files.readAllBytes(run.resolve("timeseries.csv"));
        b[b.length / 2] ^= 1;
        Files.write(run.resolve("timeseries.csv"), b);
        CliRun r = CliRun.of("verify", run.toString());
        assertEquals(1, r.exitCode());
        assertEquals(run + ": DAMAGED\n  timeseries.csv: changed (its SHA-256 differs from the manifest's)\n", r.out());
    }

    @Test
    void aTruncationIsFound() throws IOException {
        Path run = copy();
        long size = Files.size(run.resolve("scenario.yaml"));
        try (var ch = java.nio.channels.FileChannel.open(run.resolve("scenario.yaml"), java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size - 10);
        }
        CliRun r = CliRun.of("verify", run.toString());
        assertEquals(1, r.exitCode());
        assertEquals(run + ": DAMAGED\n  scenario.yaml: truncated (" + (size - 10) + " bytes, the manifest lists " + size + ")\n",
                r.out());
    }

    @Test
    void aDeletedFileAndAnUnlistedFileAreFound() throws IOException {
        Path run = copy();
        String svg = chart(run, ".svg");
        Files.delete(run.resolve(svg));
        Files.writeString(run.resolve("charts/extra.png"), "not made by the run");
        CliRun r = CliRun.of("verify", run.toString());
        assertEquals(1, r.exitCode());
        assertEquals(run + ": DAMAGED\n  " + svg + ": missing\n  charts/extra.png: not listed in the manifest\n", r.out());
    }

    @Test
    void aDirectoryThatIsNoRecordOrAManifestWithAWrongTypeExitsWith2() throws IOException {
        CliRun none = CliRun.of("verify", tmp.toString());
        assertEquals(2, none.exitCode());
        assertEquals("lpip verify: " + tmp + " is not a run, sweep or comparison directory (no manifest.json, experiment.yaml "
                + "with runs/, or comparison.yaml)\n", none.err());
        Path run = copy();
        editManifest(run, m -> ((ObjectNode) m.get("outputs").get("summary.csv")).put("bytes", "12x"));
        CliRun wrong = CliRun.of("verify", run.toString());
        assertEquals(2, wrong.exitCode());
        assertEquals("lpip verify: " + run.resolve("manifest.json") + ": \"outputs\".\"summary.csv\".\"bytes\" should be a whole "
                + "number of bytes, found \"12x\"\n", wrong.err());
        Files.writeString(run.resolve("manifest.json"), "{\"tool\": \"lpip\", \"outputs\": {");
        CliRun broken = CliRun.of("verify", run.toString());
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().startsWith("lpip verify: " + run.resolve("manifest.json") + ": not valid JSON at line 1"),
                broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());
    }

    @Test
    void reportNamesAManifestFieldOfTheWrongTypeAndExitsWith2() throws IOException {
        Path run = copy();
        editManifest(run, m -> m.put("replicates", 1.5));
        CliRun r = CliRun.of("report", run.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("lpip report: " + run.resolve("manifest.json") + ": \"replicates\" should be a whole number, found 1.5\n",
                r.err());
        assertFalse(Files.exists(run.resolve("report.html")));
    }

    @Test
    void rerunRefusesADamagedRecord() throws IOException {
        Path run = copy();
        Files.writeString(run.resolve("timeseries.csv"), "run,arm\n");
        CliRun r = CliRun.of("rerun", run.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("NOT rerun: the record in " + run.toAbsolutePath() + " is damaged (see lpip verify):\n"
                + "  timeseries.csv: truncated ("), r.out());
        assertFalse(r.out().contains("Reproduced"), r.out());
    }

    @Test
    void rerunRefusesAManifestThatListsNoOutputs() throws IOException {
        Path run = copy();
        editManifest(run, m -> m.putObject("outputs"));
        CliRun r = CliRun.of("rerun", run.toString());
        assertEquals(2, r.exitCode(), r.out());
        assertEquals("lpip rerun: " + run.resolve("manifest.json") + " lists no timeseries.csv among its outputs, so there is "
                + "nothing to reproduce it against\n", r.err());
    }

    @Test
    void rerunRefusesAManifestEditedToAnotherSeedOrScenario() throws IOException {
        Path run = copy();
        editManifest(run, m -> m.put("seed", 7));
        CliRun seed = CliRun.of("rerun", run.toString());
        assertEquals(2, seed.exitCode(), seed.out());
        assertEquals("lpip rerun: " + run.resolve("manifest.json") + " does not describe the run in "
                + run.toAbsolutePath().resolve("scenario.yaml") + ":\n  seed: the manifest says 7, scenario.yaml gives 20260101\n",
                seed.err());
        editManifest(run, m -> m.put("seed", 20260101).put("scenario", "elsewhere"));
        CliRun name = CliRun.of("rerun", run.toString());
        assertEquals(2, name.exitCode(), name.out());
        assertTrue(name.err().endsWith(":\n  scenario: the manifest says elsewhere, scenario.yaml gives demo\n"), name.err());
        editManifest(run, m -> m.put("scenario", "demo").put("months", "three"));
        CliRun type = CliRun.of("rerun", run.toString());
        assertEquals(2, type.exitCode(), type.out());
        assertEquals("lpip rerun: " + run.resolve("manifest.json") + ": \"months\" should be a whole number, found \"three\"\n",
                type.err());
    }
}

package uk.lpip.runs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one manifest writer: who wrote it first, the caller's fields in order, then Java and every file it wrote. */
class ManifestBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void aRecordListsWhoWroteItItsFieldsInOrderAndEveryFileWrittenWithItsChecksumAndSize() throws Exception {
        Path file = tmp.resolve("timeseries.csv");
        new ManifestBuilder("1.2.3", "abc")
                .write("timeseries.csv", file, w -> w.write("run,value\nx,1\n"))
                .put("run", "demo-seed1")
                .put("seed", 1L)
                .java()
                .commit(tmp.resolve("manifest.json"));
        Manifest m = Manifest.read(tmp.resolve("manifest.json"));
        String text = Files.readString(tmp.resolve("manifest.json"), StandardCharsets.UTF_8);
        List<String> order = List.of("\"tool\"", "\"version\"", "\"git_commit\"", "\"run\"", "\"seed\"", "\"java\"", "\"outputs\"");
        for (int i = 1; i < order.size(); i++) {
            assertTrue(text.indexOf(order.get(i - 1)) < text.indexOf(order.get(i)), order.get(i - 1) + " before " + order.get(i));
        }
        assertEquals("1.2.3", m.text("version"));
        Map<String, Manifest.Output> outputs = m.outputs();
        assertEquals(Files.size(file), outputs.get("timeseries.csv").bytes());
        assertEquals(AtomicFiles.sha256(file), outputs.get("timeseries.csv").sha256());
        assertTrue(RecordCheck.check(tmp).isEmpty(), "the record it wrote verifies: " + RecordCheck.check(tmp));
    }

    @Test
    void aTablesRecordCarriesNoVersionSoEveryBuildWritesTheSameBytes() throws Exception {
        ManifestBuilder.ofTables().put("sweep", "s").commit(tmp.resolve("sweep.json"));
        String text = Files.readString(tmp.resolve("sweep.json"), StandardCharsets.UTF_8);
        assertEquals("{\n  \"tool\": \"lpip\",\n  \"sweep\": \"s\",\n  \"outputs\": {}\n}\n", text);
    }
}

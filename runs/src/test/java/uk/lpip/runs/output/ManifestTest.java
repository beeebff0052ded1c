package uk.lpip.runs.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests keep their field order and layout, and a field of the wrong type is named, never a raw parse error. */
class ManifestTest {
    @TempDir
    Path tmp;

    private static Map<String, Object> sample() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "lpip");
        m.put("seed", 20260101L);
        m.put("scale", 0.05);
        m.put("wall_seconds", Double.NaN);
        m.put("arms", List.of("baseline", "intervention"));
        m.put("factors", Map.of());
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("timeseries.csv", Map.of("sha256", "0".repeat(64)));
        m.put("outputs", outputs);
        return m;
    }

    @Test
    void fieldsKeepTheirOrderWithTwoSpaceIndentationAndNonFiniteNumbersAsNull() {
        assertEquals(String.join("\n",
                "{",
                "  \"tool\": \"lpip\",",
                "  \"seed\": 20260101,",
                "  \"scale\": 0.05,",
                "  \"wall_seconds\": null,",
                "  \"arms\": [",
                "    \"baseline\",",
                "    \"intervention\"",
                "  ],",
                "  \"factors\": {},",
                "  \"outputs\": {",
                "    \"timeseries.csv\": {",
                "      \"sha256\": \"" + "0".repeat(64) + "\"",
                "    }",
                "  }",
                "}",
                ""), Manifest.write(sample()));
    }

    @Test
    void fieldsReadBackWithTheirTypesAndAWrongTypeIsNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("manifest.json"), Manifest.write(sample()));
        Manifest m = Manifest.read(file);
        assertEquals(20260101L, m.whole("seed"));
        assertEquals(0.05, m.number("scale"));
        assertEquals(List.of("baseline", "intervention"), m.texts("arms"));
        assertEquals(Map.of("timeseries.csv", new Manifest.Output("0".repeat(64), -1)), m.outputs());
        assertEquals(file + ": \"scale\" should be a whole number, found 0.05",
                assertThrows(Manifest.Invalid.class, () -> m.whole("scale")).getMessage());
        assertEquals(file + ": \"seed\" should be text, found 20260101",
                assertThrows(Manifest.Invalid.class, () -> m.text("seed")).getMessage());
        assertEquals(file + ": \"months\" is missing", assertThrows(Manifest.Invalid.class, () -> m.whole("months")).getMessage());
        Files.writeString(file, "{\"tool\": \"lpip\", \"seed\": 99999999999999999999999, \"outputs\": {}}");
        assertEquals(file + ": \"seed\" should be a whole number, found 99999999999999999999999",
                assertThrows(Manifest.Invalid.class, () -> Manifest.read(file).whole("seed")).getMessage());
        Files.writeString(file, "[1, 2]");
        assertEquals(file + " is not an lpip manifest (no \"tool\": \"lpip\" and \"outputs\" object)",
                assertThrows(Manifest.Invalid.class, () -> Manifest.read(file)).getMessage());
    }
}

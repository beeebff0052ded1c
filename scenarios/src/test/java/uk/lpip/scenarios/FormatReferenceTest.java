package uk.lpip.scenarios;

import uk.lpip.scenarios.load.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.format.Field;
import uk.lpip.scenarios.format.FormatReference;
import uk.lpip.scenarios.format.ListSpec;
import uk.lpip.scenarios.format.ObjectSpec;
import uk.lpip.scenarios.format.ScenarioFormat;

/**
 * The checked-in JSON Schema and key tables are exactly what the format generates, and the format
 * covers every component of the records it builds. Regenerate after changing the format with
 * {@code ./mvnw -q -pl scenarios -am test -Dtest=FormatReferenceTest -Dsurefire.failIfNoSpecifiedTests=false -Dlpip.regenerate=true}.
 */
class FormatReferenceTest {
    private static final Path SCHEMA = Path.of("scenario.schema.json");
    private static final Path DOC = Path.of("..", "docs", "scenario-format.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED KEY TABLES -->\n";
    private static final String END = "<!-- END GENERATED KEY TABLES -->";
    private static final boolean REGENERATE = Boolean.getBoolean("lpip.regenerate");

    @Test
    void theCheckedInSchemaIsTheGeneratedOne() throws IOException {
        String generated = FormatReference.schema();
        if (REGENERATE) {
            Files.writeString(SCHEMA, generated);
        }
        assertEquals(generated, Files.readString(SCHEMA),
                "scenarios/scenario.schema.json is out of date; regenerate it (see this test's comment)");
    }

    @Test
    void theDocumentedKeysAreTheGeneratedTables() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/scenario-format.md has the generated-table markers");
        String generated = FormatReference.markdown();
        if (REGENERATE) {
            doc = doc.substring(0, begin + BEGIN.length()) + generated + doc.substring(end);
            Files.writeString(DOC, doc);
            end = doc.indexOf(END);
        }
        assertEquals(generated, doc.substring(begin + BEGIN.length(), end),
                "docs/scenario-format.md's key tables are out of date; regenerate them (see this test's comment)");
    }

    @Test
    void everyComponentOfEveryRecordHasAKey() throws Exception {
        Scenario sample = ScenarioLoader.load("forth-valley");
        List<String> problems = new ArrayList<>();
        check(ScenarioFormat.SCENARIO, sample, "scenario", problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void check(ObjectSpec spec, Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value.getClass().isRecord()) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            long keys = spec.fields().stream().filter(f -> !((Field) f).key().equals(ScenarioFormat.EXTENDS)).count();
            if (keys != components.length) {
                problems.add(path + ": " + keys + " keys for the " + components.length + " components of "
                        + value.getClass().getSimpleName());
            }
        }
        for (Object o : spec.fields()) {
            Field f = (Field) o;
            Object child = f.getter().apply(value);
            if (f.spec() instanceof ObjectSpec os) {
                check(os, child, path + "." + f.key(), problems);
            } else if (f.spec() instanceof ListSpec ls && ls.element() instanceof ObjectSpec os && child instanceof List<?> list
                    && !list.isEmpty()) {
                check(os, list.get(0), path + "." + f.key() + "[0]", problems);
            }
        }
    }
}

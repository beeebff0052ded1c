package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.format.Field;
import uk.lpip.scenarios.format.ListSpec;
import uk.lpip.scenarios.format.ObjectSpec;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.TypedListSpec;
import uk.lpip.sim.config.UkDefaults;

/**
 * docs/model.md's table of behavioural parameters names real keys with their real defaults, says
 * where each comes from, and leaves out no scalar key of the behavioural sections.
 */
class ModelParametersDocTest {
    private static final Path DOC = Path.of("..", "docs", "model.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_.]+)` \\| ([^|]+) \\| ([^|]*) \\| (.+) \\|$");
    /** Sections whose every scalar key is a behavioural parameter to document. */
    private static final List<String> SECTIONS = List.of("labour", "labour.discouragement", "labour.hours", "firms", "households",
            "council_finance", "population");

    private static Map<String, String[]> rows() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("## Behavioural parameters");
        assertTrue(start >= 0, "docs/model.md has a behavioural parameters section");
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : doc.substring(start).split("\n")) {
            if (line.startsWith("## ") && !line.startsWith("## Behavioural")) {
                break;
            }
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                rows.put(m.group(1), new String[] {m.group(2).trim(), m.group(3).trim(), m.group(4).trim()});
            }
        }
        return rows;
    }

    /** The spec and the UK default object at a section path; water's regulator has UkDefaults' own. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object[] section(String path) {
        ObjectSpec spec = ScenarioFormat.SCENARIO;
        Object value = ScenarioFormat.DEFAULTS;
        for (String part : path.split("\\.")) {
            Field field = spec.field(part);
            assertNotNull(field, "no key " + part + " in " + path);
            assertTrue(field.spec() instanceof ObjectSpec, path + " is a section");
            spec = (ObjectSpec) field.spec();
            value = value == null ? null : field.getter().apply(value);
            if (value == null && path.equals("water.regulator") && part.equals("regulator")) {
                value = UkDefaults.regulator();
            }
        }
        return new Object[] {spec, value};
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyRowIsAKeyWithItsDefaultAndASource() throws IOException {
        Map<String, String[]> rows = rows();
        assertTrue(rows.size() > 50, "rows: " + rows.size());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            String key = row.getKey();
            int dot = key.lastIndexOf('.');
            Object[] section = section(key.substring(0, dot));
            Field field = ((ObjectSpec) section[0]).field(key.substring(dot + 1));
            if (field == null) {
                problems.add(key + ": no such key");
                continue;
            }
            double documented = Double.parseDouble(row.getValue()[0]);
            double actual = ((Number) field.getter().apply(section[1])).doubleValue();
            if (Math.abs(documented - actual) > 5e-4 * Math.max(1, Math.abs(actual))) {
                problems.add(key + ": documented " + documented + ", default " + actual);
            }
            if (row.getValue()[1].isEmpty()) {
                problems.add(key + ": no unit");
            }
            String source = row.getValue()[2];
            if (source.startsWith("ASSUMPTION") && !source.matches(".*; −?[0-9./,]+–−?[0-9./,]+$")) {
                problems.add(key + ": an ASSUMPTION ends with its sensitivity range (\"; low–high\")");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void noBehaviouralKeyIsLeftOut() throws IOException {
        Map<String, String[]> rows = rows();
        List<String> missing = new ArrayList<>();
        for (String path : SECTIONS) {
            ObjectSpec<?> spec = (ObjectSpec<?>) section(path)[0];
            for (Field<?, ?> f : spec.fields()) {
                boolean scalar = !(f.spec() instanceof ObjectSpec) && !(f.spec() instanceof ListSpec)
                        && !(f.spec() instanceof TypedListSpec);
                if (scalar && !rows.containsKey(path + "." + f.key())) {
                    missing.add(path + "." + f.key());
                }
            }
        }
        assertEquals(List.of(), missing, "keys missing from docs/model.md's behavioural parameters");
        assertTrue(rows.containsKey("water.regulator.small_take_share_of_q95"));
    }
}

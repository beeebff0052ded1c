package uk.lpip.scenarios.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;

/**
 * Every text key of the format (found from the format itself) is limited in length and refuses
 * control characters and bidirectional overrides, naming the code point and where it is.
 */
class TextKeysTest {
    private static final String CONTROL = "; text may not hold control characters (U+0000–U+001F, U+007F–U+009F), tabs or line breaks";
    private static final String BIDI = "; text may not hold bidirectional overrides (U+202A–U+202E, U+2066–U+2069)";

    static List<FormatKeys.Key> textKeys() {
        return FormatKeys.keys(v -> v.type() == ValueSpec.Type.TEXT);
    }

    @Test
    void theFormatHasTextKeys() {
        assertFalse(textKeys().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textKeys")
    void everyTextKeyIsLimitedAndRefusesControlAndBidiCharacters(FormatKeys.Key key) throws Exception {
        FormatKeys.Target target = FormatKeys.target(key);
        assertNotNull(target, "no bundled scenario has a mapping that holds " + key + "; add one so the key is tested");
        String p = target.path();
        accepts(target, "a".repeat(TextRules.MAX_TEXT));
        accepts(target, "\"Ynys Môn – Café ‘quoted’ 中文\"");
        expect(target, "a".repeat(201), "the text is 201 characters long; the text is limited to 200 characters");
        expect(target, "\"Bell\\aring\"", "the text holds the control character U+0007 at character 5" + CONTROL);
        expect(target, "\"\\e[31mred\"", "the text holds the control character U+001B at character 1" + CONTROL);
        expect(target, "\"nul\\0\"", "the text holds the control character U+0000 at character 4" + CONTROL);
        expect(target, "\"a\\tb\"", "the text holds the control character U+0009 at character 2" + CONTROL);
        expect(target, "\"two\\nlines\"", "the text holds the control character U+000A at character 4" + CONTROL);
        expect(target, "\"c1\\x85\"", "the text holds the control character U+0085 at character 3" + CONTROL);
        expect(target, "\"a\\u2028b\"", "the text holds the line separator U+2028 at character 2; text may not hold line breaks");
        expect(target, "\"abc\\u202Edef\"", "the text holds the bidirectional control U+202E at character 4" + BIDI);
        expect(target, "\"\\u2066x\"", "the text holds the bidirectional control U+2066 at character 1" + BIDI);
    }

    @Test
    void identifiersAreLimitedToo() {
        String set = "name=" + "a".repeat(65);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load("demo", List.of(set)));
        assertEquals(List.of("--set " + set + ": name: the identifier is 65 characters long; the identifier is limited to "
                + "64 characters"), ScenarioLoader.lines(e));
    }

    /** The value is not refused as text (a key with its own rules, such as a funder, may still refuse it for those). */
    private static void accepts(FormatKeys.Target target, String value) {
        try {
            ScenarioLoader.load(target.scenario(), List.of(target.path() + "=" + value));
        } catch (ScenarioException e) {
            List<String> lines = ScenarioLoader.lines(e);
            assertFalse(lines.stream().anyMatch(l -> l.contains("characters long") || l.contains("may not hold")), lines::toString);
        }
    }

    private static void expect(FormatKeys.Target target, String value, String message) {
        String set = target.path() + "=" + value;
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(target.scenario(), List.of(set)), set);
        assertEquals(List.of("--set " + set + ": " + target.path() + ": " + message), ScenarioLoader.lines(e));
    }
}

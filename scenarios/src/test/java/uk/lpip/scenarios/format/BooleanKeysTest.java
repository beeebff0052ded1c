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
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.ScalarNode;
import uk.lpip.scenarios.yaml.YamlReader;

/**
 * Every boolean key of the format (found from the format itself) reads exactly true and false in any
 * case, and refuses the YAML 1.1 words that would otherwise read as false, with a located message.
 */
class BooleanKeysTest {
    private static final List<String> REFUSED = List.of("yes", "Yes", "YES", "no", "No", "on", "On", "off", "OFF");

    static List<FormatKeys.Key> booleanKeys() {
        return FormatKeys.keys(v -> v.type() == ValueSpec.Type.BOOLEAN);
    }

    @Test
    void theFormatHasBooleanKeys() {
        assertFalse(booleanKeys().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("booleanKeys")
    void everyBooleanKeyAcceptsTrueAndFalseInAnyCaseAndRefusesOtherWords(FormatKeys.Key key) throws Exception {
        FormatKeys.Target target = FormatKeys.target(key);
        assertNotNull(target, "no bundled scenario has a mapping that holds " + key + "; add one so the key is tested");
        for (String word : List.of("true", "True", "TRUE", "false", "False", "FALSE", "tRuE")) {
            String resolved = SpecWriter.write(ScenarioFormat.SCENARIO,
                    ScenarioLoader.load(target.scenario(), List.of(target.path() + "=" + word)));
            Node value = FormatKeys.at(YamlReader.read("resolved", resolved), target.path());
            assertEquals(word.toLowerCase(java.util.Locale.ROOT), ((ScalarNode) value).text(), word + " at " + target.path());
        }
        for (String word : REFUSED) {
            String set = target.path() + "=" + word;
            ScenarioException e = assertThrows(ScenarioException.class,
                    () -> ScenarioLoader.load(target.scenario(), List.of(set)), set);
            assertEquals(List.of("--set " + set + ": " + target.path() + ": expected true or false, found '" + word
                    + "'; write true or false (in any case): yes, no, on and off are not accepted"), ScenarioLoader.lines(e));
        }
    }
}

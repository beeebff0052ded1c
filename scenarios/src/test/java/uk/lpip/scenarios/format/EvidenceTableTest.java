package uk.lpip.scenarios.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.policy.Evidence;
import uk.lpip.sim.policy.EvidenceTable;
import uk.lpip.sim.policy.InterventionType;
import uk.lpip.sim.policy.InterventionTypes;

/**
 * The evidence records and docs/interventions.md agree, and every record belongs to a lever whose
 * default it states. Regenerate the table with
 * {@code ./mvnw -q -o -pl scenarios -am test -Dtest=EvidenceTableTest -Dsurefire.failIfNoSpecifiedTests=false -Dlpip.regenerate=true}.
 */
class EvidenceTableTest {
    private static final Path DOC = Path.of("..", "docs", "interventions.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED EVIDENCE TABLE -->\n";
    private static final String END = "<!-- END GENERATED EVIDENCE TABLE -->";

    /** The behavioural levers each kind must carry a record for. */
    private static final Map<String, List<String>> BEHAVIOURAL = Map.of(
            "skills_programme", List.of("lock_in_strength", "completion_probability", "skill_gain", "return_multiplier"),
            "outreach", List.of("contact_rate_monthly", "return_multiplier_discouraged", "return_multiplier_caring",
                    "return_multiplier_long_term_sick", "return_multiplier_retired", "support_months"),
            "wage_subsidy", List.of("wage_share", "duration_months", "screening_weight"),
            "broadband_rollout", List.of("adoption_rate_monthly", "productivity_gain"));

    @Test
    void theDocsTableIsTheRecords() throws IOException {
        String doc = Files.readString(DOC);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/interventions.md has no generated evidence table");
        String generated = EvidenceTable.markdown();
        if (Boolean.getBoolean("lpip.regenerate")) {
            doc = doc.substring(0, begin + BEGIN.length()) + generated + doc.substring(end);
            Files.writeString(DOC, doc);
            end = doc.indexOf(END);
        }
        assertEquals(generated, doc.substring(begin + BEGIN.length(), end),
                "docs/interventions.md's evidence table is out of date; regenerate it (see this test's comment)");
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void everyRecordIsALeverAndStatesItsDefault() {
        for (InterventionType<?> t : InterventionTypes.all()) {
            Map<String, Field> fields = new HashMap<>();
            for (Field f : (List<Field>) (List) LeverFormat.fields(t.spec())) {
                fields.put(f.key(), f);
            }
            for (Evidence r : t.evidence()) {
                if (r.lever().startsWith("outcome:") || r.lever().startsWith("mechanism:")) {
                    continue;
                }
                Field f = fields.get(r.lever());
                assertNotNull(f, t.key() + ": a record for " + r.lever() + ", which is not one of its keys");
                if (f.fallback() instanceof Number n) {
                    assertEquals(n.doubleValue(), r.value(), 1e-12, t.key() + "." + r.lever() + ": the fallback is not the record's default");
                }
            }
            for (String lever : BEHAVIOURAL.getOrDefault(t.key(), List.of())) {
                assertNotNull(t.evidenceFor(lever), t.key() + "." + lever + " has no evidence record");
            }
        }
    }

    @Test
    void theLeversAtAssumptionAreListedForTheReport() {
        List<String> outreach = InterventionTypes.byKey("outreach").leversAtAssumption();
        assertTrue(outreach.contains("contact_rate_monthly"), outreach.toString());
        assertFalse(outreach.contains("support_months"), "support_months has published evidence");
        for (InterventionType<?> t : InterventionTypes.all()) {
            for (String lever : t.leversAtAssumption()) {
                assertTrue(t.evidenceFor(lever).isAssumption());
            }
        }
    }
}

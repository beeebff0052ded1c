package uk.lpip.scenarios.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.load.ScenarioException;

/** Trial files: read strictly, each problem reported with its file, line, column and what was expected. */
class TrialLoaderTest {
    @TempDir
    Path tmp;

    private Path file(String... lines) throws IOException {
        return Files.writeString(tmp.resolve("trial.yaml"), String.join("\n", lines) + "\n");
    }

    private List<String> problems(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> TrialLoader.load(file));
        return e.problems().stream().map(p -> p.toString().replace(file.toString(), "trial.yaml")).collect(Collectors.toList());
    }

    @Test
    void aGoodTrialLoadsWithItsDesignsAndTheInterventionsStart() throws Exception {
        TrialLoader.Loaded l = TrialLoader.load(file(
                "name: t",
                "scenario: northern-ireland-skills",
                "set: [run.months=30, run.scale=0.01]",
                "follow_up_months: 18",
                "designs:",
                "  - {name: rct, type: individual_rct, allocation: 0.4}",
                "  - {name: by-council, type: cluster_rct}",
                "  - {name: did, type: difference_in_differences, comparison_councils: [mid-ulster]}",
                "  - {name: matched, type: matched, covariates: [age, status]}",
                "  - {name: wedge, type: stepped_wedge, cluster: zone, steps: 4, step_months: 3}"));
        assertEquals(6, l.startMonth());
        assertEquals(List.of(0, 1), l.peopleInterventions(), "outreach and the skills programme both reach people");
        assertEquals(5, l.trial().designs().size());
        Trial.Design wedge = l.trial().designs().get(4);
        assertEquals(List.of(4, 3, "zone"), List.of(wedge.steps(), wedge.stepMonths(), wedge.cluster()));
        assertEquals(null, l.trial().designs().get(1).steps(), "steps only where given");
        assertEquals(0.4, l.trial().designs().get(0).allocation());
        assertEquals("council", l.trial().designs().get(1).cluster());
        assertEquals(20, l.trial().replicates(), "the fallback");
        assertEquals(11, l.councils().size());
    }

    @Test
    void unknownKeysBadValuesAndMissingKeysAreReportedWhereTheyAre() throws Exception {
        Path f = file(
                "name: t",
                "scenario: northern-ireland-skills",
                "replicates: 1",
                "designs:",
                "  - {name: rct, type: stepped, allocation: 0.5}",
                "  - {name: c, type: cluster_rct, alocation: 0.5}");
        List<String> p = problems(f);
        assertEquals(List.of(
                "trial.yaml:1:1: missing required key 'follow_up_months' (months from the interventions' start to the outcome)",
                "trial.yaml:3:13: replicates: expected a whole number from 2 to 1000, found the number 1",
                "trial.yaml:5:23: designs[0].type: expected one of individual_rct, cluster_rct, difference_in_differences, "
                        + "matched, stepped_wedge, found the text 'stepped'; did you mean 'stepped_wedge'?",
                "trial.yaml:6:34: designs[1]: unknown key 'alocation'; did you mean 'allocation'?"), p);
    }

    @Test
    void designsAreCheckedAgainstThePlaceAndTheFollowUpAgainstTheRun() throws Exception {
        Path f = file(
                "name: t",
                "scenario: northern-ireland-skills",
                "set: [run.months=24]",
                "follow_up_months: 24",
                "designs:",
                "  - {name: c, type: cluster_rct, allocation: 0.5}",
                "  - {name: d, type: difference_in_differences, comparison_councils: [atlantis, derry-strabane]}",
                "  - {name: d, type: individual_rct, set: [\"interventions[1].places_per_intake=-3\"]}");
        List<String> p = problems(f);
        assertEquals(List.of(
                "trial.yaml:4:19: follow_up_months: the follow-up ends in month 30 (start_month 6 + 24), after the run's 24 "
                        + "months; raise run.months in set or shorten the follow-up",
                "trial.yaml:7:70: designs[1].comparison_councils[0]: the place has no council 'atlantis'; it has "
                        + "antrim-newtownabbey, ards-north-down, armagh-banbridge-craigavon, belfast, causeway-coast-glens, "
                        + "derry-strabane, fermanagh-omagh, lisburn-castlereagh, mid-east-antrim, mid-ulster, newry-mourne-down",
                "trial.yaml:7:80: designs[1].comparison_councils[1]: council 'derry-strabane' is covered by the interventions, "
                        + "so it cannot be a comparison",
                "trial.yaml:8:12: designs[2].name: duplicate design name 'd'",
                "trial.yaml:8:42: designs[2].set: interventions[1].places_per_intake: expected a whole number from 1 to "
                        + "1000000, found the number -3"), p);
    }
}

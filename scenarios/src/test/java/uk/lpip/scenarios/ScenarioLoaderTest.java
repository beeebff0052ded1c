package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.SpecWriter;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;

class ScenarioLoaderTest {
    @TempDir
    Path tmp;

    static List<String> bundled() {
        return BundledScenarios.names();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void aResolvedScenarioReadsBackToItself(String name) throws Exception {
        String resolved = SpecWriter.write(ScenarioFormat.SCENARIO, ScenarioLoader.load(name));
        Path file = Files.writeString(tmp.resolve(name + "-resolved.yaml"), resolved);
        assertEquals(resolved, SpecWriter.write(ScenarioFormat.SCENARIO, ScenarioLoader.load(file.toString())));
    }

    @Test
    void councilsOwnCharacteristicsAndHazardsReadBackFromTheResolvedScenario() throws Exception {
        Path file = Files.writeString(tmp.resolve("councils.yaml"), """
                extends: demo
                name: councils
                region:
                  councils:
                    - id: riverton
                      name: Riverton
                      code: E06000099
                      population:
                        status_shares: {employed: 0.70, unemployed: 0.04, student: 0.06, caring: 0.05, long_term_sick: 0.09,
                                        retired: 0.03, discouraged: 0.03}
                        adult_skill_shares: {none: 0.25, low: 0.35, medium: 0.2, high: 0.2}
                    - {id: moorland, name: Moorland}
                labour:
                  councils:
                    - {council: riverton, long_term_sick: 1.4, inactivity_exit: 0.8}
                """);
        Scenario s = ScenarioLoader.load(file.toString());
        var riverton = s.region().councils().get(0);
        assertEquals("E06000099", riverton.code());
        assertEquals(0.70, riverton.population().statusShares().employed());
        assertEquals(0.25, riverton.population().adultSkillShares()[0]);
        assertEquals(null, riverton.population().householdTypes());
        assertEquals(uk.lpip.sim.config.CouncilPopulationConfig.NONE, s.region().councils().get(1).population());
        assertEquals(1.4, s.labour().hazardsOf("riverton").longTermSick());
        assertEquals(1.0, s.labour().hazardsOf("riverton").caring());
        assertEquals(1.0, s.labour().hazardsOf("moorland").longTermSick());
        String resolved = SpecWriter.write(ScenarioFormat.SCENARIO, s);
        Path again = Files.writeString(tmp.resolve("councils-resolved.yaml"), resolved);
        assertEquals(resolved, SpecWriter.write(ScenarioFormat.SCENARIO, ScenarioLoader.load(again.toString())));
        // --set reaches a council's own values and its multipliers like any other
        Scenario set = ScenarioLoader.load(file.toString(), List.of("labour.councils[0].caring=2",
                "region.councils[0].population.status_shares.employed=0.7"));
        assertEquals(2.0, set.labour().hazardsOf("riverton").caring());
    }

    @Test
    void theGlasgowExampleDescribesItsEightCouncilsEachWithItsOwnPeople() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("examples", "glasgow-city-region.yaml").toString());
        assertEquals(List.of("glasgow", "east-dunbartonshire", "east-renfrewshire", "inverclyde", "north-lanarkshire",
                "renfrewshire", "south-lanarkshire", "west-dunbartonshire"),
                s.region().councils().stream().map(uk.lpip.sim.config.PlaceConfig.CouncilConfig::id).toList());
        s.region().councils().forEach(c -> assertTrue(c.code().matches("S12\\d{6}"), c.id() + " " + c.code()));
        double inverclyde = s.region().councils().get(3).population().statusShares().longTermSick();
        double eastRenfrewshire = s.region().councils().get(2).population().statusShares().longTermSick();
        assertTrue(inverclyde > 3 * eastRenfrewshire, "Inverclyde's long-term sick are 50% of its inactive, East "
                + "Renfrewshire's 19%");
    }

    @Test
    void theDefaultsAreThemselvesAValidScenario() throws Exception {
        String defaults = SpecWriter.write(ScenarioFormat.SCENARIO, ScenarioFormat.DEFAULTS);
        Path file = Files.writeString(tmp.resolve("defaults.yaml"), "extends: demo\n" + defaults);
        Scenario s = ScenarioLoader.load(file.toString());
        assertEquals(ScenarioFormat.DEFAULTS.labour().matchingRounds(), s.labour().matchingRounds());
    }

    @Test
    void extendsMergesMappingsKeyByKeyAndReplacesListsWhole() throws Exception {
        Path child = Files.writeString(tmp.resolve("child.yaml"), String.join("\n",
                "extends: demo",
                "name: child",
                "labour:",
                "  matching_rounds: 5",
                "region:",
                "  councils: [{id: only, name: Only}]",
                "  zones:",
                "    - {id: z, name: Z, council: only, population: 500, urban: true, broadband_share: 0.9,"
                        + " bus_service: 0.5, car_access_share: 0.8}",
                "  road_links: []",
                ""));
        Scenario demo = ScenarioLoader.load("demo");
        Scenario s = ScenarioLoader.load(child.toString());
        assertEquals("child", s.name());
        assertEquals(5, s.labour().matchingRounds());
        assertEquals(demo.labour().applicationsPerSearcher(), s.labour().applicationsPerSearcher(), "merged key by key");
        assertEquals(1, s.region().zones().size(), "lists are replaced whole");
        assertEquals(demo.region().regionName(), s.region().regionName(), "the rest of region is inherited");
        Path grandchild = Files.writeString(tmp.resolve("grandchild.yaml"), "extends: child.yaml\nname: grandchild\n");
        assertEquals(5, ScenarioLoader.load(grandchild.toString()).labour().matchingRounds(), "paths are relative to the file");
    }

    @Test
    void setOverridesAreCheckedLikeTheFile() throws Exception {
        Scenario s = ScenarioLoader.load("demo", List.of("run.months=7", "region.zones[1].population=2000",
                "population.adult_skill_shares={none: 0.1, low: 0.3, medium: 0.2, high: 0.4}"));
        assertEquals(7, s.run().months());
        assertEquals(2000, s.region().zones().get(1).population());
        assertEquals(0.4, s.population().adultSkillShares()[3]);
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load("demo", List.of("run.months=-1", "nonsense", "region.zones[99].population=1")));
        List<String> lines = ScenarioLoader.lines(e);
        assertEquals(List.of(
                "--set run.months=-1: run.months: expected a whole number from 1 to 1200, found the number -1",
                "--set nonsense: expected PATH=VALUE, for example run.months=60",
                "--set region.zones[99].population=1: region.zones[99].population: index [99] is past the end of a list of 6"),
                lines);
    }

    @Test
    void filesOverTheSizeLimitAreRefused() throws IOException {
        Path big = tmp.resolve("big.yaml");
        Files.writeString(big, "name: big\n# " + "x".repeat((int) ScenarioLoader.MAX_FILE_BYTES) + "\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(big.toString()));
        assertTrue(e.problems().get(0).message().contains("scenario files are limited to 1,048,576 bytes"),
                e.problems().get(0).message());
    }

    @Test
    void scaleChangesCountsNotRates() throws Exception {
        Scenario full = ScenarioLoader.load("rural-wales");
        Scenario small = ScenarioLoader.load("rural-wales", List.of("run.scale=0.01"));
        assertEquals(full.region().zones(), small.region().zones(), "zone populations are given at scale 1");
        assertNotEquals(full.run().scale(), small.run().scale());
        assertEquals(full.population().statusShares(), small.population().statusShares());
    }
}

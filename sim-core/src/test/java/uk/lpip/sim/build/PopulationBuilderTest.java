package uk.lpip.sim.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.config.PopulationConfig.AgeBandConfig;
import uk.lpip.sim.config.PopulationConfig.HouseholdTypeConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.Persons;

class PopulationBuilderTest {
    @Test
    void adultAgesFollowTheAgeBands() {
        ModelConfig base = TestPlaces.place(40_000, 1, 0, 3);
        PopulationConfig p = base.population();
        List<AgeBandConfig> bands = List.of(AgeBandConfig.builder().fromAge(16).toAge(29).share(0.5).build(),
                AgeBandConfig.builder().fromAge(30).toAge(64).share(0.5).build());
        PopulationConfig skewed = p.toBuilder()
                .householdTypes(List.of(HouseholdTypeConfig.builder().name("single_adult").share(1.0).workingAgeAdults(1)
                        .minAdultAge(16).maxAdultAge(64).minChildren(0).maxChildren(0).pensioners(0).build()))
                .workingAgeBands(bands)
                .build();
        ModelConfig config = new ModelConfig("bands", base.run(), base.place(), skewed, base.sectors(), base.labour(),
                base.firmDynamics(), base.households(), base.taxBenefit(), base.councilFinance());
        Places places = new Places(config.place());
        Persons persons = new Persons(50_000);
        PopulationBuilder.build(config, places, persons, new Households(50_000), new KeyedRandom(3));
        int young = 0;
        for (int p2 = 0; p2 < persons.count(); p2++) {
            young += persons.ageYears(p2) < 30 ? 1 : 0;
        }
        // Uniform ages over 16–64 would give 14/49 ≈ 29% under 30; the bands ask for 50%.
        assertEquals(0.5, (double) young / persons.count(), 0.02);
        assertEquals(0.5, skewed.shareAged(16, 29), 1e-12);
        assertEquals(0.25, skewed.shareAged(16, 22), 1e-12);
    }

    @Test
    void theWithinRangeDrawRespectsAHouseholdTypesAgeLimits() {
        PopulationConfig p = TestPlaces.place(1_000, 1, 0, 1).population();
        HouseholdTypeConfig older = new HouseholdTypeConfig("older", 1.0, 1, 55, 64, 0, 0, 0);
        for (double u = 0; u < 1; u += 0.01) {
            int age = PopulationBuilder.drawAdultAge(p, older, u, 1 - u) / 12;
            assertEquals(true, age >= 55 && age <= 64, "age " + age);
        }
    }
}

package uk.lpip.sim.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.CouncilPopulationConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PlaceConfig.CouncilConfig;
import uk.lpip.sim.config.PopulationConfig.StatusShares;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/** A council's own population characteristics apply to its zones' people, and only to them. */
class CouncilCharacteristicsTest {
    private static final StatusShares FEW_EMPLOYED = StatusShares.builder().employed(0.55).unemployed(0.05).student(0.06)
            .caring(0.08).longTermSick(0.18).retired(0.04).discouraged(0.04).build();
    private static final double[] LOW_SKILLED = {0.40, 0.35, 0.15, 0.10};

    private static Persons build(ModelConfig config) {
        Persons persons = new Persons(60_000);
        PopulationBuilder.build(config, new Places(config.place()), persons, new Households(60_000), new KeyedRandom(11));
        return persons;
    }

    /** The test place with the rural council given its own status and skill shares. */
    private static ModelConfig ruralDiffers(ModelConfig base) {
        PlaceConfig p = base.place();
        List<CouncilConfig> councils = List.of(p.councils().get(0), new CouncilConfig("rural", "Rural", "W06000023",
                new CouncilPopulationConfig(FEW_EMPLOYED, LOW_SKILLED, null, null)));
        return base.withPlace(new PlaceConfig(p.regionId(), p.regionName(), councils, p.zones(), p.roadLinks(), p.commuting()));
    }

    @Test
    void oneCouncilsSharesChangeItsPeopleAndNobodyElse() {
        ModelConfig base = TestPlaces.place(40_000, 1, 0, 3);
        Persons region = build(base);
        Persons changed = build(ruralDiffers(base));
        assertEquals(region.count(), changed.count());
        int ruralAdults = 0;
        int ruralEmployed = 0;
        int ruralNone = 0;
        for (int p = 0; p < changed.count(); p++) {
            boolean rural = changed.zone[p] == TestPlaces.VILLAGE;
            if (!rural) {
                // the town council's people are exactly as before: same draws, same shares
                assertEquals(region.status[p], changed.status[p], "person " + p);
                assertEquals(region.skill[p], changed.skill[p], "person " + p);
                assertEquals(region.ageMonths[p], changed.ageMonths[p], "person " + p);
            } else if (changed.isWorkingAge(p)) {
                ruralAdults++;
                ruralEmployed += changed.status[p] == Status.EMPLOYED ? 1 : 0;
                ruralNone += changed.skill[p] == Skill.NONE ? 1 : 0;
            }
        }
        assertTrue(ruralAdults > 2_000, "rural adults " + ruralAdults);
        assertEquals(0.55, (double) ruralEmployed / ruralAdults, 0.03);
        // none is drawn at 40%; the youngest adults' caps move no one into none
        assertEquals(0.40, (double) ruralNone / ruralAdults, 0.03);
    }

    @Test
    void aCouncilWithoutOverridesIsTheRegion() {
        ModelConfig base = TestPlaces.place(5_000, 1, 0, 3);
        var region = base.population();
        var same = CouncilPopulationConfig.NONE.applyTo(region);
        assertEquals(region.statusShares(), same.statusShares());
        assertArrayEquals(region.adultSkillShares(), same.adultSkillShares());
        assertEquals(region.householdTypes(), same.householdTypes());
        assertEquals(region.workingAgeBands(), same.workingAgeBands());
    }
}

package uk.lpip.sim;

import java.util.List;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PlaceConfig.CouncilConfig;
import uk.lpip.sim.config.PlaceConfig.RoadLinkConfig;
import uk.lpip.sim.config.PlaceConfig.ZoneConfig;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.state.Economy;

/**
 * Small places for tests: a town, a suburb within bus reach and a remote village with no bus,
 * in two councils, with UK default parameters.
 */
public final class TestPlaces {
    public static final int TOWN = 0;
    public static final int SUBURB = 1;
    public static final int VILLAGE = 2;

    private TestPlaces() {
    }

    /** A place of about {@code people} residents, recording {@code months} after {@code burnIn}. */
    public static ModelConfig place(int people, int months, int burnIn, long seed) {
        PlaceConfig place = new PlaceConfig("test", "Test place",
                List.of(new CouncilConfig("town", "Town"), new CouncilConfig("rural", "Rural")),
                List.of(
                        new ZoneConfig("town", "Town", "town", (int) (people * 0.6), true, 0.97, 1.0, 0.7),
                        new ZoneConfig("suburb", "Suburb", "town", (int) (people * 0.25), true, 0.95, 0.8, 0.8),
                        new ZoneConfig("village", "Village", "rural", (int) (people * 0.15), false, 0.6, 0.0, 0.9)),
                List.of(new RoadLinkConfig("town", "suburb", 12), new RoadLinkConfig("town", "village", 35)),
                UkDefaults.commuting());
        return new ModelConfig("test", new RunSettings(months, burnIn, seed, 1.0), place, UkDefaults.population(),
                UkDefaults.sectors(), UkDefaults.labour(), UkDefaults.firmDynamics(), UkDefaults.households(),
                UkDefaults.taxBenefit(), UkDefaults.councilFinance());
    }

    /** A freshly built economy (month 0, before any phase has run), single-threaded. */
    public static Economy economy(int people, long seed) {
        return EconomyBuilder.build(place(people, 12, 0, seed), new ParallelChunks(1));
    }
}

package uk.lpip.scenarios;

import java.util.List;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PlaceConfig.CouncilConfig;
import uk.lpip.sim.config.PlaceConfig.RoadLinkConfig;
import uk.lpip.sim.config.PlaceConfig.ZoneConfig;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.config.UkDefaults;

/**
 * The built-in default place: a small, UK-typical region of two councils — Riverton, a town with
 * its suburbs and villages, and Moorland, a market town with hill farms and valley villages —
 * about 7,700 people. It is not a real place; it exists so that {@code lpip run} works with no
 * arguments and so that tests have a whole economy to check. The four LPIP regions arrive as
 * scenario files.
 */
public final class DefaultPlace {
    public static final String NAME = "default";

    private DefaultPlace() {
    }

    public static ModelConfig config() {
        PlaceConfig place = new PlaceConfig("dales", "Riverton and Moorland (default place)",
                List.of(new CouncilConfig("riverton", "Riverton"), new CouncilConfig("moorland", "Moorland")),
                List.of(
                        //        id                name                 council     people urban broadband bus  car
                        new ZoneConfig("riverton-centre", "Riverton centre", "riverton", 2600, true, 0.97, 1.0, 0.65),
                        new ZoneConfig("riverton-suburbs", "Riverton suburbs", "riverton", 1500, true, 0.96, 0.8, 0.80),
                        new ZoneConfig("riverton-villages", "Riverton villages", "riverton", 900, false, 0.80, 0.3, 0.90),
                        new ZoneConfig("moorland-town", "Moorland market town", "moorland", 1200, true, 0.92, 0.5, 0.80),
                        new ZoneConfig("moorland-hills", "Moorland hill farms", "moorland", 600, false, 0.55, 0.0, 0.95),
                        new ZoneConfig("moorland-valley", "Moorland valley villages", "moorland", 900, false, 0.70, 0.2, 0.90)),
                List.of(
                        new RoadLinkConfig("riverton-centre", "riverton-suburbs", 10),
                        new RoadLinkConfig("riverton-suburbs", "riverton-villages", 15),
                        new RoadLinkConfig("riverton-centre", "moorland-town", 30),
                        new RoadLinkConfig("moorland-town", "moorland-hills", 20),
                        new RoadLinkConfig("moorland-town", "moorland-valley", 15),
                        new RoadLinkConfig("moorland-valley", "riverton-villages", 25)),
                UkDefaults.commuting());
        return new ModelConfig(NAME,
                new RunSettings(60, 60, 20_260_101L, 1.0),
                place,
                UkDefaults.population(),
                UkDefaults.sectors(),
                UkDefaults.labour(),
                UkDefaults.firmDynamics(),
                UkDefaults.households(),
                UkDefaults.taxBenefit(),
                UkDefaults.councilFinance());
    }
}

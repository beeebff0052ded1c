package uk.lpip.sim;

import java.util.List;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.config.WaterConfig.AllocationRule;
import uk.lpip.sim.config.WaterConfig.Licence;
import uk.lpip.sim.config.WaterConfig.Node;

/**
 * A small catchment sized to the test place (a few thousand residents): a tributary with a
 * distillery and a junior manufacturer, a reservoir for public supply, and a lower river with
 * irrigation (the most junior licence) and non-consumptive cooling. Dry summers run it short.
 */
public final class TestCatchments {
    public static final int UPPER = 0;
    public static final int RESERVOIR = 1;
    public static final int LOWER = 2;

    private TestCatchments() {
    }

    public static WaterConfig catchment(AllocationRule rule, double droughtsPerDecade) {
        return new WaterConfig(rule,
                List.of(new Node("upper", "Upper burn", "lower", 0.03, 20),
                        new Node("reservoir", "Reservoir burn", "lower", 0.02, 8),
                        new Node("lower", "Lower river", null, 0.07, 50)),
                List.of(new WaterConfig.Reservoir("res", "reservoir", 150, 0.1, 0.9)),
                List.of(new Licence("supply", WaterConfig.PUBLIC_WATER_SUPPLY, "reservoir", 400, 1.5, 0, 1, true, true),
                        new Licence("distillery", "food_and_drink", "upper", 300, 1.2, 0.5, 2, true, false),
                        new Licence("cooling", "energy", "lower", 300, 1.0, 0, 2, false, false),
                        new Licence("irrigation", "agriculture", "lower", 400, 3.0, 1.0, 4, true, false),
                        new Licence("works", "manufacturing", "upper", 200, 0.8, 0.5, 3, true, false)),
                List.of(new WaterConfig.WaterUse("food_and_drink", 40, 0.6, false),
                        new WaterConfig.WaterUse("agriculture", 120, 0.5, true),
                        new WaterConfig.WaterUse("energy", 20, 0.8, false),
                        new WaterConfig.WaterUse("manufacturing", 4, 0.3, false)),
                UkDefaults.publicSupply(),
                UkDefaults.hydrology().withDroughtsPerDecade(droughtsPerDecade),
                UkDefaults.regulator(),
                UkDefaults.trading());
    }

    public static ModelConfig place(AllocationRule rule, double droughtsPerDecade, int months, long seed) {
        return TestPlaces.place(6_000, months, 12, seed).withWater(catchment(rule, droughtsPerDecade));
    }
}

package uk.lpip.scenarios;

import java.util.List;

/**
 * The scenarios that ship with lpip: the YAML files in {@code scenarios/bundled/}, packaged as
 * resources (load one with {@code ScenarioLoader.load(name)}). A test keeps this list and the folder
 * in step.
 */
public final class BundledScenarios {
    /** The scenario {@code lpip run} uses when given none. */
    public static final String DEFAULT = "demo";

    private static final List<String> NAMES = List.of("demo", "rural-wales", "forth-valley", "northern-ireland",
            "yorkshire-humber", "rural-wales-unfitted", "forth-valley-unfitted", "northern-ireland-unfitted",
            "yorkshire-humber-unfitted", "rural-wales-broadband", "forth-valley-skills", "northern-ireland-skills",
            "yorkshire-humber-skills", "forth-valley-drought", "forth-valley-equal-share", "forth-valley-trading",
            "forth-valley-storage", "forth-valley-wage-subsidy");

    private BundledScenarios() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /** The classpath resource holding a bundled scenario. */
    public static String resource(String name) {
        return "/uk/lpip/scenarios/bundled/" + name + ".yaml";
    }
}

package uk.lpip.scenarios.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The calibration targets that ship with lpip: the YAML files in {@code calibration/}, packaged as
 * resources like the bundled scenarios, so {@code lpip calibrate REGION} works from any directory.
 * A test keeps this list and the folder in step.
 */
public final class BundledTargets {
    private static final List<String> NAMES = List.of("forth-valley", "northern-ireland", "rural-wales", "yorkshire-humber");

    private BundledTargets() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /** The classpath resource holding a bundled targets file. */
    public static String resource(String name) {
        return "/uk/lpip/scenarios/calibration/targets/" + name + ".yaml";
    }

    /** The bytes of a bundled targets file. */
    public static byte[] read(String name) throws IOException {
        try (InputStream in = BundledTargets.class.getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IOException("bundled targets " + name + " are missing from the build");
            }
            return in.readAllBytes();
        }
    }
}

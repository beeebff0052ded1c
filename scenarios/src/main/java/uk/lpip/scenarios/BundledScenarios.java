package uk.lpip.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.lpip.sim.config.ModelConfig;

/** The scenarios that ship with lpip, by name. */
public final class BundledScenarios {
    /** A bundled scenario: its name, a one-line description and how to build its configuration. */
    public record Bundled(String name, String description, Supplier<ModelConfig> config) { }

    private static final Map<String, Bundled> ALL = new LinkedHashMap<>();

    static {
        add(new Bundled(DefaultPlace.NAME,
                "built-in default place: two councils (a town and a market town with rural zones), ~7,700 people",
                DefaultPlace::config));
    }

    private BundledScenarios() {
    }

    private static void add(Bundled b) {
        ALL.put(b.name(), b);
    }

    public static String defaultName() {
        return DefaultPlace.NAME;
    }

    public static Optional<Bundled> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static Iterable<Bundled> all() {
        return ALL.values();
    }
}

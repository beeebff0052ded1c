package uk.lpip.scenarios.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.ScenarioFormat.Sections;
import uk.lpip.scenarios.format.SpecReader;
import uk.lpip.scenarios.format.SpecWriter;
import uk.lpip.scenarios.yaml.Location;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.MapNode;
import uk.lpip.scenarios.yaml.Node.ScalarNode;
import uk.lpip.scenarios.yaml.Utf8;
import uk.lpip.scenarios.yaml.YamlReader;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.RunSettings;

/**
 * Turns a scenario name or file into a checked {@link Scenario}: reads it (refusing files over a
 * size limit and unsafe YAML), follows {@code extends}, applies {@code --set} overrides, reads every
 * section against the format with defaults for absent keys, and runs the cross-section checks.
 * Every problem is collected and reported together.
 */
public final class ScenarioLoader {
    /** Scenario files larger than this are refused; lift with {@code -Dlpip.maxScenarioBytes=N}. */
    public static final long MAX_FILE_BYTES = Long.getLong("lpip.maxScenarioBytes", 1L << 20);
    static final int MAX_EXTENDS_DEPTH = 8;
    /** The source of a problem with the scenario reference itself (given on the command line or in another file). */
    public static final String COMMAND_LINE = "command line";

    private ScenarioLoader() {
    }

    /** Loads a bundled scenario name or a file path, with {@code --set} overrides. */
    public static Scenario load(String nameOrPath, List<String> sets) throws ScenarioException {
        Problems problems = new Problems();
        Source source = Source.find(nameOrPath, null);
        if (source == null) {
            problems.add(new Location(COMMAND_LINE, 0, 1), "", notFound(nameOrPath, null));
            throw new ScenarioException(problems.sorted());
        }
        MapNode file = resolve(source, new LinkedHashSet<>(), problems, null);
        if (file == null) {
            throw new ScenarioException(problems.sorted());
        }
        // The file over the defaults, so that --set can reach any value, even one the file leaves out.
        MapNode root = merge(defaultsTree(), file);
        Overrides.apply(root, sets, problems);
        Scenario s = new SpecReader(problems).read(ScenarioFormat.SCENARIO, root, ScenarioFormat.DEFAULTS, "");
        ScenarioChecks checks = new ScenarioChecks(root, problems);
        if (s != null) {
            checks.check(s);
        } else {
            // Some section has a problem; still check references within the sections that read cleanly,
            // so the user sees every problem at once. (Their own problems are already recorded.)
            SpecReader quiet = new SpecReader(new Problems(), true);
            int before = problems.size();
            Set<String> refused = problems.paths();
            Scenario d = ScenarioFormat.DEFAULTS;
            RunSettings run = section(quiet, root, "run", Sections.RUN, d.run());
            PlaceConfig region = section(quiet, root, "region", Sections.REGION, null);
            checks.check(run, region,
                    section(quiet, root, "population", Sections.POPULATION, d.population()),
                    section(quiet, root, "sectors", Sections.SECTORS, d.sectors()),
                    section(quiet, root, "labour", Sections.LABOUR, d.labour()),
                    section(quiet, root, "tax_benefit", Sections.TAX_BENEFIT, d.taxBenefit()),
                    section(quiet, root, "water", Sections.WATER, null));
            checks.checkInterventions(section(quiet, root, "interventions", Sections.INTERVENTIONS, List.of()), region, run);
            problems.dropRepeatsAfter(before, refused);
        }
        if (!problems.isEmpty() || s == null) {
            throw new ScenarioException(problems.sorted());
        }
        return s;
    }

    /** Every default value as a tree (name and region have none). */
    private static MapNode defaultsTree() {
        try {
            return (MapNode) YamlReader.read("lpip defaults", SpecWriter.write(ScenarioFormat.SCENARIO, ScenarioFormat.DEFAULTS));
        } catch (YamlReader.YamlException e) {
            throw new IllegalStateException("the defaults do not read back: " + e.getMessage(), e);
        }
    }

    /** One top-level section read on its own (its default if absent; null if it has problems). */
    private static <V> V section(SpecReader reader, MapNode root, String key, uk.lpip.scenarios.format.Spec<V> spec, V defaults) {
        Node node = root.get(key);
        return node == null ? defaults : reader.read(spec, node, defaults, key);
    }

    public static Scenario load(String nameOrPath) throws ScenarioException {
        return load(nameOrPath, List.of());
    }

    /** Reads a scenario and everything it extends, merged into one tree. */
    private static MapNode resolve(Source source, Set<String> chain, Problems problems, ScalarNode extendedFrom) {
        chain.add(source.name());
        Node node;
        try {
            node = YamlReader.read(source.name(), Utf8.decode(source.name(), source.read()));
        } catch (IOException e) {
            problems.add(new Location(source.name(), 1, 1), "", e.getMessage());
            return null;
        } catch (YamlReader.YamlException e) {
            problems.add(e.location(), "", e.getMessage());
            return null;
        }
        if (!(node instanceof MapNode map)) {
            if (extendedFrom != null) {
                // Someone else's file (extends: /etc/passwd): its path and what is wrong, never its contents.
                problems.add(extendedFrom.location(), ScenarioFormat.EXTENDS, "'" + extendedFrom.text() + "' is not a scenario "
                        + "file: a scenario file is a mapping of sections (name:, run:, region:, ...), and " + source.name()
                        + " holds " + kind(node));
            } else {
                problems.add(node.location(), "", "a scenario file is a mapping of sections (name:, run:, region:, ...), found "
                        + node.describe());
            }
            return null;
        }
        Node parentRef = map.remove(ScenarioFormat.EXTENDS);
        if (parentRef == null) {
            return map;
        }
        if (!(parentRef instanceof ScalarNode ref) || ref.kind() != ScalarNode.Kind.STRING) {
            problems.add(parentRef.location(), ScenarioFormat.EXTENDS,
                    "expected a bundled scenario name or a file path, found " + parentRef.describe());
            return null;
        }
        Source parent = Source.find(ref.text(), source.path());
        if (parent == null) {
            problems.add(ref.location(), ScenarioFormat.EXTENDS, notFound(ref.text(), source.path()));
            return null;
        }
        if (chain.contains(parent.name())) {
            problems.add(ref.location(), ScenarioFormat.EXTENDS, "extends goes round in a circle: "
                    + String.join(" → ", chain) + " → " + parent.name());
            return null;
        }
        if (chain.size() >= MAX_EXTENDS_DEPTH) {
            problems.add(ref.location(), ScenarioFormat.EXTENDS, "extends goes too deep: a chain may be at most "
                    + MAX_EXTENDS_DEPTH + " files long, and this one goes on past " + String.join(" → ", chain)
                    + " → " + parent.name());
            return null;
        }
        MapNode inherited = resolve(parent, chain, problems, ref);
        return inherited == null ? null : merge(inherited, map);
    }

    /**
     * Why a scenario reference finds nothing: a directory, a missing file (a reference that looks like a
     * path), or an unknown bundled name, with the nearest bundled name.
     */
    static String notFound(String ref, Path relativeTo) {
        Path candidate = Source.candidate(ref, relativeTo);
        if (Files.isDirectory(candidate)) {
            return "'" + ref + "' is a directory, not a scenario file";
        }
        if (Files.exists(candidate)) {
            return "'" + ref + "' is not a regular file";
        }
        boolean looksLikePath = ref.contains("/") || ref.contains(java.io.File.separator) || ref.endsWith(".yaml")
                || ref.endsWith(".yml");
        if (looksLikePath) {
            return "no such file: " + candidate + (relativeTo != null ? " (paths are relative to the file that names them)" : "");
        }
        String near = uk.lpip.scenarios.format.Suggestions.nearest(ref, BundledScenarios.names());
        return "'" + ref + "' is neither a scenario file" + (relativeTo != null ? " (relative to this file)" : "")
                + " nor a bundled scenario" + (near != null ? "; did you mean '" + near + "'?" : "")
                + " (bundled: " + String.join(", ", BundledScenarios.names()) + ")";
    }

    private static String kind(Node node) {
        if (node instanceof ScalarNode s) {
            return s.kind() == ScalarNode.Kind.NULL ? "nothing" : s.kind() == ScalarNode.Kind.STRING ? "text" : "a single value";
        }
        return node.describe();
    }

    /** The child's keys override the parent's; mappings merge key by key, anything else is replaced. */
    static MapNode merge(MapNode parent, MapNode child) {
        MapNode out = new MapNode(child.location());
        for (Map.Entry<String, Node> e : parent.entries().entrySet()) {
            out.put(e.getKey(), parent.keyLocation(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, Node> e : child.entries().entrySet()) {
            Node old = out.get(e.getKey());
            Node value = old instanceof MapNode om && e.getValue() instanceof MapNode cm ? merge(om, cm) : e.getValue();
            out.put(e.getKey(), child.keyLocation(e.getKey()), value);
        }
        return out;
    }

    /** Where a scenario's text comes from: a file or a bundled resource. */
    private record Source(String name, Path path, String resource) {
        static Path candidate(String ref, Path relativeTo) {
            try {
                return relativeTo != null && relativeTo.getParent() != null ? relativeTo.getParent().resolve(ref) : Path.of(ref);
            } catch (java.nio.file.InvalidPathException e) {
                return Path.of("invalid path");
            }
        }

        static Source find(String ref, Path relativeTo) {
            Path candidate = candidate(ref, relativeTo);
            if (Files.isRegularFile(candidate)) {
                return new Source(candidate.toString(), candidate, null);
            }
            if (BundledScenarios.names().contains(ref)) {
                return new Source(ref + ".yaml", null, BundledScenarios.resource(ref));
            }
            return null;
        }

        byte[] read() throws IOException {
            if (path != null) {
                long size = Files.size(path);
                if (size > MAX_FILE_BYTES) {
                    throw new IOException(String.format(java.util.Locale.ROOT,
                            "the file is %,d bytes; scenario files are limited to %,d bytes "
                                    + "(lift the limit with LPIP_JAVA_OPTS=-Dlpip.maxScenarioBytes=N)", size, MAX_FILE_BYTES));
                }
                return Files.readAllBytes(path);
            }
            try (InputStream in = ScenarioLoader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("bundled scenario " + name + " is missing from the build");
                }
                return in.readAllBytes();
            }
        }
    }

    /** All problems as lines, for printing. */
    public static List<String> lines(ScenarioException e) {
        List<String> out = new ArrayList<>();
        e.problems().forEach(p -> out.add(p.toString()));
        return out;
    }
}

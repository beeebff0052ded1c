package uk.lpip.scenarios.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.lpip.scenarios.BundledScenarios;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.ListNode;
import uk.lpip.scenarios.yaml.Node.MapNode;
import uk.lpip.scenarios.yaml.Node.ScalarNode;
import uk.lpip.scenarios.yaml.YamlReader;

/**
 * The keys of the scenario format whose values are of some kind (every boolean, every text), found
 * from the format's own declaration so that a key added later is tested without touching the tests,
 * and for each one a bundled scenario and a concrete {@code --set} path that reaches it.
 */
public final class FormatKeys {
    /** A key of the format: its path with {@code []} for any list entry ({@code region.zones[].urban}). */
    public record Key(String pattern, List<String> steps, ValueSpec<?> spec) {
        @Override
        public String toString() {
            return pattern;
        }
    }

    /** Where a key can be set: a bundled scenario that has the key's enclosing mapping, and the concrete path. */
    public record Target(String scenario, String path) { }

    private FormatKeys() {
    }

    public static List<Key> keys(Predicate<ValueSpec<?>> which) {
        List<Key> out = new ArrayList<>();
        walk(ScenarioFormat.SCENARIO, new ArrayList<>(), which, out);
        return out;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void walk(Spec<?> spec, List<String> steps, Predicate<ValueSpec<?>> which, List<Key> out) {
        if (spec instanceof ValueSpec<?> v) {
            if (which.test(v) && !steps.get(steps.size() - 1).equals(ScenarioFormat.EXTENDS)) {
                out.add(new Key(String.join(".", steps).replace(".[", "["), List.copyOf(steps), v));
            }
        } else if (spec instanceof ObjectSpec<?> o) {
            for (Field f : o.fields()) {
                steps.add(f.key());
                walk(f.spec(), steps, which, out);
                steps.remove(steps.size() - 1);
            }
        } else if (spec instanceof ListSpec<?> l) {
            steps.add("[]");
            walk(l.element(), steps, which, out);
            steps.remove(steps.size() - 1);
        } else if (spec instanceof TypedListSpec<?> t) {
            for (Map.Entry<String, ?> e : t.types().entrySet()) {
                steps.add("[type=" + e.getKey() + "]");
                walk((Spec<?>) e.getValue(), steps, which, out);
                steps.remove(steps.size() - 1);
            }
        }
    }

    /** Scenarios for the keys no bundled scenario reaches (interventions of types none uses). */
    private static final java.nio.file.Path EXTRA = java.nio.file.Path.of("src", "test", "resources", "keys");

    /**
     * The first bundled scenario (or test scenario in src/test/resources/keys) whose resolved form has
     * the key's mapping, with the concrete path; null if none.
     */
    public static Target target(Key key) throws ScenarioException, YamlReader.YamlException, java.io.IOException {
        List<String> candidates = new ArrayList<>(BundledScenarios.names());
        try (var files = java.nio.file.Files.list(EXTRA)) {
            files.map(java.nio.file.Path::toString).filter(f -> f.endsWith(".yaml")).sorted().forEach(candidates::add);
        }
        for (String name : candidates) {
            Node root = YamlReader.read(name, SpecWriter.write(ScenarioFormat.SCENARIO, ScenarioLoader.load(name)));
            String path = find(root, key.steps(), 0, "");
            if (path != null) {
                return new Target(name, path);
            }
        }
        return null;
    }

    private static String find(Node node, List<String> steps, int i, String path) {
        String step = steps.get(i);
        boolean last = i == steps.size() - 1;
        if (step.startsWith("[")) {
            if (!(node instanceof ListNode list)) {
                return null;
            }
            String type = step.startsWith("[type=") ? step.substring(6, step.length() - 1) : null;
            for (int k = 0; k < list.items().size(); k++) {
                Node item = list.items().get(k);
                if (type != null && !(item instanceof MapNode m && m.get("type") instanceof ScalarNode s && s.text().equals(type))) {
                    continue;
                }
                String found = find(item, steps, i + 1, path + "[" + k + "]");
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!(node instanceof MapNode map)) {
            return null;
        }
        String here = path.isEmpty() ? step : path + "." + step;
        if (last) {
            return here; // the mapping exists: --set can give the key even if the file leaves it out
        }
        Node child = map.get(step);
        return child == null ? null : find(child, steps, i + 1, here);
    }

    /** The value at a concrete path of a tree, or null. */
    public static Node at(Node root, String path) {
        Node node = root;
        for (String part : path.split("\\.")) {
            String key = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
            node = node instanceof MapNode m ? m.get(key) : null;
            java.util.regex.Matcher idx = java.util.regex.Pattern.compile("\\[(\\d+)\\]").matcher(part);
            while (node != null && idx.find()) {
                int k = Integer.parseInt(idx.group(1));
                node = node instanceof ListNode l && k < l.items().size() ? l.items().get(k) : null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}

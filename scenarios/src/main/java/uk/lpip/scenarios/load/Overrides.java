package uk.lpip.scenarios.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lpip.scenarios.yaml.Location;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.ListNode;
import uk.lpip.scenarios.yaml.Node.MapNode;
import uk.lpip.scenarios.yaml.Node.ScalarNode;
import uk.lpip.scenarios.yaml.YamlReader;

/**
 * {@code --set PATH=VALUE}: replaces one value in the scenario tree before it is read, so the
 * value is checked exactly like one in the file. PATH is keys separated by dots with list indexes
 * in brackets ({@code region.zones[2].population}); VALUE is YAML ({@code 60}, {@code 0.5},
 * {@code true}, {@code text}, {@code [a, b]}).
 */
public final class Overrides {
    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)((?:\\[\\d+\\])*)");

    private Overrides() {
    }

    public static void apply(MapNode root, List<String> sets, Problems problems) {
        for (int i = 0; i < sets.size(); i++) {
            String set = sets.get(i);
            Location at = Location.commandLine(set, i + 1);
            int eq = set.indexOf('=');
            if (eq <= 0) {
                problems.add(at, "", "expected PATH=VALUE, for example run.months=60");
                continue;
            }
            String path = set.substring(0, eq).trim();
            Node value;
            try {
                value = relocate(YamlReader.read(at.source(), set.substring(eq + 1)), at);
            } catch (YamlReader.YamlException e) {
                problems.add(at, path, e.getMessage());
                continue;
            }
            if (value instanceof MapNode m && m.entries().isEmpty()) {
                value = new ScalarNode(at, "", ScalarNode.Kind.STRING);
            }
            String error = put(root, path, value, at);
            if (error != null) {
                problems.add(at, path, error);
            }
        }
    }

    /** Sets the value at the path, creating mappings on the way; returns an error or null. */
    private static String put(MapNode root, String path, Node value, Location at) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.", -1)) {
            Matcher m = STEP.matcher(part);
            if (!m.matches()) {
                return "'" + part + "' is not a key; a path is keys separated by dots, e.g. region.zones[0].population";
            }
            steps.add(m.group(1));
            Matcher idx = Pattern.compile("\\[(\\d+)\\]").matcher(m.group(2));
            while (idx.find()) {
                String digits = idx.group(1);
                if (digits.length() > 9) {
                    return "index [" + digits + "] is far past the end of any list (a list index is at most 999999999)";
                }
                steps.add(Integer.parseInt(digits));
            }
        }
        Node current = root;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean last = i == steps.size() - 1;
            if (step instanceof String key) {
                if (!(current instanceof MapNode map)) {
                    return "cannot use key '" + key + "': the value there is " + current.describe();
                }
                if (last) {
                    map.put(key, at, value);
                    return null;
                }
                Node next = map.get(key);
                if (next == null) {
                    next = new MapNode(at);
                    map.put(key, at, next);
                }
                current = next;
            } else {
                int index = (Integer) step;
                if (!(current instanceof ListNode list)) {
                    return "cannot use index [" + index + "]: the value there is " + current.describe();
                }
                if (index >= list.items().size()) {
                    return "index [" + index + "] is past the end of a list of " + list.items().size();
                }
                if (last) {
                    list.set(index, value);
                    return null;
                }
                current = list.items().get(index);
            }
        }
        return null;
    }

    /** Gives every node of an override the override's location. */
    private static Node relocate(Node n, Location at) {
        if (n instanceof ScalarNode s) {
            return new ScalarNode(at, s.text(), s.kind());
        }
        if (n instanceof ListNode l) {
            ListNode out = new ListNode(at);
            l.items().forEach(i -> out.add(relocate(i, at)));
            return out;
        }
        MapNode m = (MapNode) n;
        MapNode out = new MapNode(at);
        m.entries().forEach((k, v) -> out.put(k, at, relocate(v, at)));
        return out;
    }
}

package uk.lpip.scenarios.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.format.ScenarioFormat;
import uk.lpip.scenarios.format.SpecWriter;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.ListNode;
import uk.lpip.scenarios.yaml.Node.MapNode;
import uk.lpip.scenarios.yaml.Node.ScalarNode;
import uk.lpip.scenarios.yaml.YamlReader;

/**
 * Values of a resolved scenario by --set path, and the overlay file that records fitted values:
 * a scenario that {@code extends} the base and holds only what calibration changed. Lists in a
 * scenario are replaced whole by {@code extends}, so a fitted value inside a list carries its
 * whole list (with every other entry as in the base).
 */
public final class ScenarioValues {
    private static final Pattern STEP = Pattern.compile("([a-z0-9_]+)((?:\\[\\d+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)\\]");

    private ScenarioValues() {
    }

    /** The scenario as a YAML tree, as {@code lpip run} writes it to scenario.yaml. */
    static Node tree(Scenario s) {
        try {
            return YamlReader.read("resolved scenario", SpecWriter.write(ScenarioFormat.SCENARIO, s));
        } catch (YamlReader.YamlException e) {
            throw new IllegalStateException("a written scenario did not read back: " + e.getMessage(), e);
        }
    }

    /** The number at a path, or NaN if the path names no number. */
    public static double number(Scenario s, String path) {
        Node n = at(tree(s), path);
        if (n instanceof ScalarNode sc && (sc.kind() == ScalarNode.Kind.INTEGER || sc.kind() == ScalarNode.Kind.NUMBER)) {
            return Double.parseDouble(sc.text());
        }
        return Double.NaN;
    }

    static Node at(Node root, String path) {
        Node node = root;
        for (String part : path.split("\\.")) {
            Matcher m = STEP.matcher(part);
            if (!m.matches() || !(node instanceof MapNode map) || map.get(m.group(1)) == null) {
                return null;
            }
            node = map.get(m.group(1));
            Matcher idx = INDEX.matcher(m.group(2));
            while (idx.find()) {
                int i = Integer.parseInt(idx.group(1));
                if (!(node instanceof ListNode list) || i >= list.items().size()) {
                    return null;
                }
                node = list.items().get(i);
            }
        }
        return node;
    }

    /**
     * The overlay: {@code extends: base}, then for each fitted path the subtree of the fitted
     * scenario down to the path or to the first list on it.
     */
    public static String overlay(String header, String name, String base, Scenario fitted, List<String> paths) {
        Node tree = tree(fitted);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String path : paths) {
            List<String> keys = new ArrayList<>();
            for (String part : path.split("\\.")) {
                Matcher m = STEP.matcher(part);
                if (!m.matches()) {
                    throw new IllegalArgumentException("not a path: " + path);
                }
                keys.add(m.group(1));
                if (!m.group(2).isEmpty()) {
                    break;   // a list: carried whole
                }
            }
            Map<String, Object> into = out;
            Node node = tree;
            for (int i = 0; i < keys.size(); i++) {
                node = ((MapNode) node).get(keys.get(i));
                if (i == keys.size() - 1) {
                    into.put(keys.get(i), node);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> next = (Map<String, Object>) into.computeIfAbsent(keys.get(i), k -> new LinkedHashMap<>());
                    into = next;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (String line : header.split("\n")) {
            b.append("# ").append(line).append('\n');
        }
        b.append("extends: ").append(scalar(base)).append('\n');
        b.append("name: ").append(name).append('\n');
        emitMap(b, out, 0);
        return b.toString();
    }

    private static void emitMap(StringBuilder b, Map<String, Object> map, int indent) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            b.append(" ".repeat(indent)).append(e.getKey()).append(':');
            emitValue(b, e.getValue(), indent);
        }
    }

    @SuppressWarnings("unchecked")
    private static void emitValue(StringBuilder b, Object value, int indent) {
        if (value instanceof Map<?, ?> m) {
            b.append('\n');
            emitMap(b, (Map<String, Object>) m, indent + 2);
        } else if (value instanceof MapNode m) {
            b.append('\n');
            Map<String, Object> entries = new LinkedHashMap<>(m.entries());
            emitMap(b, entries, indent + 2);
        } else if (value instanceof ListNode l) {
            if (l.items().isEmpty()) {
                b.append(" []\n");
                return;
            }
            b.append('\n');
            for (Node item : l.items()) {
                b.append(" ".repeat(indent + 2)).append("- ");
                if (item instanceof MapNode im) {
                    boolean first = true;
                    for (Map.Entry<String, Node> e : im.entries().entrySet()) {
                        if (!first) {
                            b.append(" ".repeat(indent + 4));
                        }
                        first = false;
                        b.append(e.getKey()).append(':');
                        emitValue(b, e.getValue(), indent + 4);
                    }
                } else {
                    emitValue(b, item, indent + 2);
                }
            }
        } else if (value instanceof ScalarNode s) {
            b.append(' ').append(s.kind() == ScalarNode.Kind.STRING ? scalar(s.text()) : s.text()).append('\n');
        } else {
            b.append(" null\n");
        }
    }

    private static String scalar(String text) {
        if (text.matches("[A-Za-z][A-Za-z0-9_./-]*") && !text.matches("(?i)true|false|null|yes|no|on|off")) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

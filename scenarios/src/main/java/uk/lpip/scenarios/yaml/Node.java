package uk.lpip.scenarios.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the location it was read from, so every problem can be reported at its
 * line and column. Maps keep their keys' order and locations.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {
    Location location();

    /** A short description of the kind of value, for messages ("a list", "the number 3"). */
    String describe();

    /** A mapping of keys to values. */
    final class MapNode implements Node {
        private final Location location;
        private final Map<String, Node> entries = new LinkedHashMap<>();
        private final Map<String, Location> keyLocations = new LinkedHashMap<>();

        public MapNode(Location location) {
            this.location = location;
        }

        @Override
        public Location location() {
            return location;
        }

        public void put(String key, Location keyLocation, Node value) {
            entries.put(key, value);
            keyLocations.put(key, keyLocation);
        }

        public Node get(String key) {
            return entries.get(key);
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        public Node remove(String key) {
            keyLocations.remove(key);
            return entries.remove(key);
        }

        public Location keyLocation(String key) {
            return keyLocations.get(key);
        }

        public Map<String, Node> entries() {
            return Collections.unmodifiableMap(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A sequence of values. */
    final class ListNode implements Node {
        private final Location location;
        private final List<Node> items = new ArrayList<>();

        public ListNode(Location location) {
            this.location = location;
        }

        @Override
        public Location location() {
            return location;
        }

        public void add(Node item) {
            items.add(item);
        }

        public void set(int index, Node item) {
            items.set(index, item);
        }

        public List<Node> items() {
            return Collections.unmodifiableList(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A scalar: its text and what YAML made of it (a string, a whole number, a number, a boolean
     * or null). Quoted values are strings.
     */
    record ScalarNode(Location location, String text, Kind kind) implements Node {
        public enum Kind { STRING, INTEGER, NUMBER, BOOLEAN, NULL }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> text.length() <= 60 ? "the text '" + text + "'"
                        : "the text '" + text.substring(0, 57) + "…' (" + text.length() + " characters)";
                case INTEGER, NUMBER -> "the number " + text;
                case BOOLEAN -> text;
                case NULL -> "nothing (null)";
            };
        }
    }
}

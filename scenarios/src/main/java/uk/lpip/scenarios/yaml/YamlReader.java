package uk.lpip.scenarios.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;

/**
 * Reads YAML into a tree of {@link Node}s with locations, using Jackson's streaming YAML parser.
 *
 * <p>Safe by construction: nothing is instantiated from the file, and the YAML features that can
 * be abused — tags (which ask a loader to build arbitrary types), anchors and aliases (which can
 * expand exponentially) — are refused with a clear message. Duplicate keys are refused too.
 */
public final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    private YamlReader() {
    }

    /** A file that is not valid YAML, or uses a refused feature. */
    public static final class YamlException extends Exception {
        private final Location location;

        public YamlException(Location location, String message) {
            super(message);
            this.location = location;
        }

        public Location location() {
            return location;
        }
    }

    public static Node read(String source, String text) throws YamlException {
        try (YAMLParser parser = FACTORY.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Node.MapNode(new Location(source, 1, 1));
            }
            Node root = readValue(source, parser);
            if (parser.nextToken() != null) {
                throw new YamlException(location(source, parser.currentTokenLocation()),
                        "only one YAML document is allowed in a scenario file");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location tab = indentingTab(source, text, at == null ? Integer.MAX_VALUE : at.getLineNr());
            if (tab != null) {
                throw new YamlException(tab, "not valid YAML: a tab is used for indentation here; YAML cannot indent "
                        + "with tabs, use spaces");
            }
            throw new YamlException(at == null ? new Location(source, 1, 1) : location(source, at),
                    "not valid YAML: " + explanation(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new YamlException(new Location(source, 1, 1), "cannot read: " + e.getMessage());
        }
    }

    /**
     * The parser's own words, without the excerpt of the file it appends (which can echo a file that
     * is not a scenario at all): its lines up to the one that says where.
     */
    static String explanation(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("in 'reader'") || l.startsWith("at [Source")) {
                break;
            }
            out.append(out.length() == 0 ? "" : "; ").append(l);
        }
        return out.length() == 0 ? message.lines().findFirst().orElse("") : out.toString();
    }

    /** The first tab in a line's indentation, at or before the line the parser stopped at; null if none. */
    private static Location indentingTab(String source, String text, int upToLine) {
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n && line <= upToLine + 1) {
            int column = 1;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                if (text.charAt(i) == '\t') {
                    return new Location(source, line, column);
                }
                i++;
                column++;
            }
            while (i < n && text.charAt(i) != '\n') {
                i++;
            }
            i++;
            line++;
        }
        return null;
    }

    private static Node readValue(String source, YAMLParser p) throws IOException, YamlException {
        Location at = location(source, p.currentTokenLocation());
        refuseUnsafe(p, at);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Node.MapNode map = new Node.MapNode(at);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Location keyAt = location(source, p.currentTokenLocation());
                    if (map.has(key)) {
                        throw new YamlException(keyAt, "the key '" + key + "' appears twice in the same mapping");
                    }
                    p.nextToken();
                    map.put(key, keyAt, readValue(source, p));
                }
                return map;
            }
            case START_ARRAY -> {
                Node.ListNode list = new Node.ListNode(at);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(source, p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return new Node.ScalarNode(at, p.getText(), Node.ScalarNode.Kind.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new Node.ScalarNode(at, p.getText(), Node.ScalarNode.Kind.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node.ScalarNode(at, p.getText(), Node.ScalarNode.Kind.NUMBER);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node.ScalarNode(at, p.getText(), Node.ScalarNode.Kind.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new Node.ScalarNode(at, "null", Node.ScalarNode.Kind.NULL);
            }
            default -> throw new YamlException(at, "unexpected YAML token " + t);
        }
    }

    private static void refuseUnsafe(YAMLParser p, Location at) throws IOException, YamlException {
        if (p.isCurrentAlias()) {
            throw new YamlException(at, "YAML aliases (*name) are not allowed in scenario files; write the value out");
        }
        if (p.getObjectId() != null) {
            throw new YamlException(at, "YAML anchors (&name) are not allowed in scenario files");
        }
        if (p.getTypeId() != null) {
            throw new YamlException(at, "YAML tags (" + p.getTypeId() + ") are not allowed in scenario files");
        }
    }

    private static Location location(String source, JsonLocation l) {
        return new Location(source, l.getLineNr(), l.getColumnNr());
    }
}

package uk.lpip.runs.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's {@code manifest.json} (or a sweep's {@code sweep.json}): what was run and how, and
 * {@code outputs}, every other file of the record with its SHA-256 and size in bytes. Written and
 * read with Jackson; keys keep the order they were put in, two-space indentation. A field read
 * back with the wrong type is a {@link Invalid} naming the file and the field, never a raw
 * parsing exception.
 */
public final class Manifest {
    /** One file of the record as the manifest lists it; {@code bytes} is -1 in manifests written before sizes were listed. */
    public record Output(String sha256, long bytes) { }

    /** A manifest that cannot be read, or is not an lpip manifest, or has a field of the wrong type. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        public Invalid(String message) {
            super(message);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final Path file;
    private final ObjectNode root;

    private Manifest(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /** The JSON text of a manifest: maps in insertion order, numbers as numbers, non-finite numbers as null. */
    public static String write(Map<String, ?> fields) {
        try {
            return WRITER.writeValueAsString(finite(fields)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a manifest: " + e.getOriginalMessage(), e);
        }
    }

    /** The {@code outputs} entry of a file just written: its SHA-256 and its size. */
    public static Map<String, Object> entry(Path written, String sha256) throws IOException {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("sha256", sha256);
        e.put("bytes", Files.size(written));
        return e;
    }

    /** Reads a manifest. */
    public static Manifest read(Path file) throws Invalid {
        String text;
        try {
            text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Invalid(file + ": no such file");
        } catch (IOException e) {
            throw new Invalid(file + ": cannot read: " + e.getMessage());
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Invalid(file + ": not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object) || !"lpip".equals(object.path("tool").asText(null))
                || !(object.get("outputs") instanceof ObjectNode)) {
            throw new Invalid(file + " is not an lpip manifest (no \"tool\": \"lpip\" and \"outputs\" object)");
        }
        return new Manifest(file, object);
    }

    public Path file() {
        return file;
    }

    public boolean has(String key) {
        return root.hasNonNull(key);
    }

    /** A field as it reads in the file (a number's digits, a text's characters), or "" if it is absent; for display. */
    public String display(String key) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText();
    }

    /** A text field. */
    public String text(String key) throws Invalid {
        JsonNode n = require(key);
        if (!n.isTextual()) {
            throw wrongType(key, "text", n);
        }
        return n.textValue();
    }

    /** A whole-number field. */
    public long whole(String key) throws Invalid {
        JsonNode n = require(key);
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw wrongType(key, "a whole number", n);
        }
        return n.longValue();
    }

    /** A whole-number field that fits an int, at least {@code min}. */
    public int count(String key, int min) throws Invalid {
        long v = whole(key);
        if (v < min || v > Integer.MAX_VALUE) {
            throw new Invalid(file + ": \"" + key + "\" should be a whole number of at least " + min + ", found " + v);
        }
        return (int) v;
    }

    /** A number field. */
    public double number(String key) throws Invalid {
        JsonNode n = require(key);
        if (!n.isNumber()) {
            throw wrongType(key, "a number", n);
        }
        return n.doubleValue();
    }

    /** A list of whole numbers. */
    public List<Long> wholes(String key) throws Invalid {
        JsonNode n = require(key);
        if (!n.isArray()) {
            throw wrongType(key, "a list of whole numbers", n);
        }
        List<Long> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw wrongType(key, "a list of whole numbers", n);
            }
            out.add(v.longValue());
        }
        return out;
    }

    /** A list of texts. */
    public List<String> texts(String key) throws Invalid {
        JsonNode n = require(key);
        if (!n.isArray()) {
            throw wrongType(key, "a list of texts", n);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode v : n) {
            if (!v.isTextual()) {
                throw wrongType(key, "a list of texts", n);
            }
            out.add(v.textValue());
        }
        return out;
    }

    /** Every file the manifest lists, by its path relative to the record's directory, in order. */
    public Map<String, Output> outputs() throws Invalid {
        Map<String, Output> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.get("outputs").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode sha = e.getValue().get("sha256");
            JsonNode bytes = e.getValue().get("bytes");
            if (sha == null || !sha.isTextual() || !sha.textValue().matches("[0-9a-f]{64}")) {
                throw new Invalid(file + ": \"outputs\".\"" + e.getKey() + "\".\"sha256\" should be 64 hexadecimal digits, found "
                        + (sha == null ? "nothing" : sha.toString()));
            }
            if (bytes != null && (!bytes.isIntegralNumber() || !bytes.canConvertToLong() || bytes.longValue() < 0)) {
                throw new Invalid(file + ": \"outputs\".\"" + e.getKey() + "\".\"bytes\" should be a whole number of bytes, found "
                        + bytes);
            }
            out.put(e.getKey(), new Output(sha.textValue(), bytes == null ? -1 : bytes.longValue()));
        }
        return out;
    }

    private JsonNode require(String key) throws Invalid {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            throw new Invalid(file + ": \"" + key + "\" is missing");
        }
        return n;
    }

    private Invalid wrongType(String key, String expected, JsonNode found) {
        return new Invalid(file + ": \"" + key + "\" should be " + expected + ", found " + found);
    }

    private static Object finite(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), finite(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Manifest::finite).toList();
        }
        return value;
    }
}

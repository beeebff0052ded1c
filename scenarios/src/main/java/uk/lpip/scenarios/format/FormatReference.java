package uk.lpip.scenarios.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates, from the one description of the format ({@link ScenarioFormat}), the JSON Schema that
 * editors use to autocomplete and flag mistakes, and the key tables of docs/scenario-format.md.
 * Tests compare both with the checked-in copies.
 */
public final class FormatReference {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FormatReference() {
    }

    /** The JSON Schema (draft-07) of a scenario file. */
    public static String schema() {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", "lpip scenario");
        root.put("description", "A place and how to run it. Generated from the format by FormatReference: do not edit by hand.");
        root.setAll(object(ScenarioFormat.SCENARIO, ScenarioFormat.DEFAULTS, true));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ObjectNode node(Spec<?> spec, Object defaults, boolean hasDefaults) {
        if (spec instanceof ObjectSpec o) {
            return object(o, defaults, hasDefaults);
        }
        if (spec instanceof ListSpec l) {
            ObjectNode n = JSON.createObjectNode();
            n.put("type", "array");
            n.set("items", node(l.element(), null, false));
            if (l.minItems() > 0) {
                n.put("minItems", l.minItems());
            }
            return n;
        }
        if (spec instanceof TypedListSpec t) {
            ObjectNode n = JSON.createObjectNode();
            n.put("type", "array");
            if (t.types().isEmpty()) {
                n.put("maxItems", 0);
            } else {
                ArrayNode oneOf = JSON.createArrayNode();
                for (Object o : t.types().values()) {
                    oneOf.add(object((ObjectSpec) o, null, false));
                }
                n.set("items", JSON.createObjectNode().set("oneOf", oneOf));
            }
            return n;
        }
        ValueSpec<?> v = (ValueSpec<?>) spec;
        ObjectNode n = JSON.createObjectNode();
        switch (v.type()) {
            case INTEGER, LONG -> {
                n.put("type", "integer");
                n.put("minimum", (long) v.min());
                n.put("maximum", (long) v.max());
            }
            case NUMBER -> {
                n.put("type", "number");
                n.put("minimum", v.min());
                n.put("maximum", v.max());
            }
            case BOOLEAN -> n.put("type", "boolean");
            case TEXT -> {
                n.put("type", "string");
                n.put("minLength", 1);
                n.put("maxLength", TextRules.MAX_TEXT);
                n.put("pattern", "^[^\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069]*$");
            }
            case ID -> {
                n.put("type", "string");
                n.put("maxLength", TextRules.MAX_ID);
                n.put("pattern", "^[a-z0-9][a-z0-9_-]*$");
            }
            case GSS_CODE -> {
                n.put("type", "string");
                n.put("pattern", ValueSpec.GSS_CODE_PATTERN);
            }
            case ENUM -> {
                ArrayNode values = JSON.createArrayNode();
                v.allowed().forEach(values::add);
                n.set("enum", values);
            }
        }
        return n;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ObjectNode object(ObjectSpec<?> spec, Object defaults, boolean hasDefaults) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "object");
        n.put("additionalProperties", false);
        ObjectNode properties = JSON.createObjectNode();
        ArrayNode required = JSON.createArrayNode();
        for (Field f : spec.fields()) {
            Object fieldDefault = defaults != null ? f.getter().apply(defaults) : f.fallback();
            ObjectNode p = node(f.spec(), fieldDefault, hasDefaults);
            p.put("description", f.description() + (f.unit().isEmpty() ? "" : " [" + f.unit() + "]"));
            if (fieldDefault != null && f.spec() instanceof ValueSpec vs) {
                p.set("default", JSON.valueToTree(fieldDefault));
            }
            properties.set(f.key(), p);
            if (fieldDefault == null && !f.optional()) {
                required.add(f.key());
            }
        }
        n.set("properties", properties);
        if (!required.isEmpty()) {
            n.set("required", required);
        }
        return n;
    }

    /** Markdown tables of every key, section by section. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        tables(sb, "", ScenarioFormat.SCENARIO, ScenarioFormat.DEFAULTS, new ArrayList<>());
        return sb.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void tables(StringBuilder sb, String path, ObjectSpec<?> spec, Object defaults, List<Runnable> later) {
        sb.append("### ").append(path.isEmpty() ? "top level" : "`" + path + "`").append(" — ").append(spec.title())
                .append("\n\n").append(capitalise(spec.description())).append(".\n\n");
        sb.append("| key | meaning | unit | default | allowed | example |\n|---|---|---|---|---|---|\n");
        List<Object[]> nested = new ArrayList<>();
        for (Field f : spec.fields()) {
            Object d = defaults != null ? f.getter().apply(defaults) : f.fallback();
            boolean section = f.spec() instanceof ObjectSpec o2 && !(o2.fields().size() == 4 && o2.field("none") != null);
            String def = d == null ? (f.optional() ? "(none)" : "**required**")
                    : section ? "see below" : display(SpecWriter.inline(f.spec(), d));
            sb.append("| `").append(f.key()).append("` | ").append(f.description()).append(" | ")
                    .append(f.unit().isEmpty() ? "" : f.unit()).append(" | ").append(escape(def)).append(" | ")
                    .append(escape(allowed(f.spec()))).append(" | ").append(escape(f.example())).append(" |\n");
            String childPath = path.isEmpty() ? f.key() : path + "." + f.key();
            if (f.spec() instanceof ObjectSpec o && !(o.fields().size() == 4 && o.field("none") != null)) {
                nested.add(new Object[] {childPath, o, d});
            } else if (f.spec() instanceof ListSpec l && l.element() instanceof ObjectSpec o) {
                nested.add(new Object[] {childPath + "[]", o, null});
            } else if (f.spec() instanceof TypedListSpec t) {
                for (Object entry : t.types().entrySet()) {
                    java.util.Map.Entry<String, ObjectSpec> e = (java.util.Map.Entry<String, ObjectSpec>) entry;
                    nested.add(new Object[] {childPath + "[] with type: " + e.getKey(), e.getValue(), null});
                }
            }
        }
        sb.append('\n');
        for (Object[] n : nested) {
            tables(sb, (String) n[0], (ObjectSpec) n[1], n[2], later);
        }
    }

    /** Numbers rounded for reading (the YAML the tool writes keeps full precision). */
    private static String display(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+\\.\\d{5,}").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            double v = Double.parseDouble(m.group());
            String rounded = new java.math.BigDecimal(v).round(new java.math.MathContext(Math.abs(v) >= 1 ? 7 : 4))
                    .stripTrailingZeros().toPlainString();
            m.appendReplacement(sb, rounded);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String allowed(Spec<?> spec) {
        if (spec instanceof ValueSpec<?> v) {
            return v.expected();
        }
        if (spec instanceof ObjectSpec<?> o && o.field("none") != null && o.fields().size() == 4) {
            return "none, low, medium, high: " + ((ValueSpec<?>) o.field("none").spec()).expected()
                    + (o.title().contains("productivity") ? "" : ", summing to 1");
        }
        return spec.expected();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("|", "\\|");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

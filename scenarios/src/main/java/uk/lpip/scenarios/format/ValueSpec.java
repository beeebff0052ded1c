package uk.lpip.scenarios.format;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.lpip.scenarios.yaml.Node.ScalarNode;
import uk.lpip.scenarios.yaml.Node.ScalarNode.Kind;

/** A scalar value: a whole number, a number, a boolean, text, an identifier or one of a set of words. */
public final class ValueSpec<V> implements Spec<V> {
    /** The scalar types of the format. */
    public enum Type { INTEGER, LONG, NUMBER, BOOLEAN, TEXT, ID, ENUM, GSS_CODE }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    /** An ONS/GSS area code: the nation's letter (E, W, S, N) and eight digits, e.g. N09000003. */
    public static final String GSS_CODE_PATTERN = "^[EWSN]\\d{8}$";
    private static final Pattern GSS = Pattern.compile(GSS_CODE_PATTERN);

    private final Type type;
    private final double min;
    private final double max;
    private final List<String> allowed;

    private ValueSpec(Type type, double min, double max, List<String> allowed) {
        this.type = type;
        this.min = min;
        this.max = max;
        this.allowed = allowed;
    }

    public static ValueSpec<Integer> integer(int min, int max) {
        return new ValueSpec<>(Type.INTEGER, min, max, List.of());
    }

    public static ValueSpec<Long> whole(long min, long max) {
        return new ValueSpec<>(Type.LONG, min, max, List.of());
    }

    public static ValueSpec<Double> number(double min, double max) {
        return new ValueSpec<>(Type.NUMBER, min, max, List.of());
    }

    /** A share or probability, 0–1. */
    public static ValueSpec<Double> share() {
        return number(0, 1);
    }

    public static ValueSpec<Boolean> bool() {
        return new ValueSpec<>(Type.BOOLEAN, 0, 0, List.of());
    }

    public static ValueSpec<String> text() {
        return new ValueSpec<>(Type.TEXT, 0, 0, List.of());
    }

    /** An identifier: lower-case letters, digits, hyphens and underscores. */
    public static ValueSpec<String> id() {
        return new ValueSpec<>(Type.ID, 0, 0, List.of());
    }

    /** An ONS/GSS area code such as N09000003 (a letter E, W, S or N, then eight digits). */
    public static ValueSpec<String> gssCode() {
        return new ValueSpec<>(Type.GSS_CODE, 0, 0, List.of());
    }

    public static ValueSpec<String> oneOf(String... words) {
        return new ValueSpec<>(Type.ENUM, 0, 0, List.of(words));
    }

    public Type type() {
        return type;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public List<String> allowed() {
        return allowed;
    }

    @Override
    public String expected() {
        return switch (type) {
            case INTEGER, LONG -> "a whole number from " + fmt(min) + " to " + fmt(max);
            case NUMBER -> min == 0 && max == 1 ? "a number from 0 to 1" : "a number from " + fmt(min) + " to " + fmt(max);
            case BOOLEAN -> "true or false";
            case TEXT -> "text (one line, at most " + TextRules.MAX_TEXT + " characters)";
            case ID -> "an identifier (lower-case letters, digits, '-' and '_'; at most " + TextRules.MAX_ID + " characters)";
            case ENUM -> "one of " + String.join(", ", allowed);
            case GSS_CODE -> "an ONS/GSS code (E, W, S or N and eight digits, e.g. N09000003)";
        };
    }

    /** Reads a scalar, or returns an error message (the value is then {@code null}). */
    Object read(ScalarNode node, String[] error) {
        Kind k = node.kind();
        String t = node.text();
        switch (type) {
            case INTEGER, LONG -> {
                if (k != Kind.INTEGER) {
                    return fail(error, node);
                }
                long v;
                try {
                    v = Long.parseLong(t.replace("_", ""));
                } catch (NumberFormatException e) {
                    return fail(error, node);
                }
                if (v < min || v > max) {
                    return fail(error, node);
                }
                if (type == Type.INTEGER) {
                    return Integer.valueOf((int) v); // not a ?: expression, which would box both as Long
                }
                return Long.valueOf(v);
            }
            case NUMBER -> {
                if (k != Kind.INTEGER && k != Kind.NUMBER) {
                    return fail(error, node);
                }
                double v;
                try {
                    v = Double.parseDouble(t.replace("_", ""));
                } catch (NumberFormatException e) {
                    return fail(error, node);
                }
                if (!(v >= min && v <= max)) {
                    return fail(error, node);
                }
                return v;
            }
            case BOOLEAN -> {
                // Only the words true and false, in any case: YAML 1.1 also reads yes/no/on/off/y/n as
                // booleans, and a misread there would silently flip a setting.
                if ((k == Kind.BOOLEAN || k == Kind.STRING) && (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
                    return Boolean.valueOf(t.equalsIgnoreCase("true"));
                }
                if (k == Kind.BOOLEAN) {
                    error[0] = "expected " + expected() + ", found '" + t + "'; write true or false (in any case): "
                            + "yes, no, on and off are not accepted";
                    return null;
                }
                return fail(error, node);
            }
            case TEXT -> {
                if (k != Kind.STRING || t.isBlank()) {
                    return fail(error, node);
                }
                error[0] = TextRules.problem(t, TextRules.MAX_TEXT, "the text");
                return error[0] == null ? t : null;
            }
            case ID -> {
                if (k == Kind.STRING && t.length() > TextRules.MAX_ID) {
                    error[0] = TextRules.problem(t, TextRules.MAX_ID, "the identifier");
                    return null;
                }
                return k == Kind.STRING && ID.matcher(t).matches() ? t : fail(error, node);
            }
            case ENUM -> {
                if (k == Kind.STRING && allowed.contains(t)) {
                    return t;
                }
                String near = k == Kind.STRING ? Suggestions.nearest(t, allowed) : null;
                error[0] = "expected " + expected() + ", found " + node.describe()
                        + (near != null ? "; did you mean '" + near + "'?" : "");
                return null;
            }
            case GSS_CODE -> {
                return k == Kind.STRING && GSS.matcher(t).matches() ? t : fail(error, node);
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    /** A stand-in for a bad value, so a lenient reader can go on checking what surrounds it. */
    Object placeholder(ScalarNode node) {
        return switch (type) {
            case INTEGER -> (int) min;
            case LONG -> (long) min;
            case NUMBER -> min;
            case BOOLEAN -> Boolean.FALSE;
            case TEXT, ID, GSS_CODE -> node.text();
            case ENUM -> allowed.get(0);
        };
    }

    private Object fail(String[] error, ScalarNode node) {
        error[0] = "expected " + expected() + ", found " + node.describe();
        return null;
    }

    /** The value as YAML text. */
    String format(Object value) {
        return switch (type) {
            case NUMBER -> fmt((Double) value);
            case TEXT -> quote((String) value);
            default -> String.valueOf(value);
        };
    }

    static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.contains("E") ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : s;
    }

    private static String quote(String s) {
        if (s.matches("[A-Za-z][A-Za-z0-9 ,.()'&–-]*") && !s.endsWith(" ") && !s.contains(": ")
                && !List.of("true", "false", "null", "yes", "no", "on", "off").contains(s.toLowerCase(Locale.ROOT))) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

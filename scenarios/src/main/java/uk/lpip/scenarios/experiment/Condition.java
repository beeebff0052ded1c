package uk.lpip.scenarios.experiment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on one of a sweep's appraisal outputs, as scenario discovery looks for it:
 * {@code OUTPUT OP NUMBER}, e.g. {@code bcr < 1} or {@code net_jobs <= 0}.
 *
 * @param output    one of {@link #OUTPUTS}
 * @param operator  {@code <}, {@code <=}, {@code >} or {@code >=}
 * @param threshold the number compared with
 */
public record Condition(String output, String operator, double threshold) {
    /**
     * The outputs a sensitivity analysis or a discovery condition can name: the benefit–cost ratio
     * on GVA, net additional jobs at the horizon (full scale) and the participants' own effect (the
     * change in the share of participants in work at the horizon).
     */
    public static final List<String> OUTPUTS = List.of("bcr", "net_jobs", "participants_effect");

    private static final Pattern FORM = Pattern.compile("\\s*([a-z_]+)\\s*(<=|>=|<|>)\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*");

    /** Reads a condition, or explains what is wrong with it. */
    public static Condition parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected OUTPUT OP NUMBER (e.g. \"bcr < 1\"; OP is <, <=, > or >=), found '"
                    + text + "'");
        }
        if (!OUTPUTS.contains(m.group(1))) {
            throw new IllegalArgumentException("no output '" + m.group(1) + "'; a condition names one of "
                    + String.join(", ", OUTPUTS));
        }
        return new Condition(m.group(1), m.group(2), Double.parseDouble(m.group(3)));
    }

    /** Whether a value meets the condition (never for a value that is not a number). */
    public boolean test(double v) {
        if (Double.isNaN(v)) {
            return false;
        }
        return switch (operator) {
            case "<" -> v < threshold;
            case "<=" -> v <= threshold;
            case ">" -> v > threshold;
            default -> v >= threshold;
        };
    }

    @Override
    public String toString() {
        return output + " " + operator + " " + Design.text(threshold);
    }

    /** The condition in words, for a report. */
    public String words() {
        String op = switch (operator) {
            case "<" -> "below";
            case "<=" -> "at most";
            case ">" -> "above";
            default -> "at least";
        };
        String what = switch (output) {
            case "bcr" -> "the benefit–cost ratio";
            case "net_jobs" -> "net jobs";
            default -> "the participants' effect";
        };
        return String.format(Locale.ROOT, "%s %s %s", what, op, Design.text(threshold));
    }
}

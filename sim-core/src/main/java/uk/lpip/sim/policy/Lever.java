package uk.lpip.sim.policy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One scenario key of an intervention's levers record (or of a record nested in it): the key, what
 * it means, its unit, its bounds or allowed words, an example and the value used when it is left
 * out. The scenario format, its JSON Schema and the key tables in docs/scenario-format.md are read
 * from these annotations, so a lever is declared here and nowhere else.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Lever {
    /** Marks "no fallback": the key is required. */
    String REQUIRED = "\u0000required";

    /** How a text value is checked when it has no list of allowed words. */
    enum Text { ID, FREE }

    String key();

    String doc();

    String unit() default "";

    String example();

    /** Smallest value (numbers and integers). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest value (numbers and integers). */
    double max() default Double.POSITIVE_INFINITY;

    /** The allowed words of a text value, or of each entry of a list of text. */
    String[] oneOf() default {};

    /** A class whose static {@code keys()} gives the allowed words (an enum's keys). */
    Class<?> keysOf() default void.class;

    /** For text without allowed words: an id (lower case, digits, - and _) or free text. */
    Text text() default Text.ID;

    /** The fewest entries of a list. */
    int minItems() default 0;

    /** The value when the key is left out, as it would be written ("[a, b]" for a list). */
    String fallback() default REQUIRED;
}

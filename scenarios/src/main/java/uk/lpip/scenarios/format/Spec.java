package uk.lpip.scenarios.format;

/**
 * The shape of one value in a scenario file: a scalar ({@link ValueSpec}), a mapping with known
 * keys ({@link ObjectSpec}), a list ({@link ListSpec}) or a list of typed entries
 * ({@link TypedListSpec}). One description drives reading and validation, writing, the JSON
 * Schema and the reference tables in docs/scenario-format.md, so they cannot disagree.
 *
 * @param <V> the Java value it reads to
 */
public sealed interface Spec<V> permits ValueSpec, ObjectSpec, ListSpec, TypedListSpec {
    /** What a valid value looks like, for messages and docs ("a whole number from 1 to 1200"). */
    String expected();
}

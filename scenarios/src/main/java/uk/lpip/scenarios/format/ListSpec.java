package uk.lpip.scenarios.format;

import java.util.List;

/** A list whose entries all have the same spec. */
public record ListSpec<E>(Spec<E> element, int minItems) implements Spec<List<E>> {
    @Override
    public String expected() {
        return minItems > 0 ? "a list of at least " + minItems : "a list";
    }
}

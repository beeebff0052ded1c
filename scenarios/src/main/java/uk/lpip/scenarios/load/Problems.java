package uk.lpip.scenarios.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.lpip.scenarios.yaml.Location;

/** Collects every problem found, so a user sees them all at once, in file order. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Location location, String path, String message) {
        list.add(new Problem(location, path, message));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** The key paths that have a problem. */
    public java.util.Set<String> paths() {
        java.util.Set<String> out = new java.util.HashSet<>();
        list.forEach(p -> out.add(p.path()));
        return out;
    }

    /**
     * Drops the problems recorded from position {@code from} on that are at one of the given paths:
     * a value already refused is reported once, not again by a check that read a stand-in for it.
     */
    public void dropRepeatsAfter(int from, java.util.Set<String> paths) {
        for (int i = list.size() - 1; i >= from; i--) {
            if (paths.contains(list.get(i).path())) {
                list.remove(i);
            }
        }
    }

    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(list);
        // File problems in file order; command-line problems after them, in the order the overrides were given.
        copy.sort(Comparator.comparing((Problem p) -> p.location().isCommandLine())
                .thenComparing(p -> p.location().isCommandLine() ? "" : p.location().source())
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return copy;
    }
}

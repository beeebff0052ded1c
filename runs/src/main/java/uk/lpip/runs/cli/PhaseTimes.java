package uk.lpip.runs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The wall time of each phase of a command (e.g. loading the scenario, simulating, writing the
 * outputs), for {@code --verbose}: a phase lasts from its start to the start of the next, the last
 * one until {@link #summary}. Commands that name no phase are one phase, from the first call.
 */
final class PhaseTimes {
    private final List<String> names = new ArrayList<>();
    private final List<Long> starts = new ArrayList<>();
    private final long created = System.nanoTime();
    private final java.util.Map<String, Long> modelNanos = new java.util.LinkedHashMap<>();
    private int simulations;

    /** Starts phase {@code name}, ending the one before. */
    synchronized void start(String name) {
        names.add(name);
        starts.add(System.nanoTime());
    }

    /** Adds one simulation's time in each phase of the model's monthly cycle (ns), e.g. one arm of a run. */
    synchronized void addModel(List<String> phases, long[] nanos) {
        for (int i = 0; i < phases.size(); i++) {
            modelNanos.merge(phases.get(i), nanos[i], Long::sum);
        }
        simulations++;
    }

    /**
     * One line: the time in each phase of the model's monthly cycle over every simulation added
     * (an arm that failed counts the phases it finished), e.g. {@code demography 0.20 s, labour
     * market 1.10 s, ... (2 simulations)}; null if none was added.
     */
    synchronized String modelSummary() {
        if (simulations == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        modelNanos.forEach((phase, nanos) -> b.append(b.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f s", phase, nanos / 1e9)));
        return b.append(String.format(Locale.ROOT, " (%d simulation%s)", simulations, simulations == 1 ? "" : "s")).toString();
    }

    /** The phase under way, or null if none was started. */
    synchronized String current() {
        return names.isEmpty() ? null : names.get(names.size() - 1);
    }

    /**
     * One line: each phase and its seconds, then the total, e.g. {@code load scenario 0.12 s,
     * simulate 3.40 s, write outputs 0.51 s; 4.03 s in all}. With {@code failed}, the phase under way
     * is marked as the one that failed.
     */
    synchronized String summary(boolean failed) {
        long now = System.nanoTime();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            long end = i + 1 < names.size() ? starts.get(i + 1) : now;
            b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.2f s", names.get(i),
                    (end - starts.get(i)) / 1e9));
            if (failed && i == names.size() - 1) {
                b.append(" (failed)");
            }
        }
        long first = starts.isEmpty() ? created : Math.min(created, starts.get(0));
        return b.append(String.format(Locale.ROOT, "%s%.2f s in all", names.isEmpty() ? "" : "; ", (now - first) / 1e9))
                .toString();
    }
}

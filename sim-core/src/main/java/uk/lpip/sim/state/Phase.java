package uk.lpip.sim.state;

/** One step of the monthly cycle, applied to the whole economy (its populations in parallel chunks). */
public interface Phase {
    /** A short name for progress output and profiling. */
    String name();

    void step(Economy economy);
}

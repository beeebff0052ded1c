package uk.lpip.sim.water;

import java.util.Arrays;
import uk.lpip.sim.engine.Economy;
import uk.lpip.sim.engine.Phase;

/**
 * The water step of the month. Output caps are lifted at the start of the step; a place with a
 * catchment then lets its {@link WaterSystem} impose this month's limits. A place without one
 * leaves firms unconstrained by water.
 */
public final class WaterPhase implements Phase {
    private final WaterSystem system;

    /** @param system the catchment, or {@code null} for a place without one */
    public WaterPhase(WaterSystem system) {
        this.system = system;
    }

    @Override
    public String name() {
        return "water";
    }

    @Override
    public void step(Economy e) {
        Arrays.fill(e.firms.outputCap, 0, e.firms.count(), Double.POSITIVE_INFINITY);
        if (system != null) {
            system.step(e);
        }
    }
}

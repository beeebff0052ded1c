package uk.lpip.sim.water;

import java.util.Arrays;
import uk.lpip.sim.engine.Economy;
import uk.lpip.sim.engine.Phase;

/**
 * The water step of the month. Output caps are lifted at the start of the step; a place with a
 * catchment then lets it impose this month's limits. A place without one leaves firms
 * unconstrained by water.
 */
public final class WaterPhase implements Phase {
    @Override
    public String name() {
        return "water";
    }

    @Override
    public void step(Economy e) {
        Arrays.fill(e.firms.outputCap, 0, e.firms.count(), Double.POSITIVE_INFINITY);
        Catchment catchment = e.water();
        if (catchment != null) {
            catchment.step(e);
        }
    }
}

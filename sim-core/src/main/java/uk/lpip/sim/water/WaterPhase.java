package uk.lpip.sim.water;

import java.util.Arrays;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Phase;

/**
 * The water step of the month. Output caps are lifted at the start of the step; a place with a
 * catchment then lets it impose this month's limits. A place without one leaves firms
 * unconstrained by water.
 */
public final class WaterPhase implements Phase {
    private final Catchment catchment;

    /** @param catchment the place's catchment, or null for a place without one */
    public WaterPhase(Catchment catchment) {
        this.catchment = catchment;
    }

    @Override
    public String name() {
        return "water";
    }

    @Override
    public void step(Economy e) {
        Arrays.fill(e.firms.outputCap, 0, e.firms.count(), Double.POSITIVE_INFINITY);
        if (catchment != null) {
            catchment.step(e);
        }
    }
}

package uk.lpip.sim.rules;

import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Households;

/** Councils' formulas shared by the builder (starting finances) and the councils' monthly budgets. */
public final class CouncilRules {
    private CouncilRules() {
    }

    /** Residents of each council (all ages). */
    public static double[] residents(Places places, Households households, int councils) {
        double[] residents = new double[councils];
        for (int h = 0; h < households.count(); h++) {
            residents[places.councilOf(households.zone[h])] += households.size(h);
        }
        return residents;
    }
}

package uk.lpip.sim.rules;

import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Households;

/**
 * Councils' formulas shared by the builder (starting finances), the councils' monthly budgets and the
 * labour market (each council's match chance).
 */
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

    /**
     * The unemployed's match chance by home zone: {@code labour.match_chance} times the zone's council's
     * {@code labour.councils[].match_chance}, at most 1.
     */
    public static double[] matchChanceByZone(LabourConfig lc, Places places) {
        double[] byZone = new double[places.zoneCount()];
        for (int z = 0; z < byZone.length; z++) {
            String council = places.councilId(places.councilOf(z));
            byZone[z] = Math.min(1.0, lc.matchChance() * lc.hazardsOf(council).matchChance());
        }
        return byZone;
    }
}

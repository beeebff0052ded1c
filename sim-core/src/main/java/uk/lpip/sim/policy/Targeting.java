package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Economy;

/** Resolving where an intervention acts, who pays, and counts given at scale 1.0. */
final class Targeting {
    private Targeting() {
    }

    /** Zones the intervention covers: the listed zones and every zone of the listed councils; all if neither. */
    static boolean[] zones(Places places, CommonSpec c) {
        boolean[] in = new boolean[places.zoneCount()];
        boolean all = c.councils().isEmpty() && c.zones().isEmpty();
        for (int z = 0; z < places.zoneCount(); z++) {
            in[z] = all || c.zones().contains(places.zoneId(z)) || c.councils().contains(places.councilId(places.councilOf(z)));
        }
        return in;
    }

    static Funder funder(Places places, String funder) {
        if (funder.startsWith("council:")) {
            String id = funder.substring("council:".length());
            for (int c = 0; c < places.councilCount(); c++) {
                if (places.councilId(c).equals(id)) {
                    return Funder.council(c);
                }
            }
            throw new IllegalArgumentException("no council " + id);
        }
        return Funder.centralGovernment();
    }

    /** A count given at scale 1.0, at the run's scale, rounded stochastically (keyed, so arms agree). */
    static int scaled(Economy e, int count, long key) {
        double exact = count * e.config.run().scale();
        int whole = (int) exact;
        return whole + (e.random.chance(Purpose.PLACES_ROUNDING, e.month(), key, exact - whole) ? 1 : 0);
    }

    static List<String> check(List<String> values, List<String> allowed, String what) {
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException("unknown " + what + " " + v);
            }
        }
        return values;
    }
}

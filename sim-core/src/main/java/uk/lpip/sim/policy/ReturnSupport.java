package uk.lpip.sim.policy;

import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.state.Persons;

/**
 * Support that raises an inactive person's hazard of returning to search for some months, instead
 * of moving them into search: the labour model's own inactivity flows read
 * {@code Persons.returnHazardFactor(int)}, so whether and when a supported person returns is still a
 * draw against their reason's hazard. One per intervention; when its support of a person ends
 * the factor goes back to 1, unless another intervention has set it since.
 */
final class ReturnSupport {
    private record Supported(int person, int until, float factor) { }

    private final List<Supported> supported = new ArrayList<>();

    /** Supports person {@code p} from now until {@code until} (reported month, exclusive) with {@code factor}. */
    void support(Persons persons, int p, double factor, int until) {
        if (factor == 1.0) {
            return;
        }
        float f = (float) Math.max(factor, persons.returnHazardFactor(p));
        persons.setReturnHazardFactor(p, f);
        supported.add(new Supported(p, until, f));
    }

    /** Ends the support due by {@code month}. */
    void expire(Persons persons, int month) {
        supported.removeIf(s -> {
            if (month < s.until()) {
                return false;
            }
            if (persons.returnHazardFactor(s.person()) == s.factor()) {
                persons.setReturnHazardFactor(s.person(), 1f);
            }
            return true;
        });
    }

    int size() {
        return supported.size();
    }
}

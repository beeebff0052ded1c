package uk.lpip.sim.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import uk.lpip.sim.state.Economy;

/** Makes configured interventions act on an economy: one class per kind. */
public final class Interventions {
    private Interventions() {
    }

    public static List<Intervention> build(List<InterventionSpec> specs, Economy e) {
        List<Intervention> out = new ArrayList<>();
        for (InterventionSpec spec : specs) {
            out.add(of(spec, e));
        }
        return out;
    }

    private static Intervention of(InterventionSpec spec, Economy e) {
        return InterventionTypes.of(spec).build(spec, e);
    }

    /** A factory for {@code EconomyModel}: builds the interventions once the economy exists. */
    public static Function<Economy, List<Intervention>> factory(List<InterventionSpec> specs) {
        return e -> build(specs, e);
    }
}

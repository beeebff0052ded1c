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
        if (spec instanceof SkillsProgrammeSpec s) {
            return new SkillsProgramme(s, e);
        }
        if (spec instanceof OutreachSpec o) {
            return new Outreach(o, e);
        }
        if (spec instanceof BroadbandRolloutSpec b) {
            return new BroadbandRollout(b, e);
        }
        if (spec instanceof TransportUpgradeSpec t) {
            return new TransportUpgrade(t, e);
        }
        if (spec instanceof WaterRuleSpec w) {
            return new WaterInterventions.RuleChange(w, e);
        }
        if (spec instanceof WaterStorageSpec w) {
            return new WaterInterventions.Storage(w, e);
        }
        if (spec instanceof WaterEfficiencySpec w) {
            return new WaterInterventions.Efficiency(w, e);
        }
        return new WaterInterventions.HandsOffFlow((HandsOffFlowSpec) spec, e);
    }

    /** A factory for {@code EconomyModel}: builds the interventions once the economy exists. */
    public static Function<Economy, List<Intervention>> factory(List<InterventionSpec> specs) {
        return e -> build(specs, e);
    }
}

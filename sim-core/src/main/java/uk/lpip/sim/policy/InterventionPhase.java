package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.engine.Economy;
import uk.lpip.sim.engine.Phase;

/** The interventions step: each active intervention acts, in the order the scenario lists them. */
public final class InterventionPhase implements Phase {
    private final List<Intervention> interventions;
    private final PolicyContext context;

    public InterventionPhase(Economy economy, List<Intervention> interventions) {
        this.interventions = List.copyOf(interventions);
        this.context = new PolicyContext(economy);
    }

    @Override
    public String name() {
        return "interventions";
    }

    @Override
    public void step(Economy e) {
        context.startMonth();
        int month = e.reportedMonth();
        for (Intervention intervention : interventions) {
            if (intervention.isActive(month)) {
                intervention.act(e, context);
            }
        }
    }

    public PolicyContext context() {
        return context;
    }

    public List<Intervention> interventions() {
        return interventions;
    }

    /** People taking part in any intervention now. */
    public int participants() {
        int n = 0;
        for (Intervention i : interventions) {
            n += i.participants();
        }
        return n;
    }
}

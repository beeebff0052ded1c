package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.engine.Economy;
import uk.lpip.sim.engine.Phase;

/** The interventions step: each active intervention acts, in the order the scenario lists them. */
public final class InterventionPhase implements Phase {
    private final List<Intervention> interventions;
    private final PolicyPayments payments;

    public InterventionPhase(Economy economy, List<Intervention> interventions) {
        this.interventions = List.copyOf(interventions);
        this.payments = new PolicyPayments(economy);
    }

    @Override
    public String name() {
        return "interventions";
    }

    @Override
    public void step(Economy e) {
        payments.startMonth();
        int month = e.reportedMonth();
        for (Intervention intervention : interventions) {
            if (intervention.isActive(month)) {
                intervention.act(e, payments);
            }
        }
    }

    public double spentThisMonth() {
        return payments.spentThisMonth();
    }
}

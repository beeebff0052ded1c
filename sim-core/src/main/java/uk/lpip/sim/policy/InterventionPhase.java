package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.engine.BranchLocal;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.InterventionTallies;
import uk.lpip.sim.state.Phase;

/**
 * The interventions step: each active intervention acts, in the order the scenario lists them. It is
 * each arm's own: an arm branched from a shared past keeps its own interventions and their state.
 */
@BranchLocal
public final class InterventionPhase implements Phase, InterventionTallies {
    private final List<Intervention> interventions;
    private final PolicyContext context;
    private final Phase monthStart = new MonthStart();
    /** Spending by intervention name, one entry per recorded month. */
    private final java.util.Map<String, java.util.List<Double>> spendByMonth = new java.util.LinkedHashMap<>();

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
                context.acting(intervention.name());
                intervention.act(e, context);
            }
        }
        if (month >= 0) {
            for (Intervention intervention : interventions) {
                spendByMonth.computeIfAbsent(intervention.name(), k -> new java.util.ArrayList<>())
                        .add(context.spentThisMonthBy().getOrDefault(intervention.name(), 0.0));
            }
        }
    }

    /**
     * The interventions' month-start step, to run before firms plan and the labour market matches:
     * each active intervention's {@link Intervention#startMonth}, in the order the scenario lists
     * them. It spends nothing (payments are made in {@link #step}).
     */
    public Phase monthStart() {
        return monthStart;
    }

    @BranchLocal
    private final class MonthStart implements Phase {
        @Override
        public String name() {
            return "interventions (month start)";
        }

        @Override
        public void step(Economy e) {
            int month = e.reportedMonth();
            for (Intervention intervention : interventions) {
                if (intervention.isActive(month)) {
                    intervention.startMonth(e, context);
                }
            }
        }
    }

    /**
     * Records the months before {@code reportedMonth} as this step would have (nothing spent, none
     * of the interventions active yet), for an arm that starts from a shared past at that month.
     */
    public void branchedAt(int reportedMonth) {
        for (Intervention intervention : interventions) {
            if (intervention.startMonth() < reportedMonth) {
                throw new IllegalStateException(intervention.name() + " starts in month " + intervention.startMonth()
                        + ", before the branch at month " + reportedMonth);
            }
        }
        for (int m = 0; m < reportedMonth; m++) {
            for (Intervention intervention : interventions) {
                spendByMonth.computeIfAbsent(intervention.name(), k -> new java.util.ArrayList<>()).add(0.0);
            }
        }
    }

    /** Each intervention's spending in every recorded month, £ at the run's scale. */
    public java.util.Map<String, double[]> spendByMonth() {
        java.util.Map<String, double[]> out = new java.util.LinkedHashMap<>();
        spendByMonth.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    public PolicyContext context() {
        return context;
    }

    public List<Intervention> interventions() {
        return interventions;
    }

    @Override
    public double spentThisMonth() {
        return context.spentThisMonth();
    }

    @Override
    public int startsThisMonth() {
        return context.startsThisMonth();
    }

    @Override
    public int completionsThisMonth() {
        return context.completionsThisMonth();
    }

    @Override
    public int contactsThisMonth() {
        return context.contactsThisMonth();
    }

    /** People taking part in any intervention now. */
    @Override
    public int participants() {
        int n = 0;
        for (Intervention i : interventions) {
            n += i.participants();
        }
        return n;
    }
}

package uk.lpip.sim.policy;

import uk.lpip.sim.state.Economy;

/**
 * What every configured intervention shares: its name and months, the zones it serves, who pays,
 * and its budget at the run's scale. Each kind extends this with its own levers and {@code act}.
 */
abstract class PlannedIntervention implements Intervention {
    protected final CommonSpec common;
    protected final boolean[] targetZone;
    protected final Funder funder;
    /** The run's scale: counts and money given at scale 1.0 are applied times this. */
    protected final double scale;
    /** The budget at the run's scale, £ ({@code +inf} for no cap). */
    protected final double budget;

    PlannedIntervention(CommonSpec common, Economy e) {
        this.common = common;
        this.targetZone = Targeting.zones(e.places, common);
        this.funder = Targeting.funder(e.places, common.funder());
        this.scale = e.config.run().scale();
        this.budget = common.budgetPounds() * scale;
    }

    @Override
    public boolean[] targetZones() {
        return targetZone.clone();
    }

    @Override
    public String name() {
        return common.name();
    }

    @Override
    public int startMonth() {
        return common.startMonth();
    }

    @Override
    public int endMonth() {
        return common.endMonth();
    }
}

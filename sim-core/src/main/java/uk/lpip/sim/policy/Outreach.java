package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.engine.Economy;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.population.Persons;
import uk.lpip.sim.population.Status;

/**
 * Outreach: each month, workers contact eligible inactive people in the target area; a share of
 * those contacted return to active search. Contacts are remembered, so an outreach-led skills
 * programme can recruit among them.
 */
public final class Outreach implements Intervention {
    static final List<String> ELIGIBLE = List.of("discouraged", "other_inactive");

    private final OutreachSpec spec;
    private final boolean[] targetZone;
    private final Funder funder;
    private final boolean discouraged;
    private final boolean otherInactive;
    private final double budget;
    private double spent;

    Outreach(OutreachSpec spec, Economy e) {
        this.spec = spec;
        this.targetZone = Targeting.zones(e.places, spec.common());
        this.funder = Targeting.funder(e.places, spec.common().funder());
        Targeting.check(spec.eligible(), ELIGIBLE, "eligibility");
        this.discouraged = spec.eligible().contains("discouraged");
        this.otherInactive = spec.eligible().contains("other_inactive");
        this.budget = spec.common().budgetPounds() * e.config.run().scale();
    }

    @Override
    public String name() {
        return spec.common().name();
    }

    @Override
    public int startMonth() {
        return spec.common().startMonth();
    }

    @Override
    public int endMonth() {
        return spec.common().endMonth();
    }

    @Override
    public void act(Economy e, PolicyContext context) {
        Persons persons = e.persons;
        KeyedRandom rng = e.random;
        int month = e.month();
        int contacts = 0;
        for (int p = 0; p < persons.count(); p++) {
            byte s = persons.status[p];
            boolean eligible = (s == Status.DISCOURAGED && discouraged)
                    || ((s == Status.CARING || s == Status.LONG_TERM_SICK || s == Status.RETIRED) && otherInactive);
            if (!eligible || !targetZone[persons.zone[p]] || !persons.isWorkingAge(p)) {
                continue;
            }
            if (spent + spec.costPerContact() > budget) {
                break;
            }
            if (!rng.chance(Purpose.OUTREACH_CONTACT, month, p, spec.contactRateMonthly())) {
                continue;
            }
            context.contacted(p);
            spent += spec.costPerContact();
            contacts++;
            if (rng.chance(Purpose.OUTREACH_RETURN, month, p, spec.returnShare())) {
                persons.changeStatus(p, Status.UNEMPLOYED);
            }
        }
        if (contacts > 0) {
            context.toProviders(funder, contacts * spec.costPerContact());
        }
    }
}

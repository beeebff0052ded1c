package uk.lpip.sim.policy;

import java.util.List;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Outreach: each month, workers contact eligible inactive people in the target area; a share of
 * those contacted return to active search. Contacts are remembered, so an outreach-led skills
 * programme can recruit among them.
 */
public final class Outreach extends PlannedIntervention {
    /** The declaration: scaled to a place by its budget. */
    public static final InterventionType<OutreachSpec> TYPE = InterventionType.of("outreach", OutreachSpec.class,
                    CostType.OUTSOURCED_PROGRAMME, Outreach::new)
            .streams(Purpose.OUTREACH_CONTACT, Purpose.OUTREACH_RETURN)
            .comparable((s, place) -> new OutreachSpec(place.common(s.common()), s.eligible(), s.who(), s.contactRateMonthly(),
                    s.returnShare(), s.costPerContact()))
            .checks((s, c) -> Eligibility.check(s.eligible(), s.who(), c));

    static final List<String> ELIGIBLE = List.of("discouraged", "other_inactive");

    private final OutreachSpec spec;
    private final Eligibility eligibility;
    private double spent;

    Outreach(OutreachSpec spec, Economy e) {
        super(spec.common(), e);
        this.spec = spec;
        this.eligibility = new Eligibility(new EligibleStatuses(spec.eligible(), ELIGIBLE), spec.who(), targetZone, e);
    }

    @Override
    public void act(Economy e, PolicyContext context) {
        Persons persons = e.persons;
        KeyedRandom rng = e.random;
        int month = e.month();
        int reported = e.reportedMonth();
        int contacts = 0;
        eligibility.prepare(e);
        for (int p = 0; p < persons.count(); p++) {
            if (!eligibility.admits(e, p, reported)) {
                continue;
            }
            if (spent + spec.costPerContact() > budget) {
                break;
            }
            if (!rng.chance(Purpose.OUTREACH_CONTACT, month, p, spec.contactRateMonthly())) {
                continue;
            }
            context.contacted(p);
            eligibility.started(p, reported);
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

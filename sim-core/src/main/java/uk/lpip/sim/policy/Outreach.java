package uk.lpip.sim.policy;

import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Outreach: each month, workers contact eligible inactive people in the target area and support
 * them for {@code support_months}: their monthly hazard of returning to search is multiplied by
 * their reason's factor (a discouraged person's barriers are not a carer's or a long-term sick
 * person's), and whether they return is the inactivity flows' own draw. Contacts are remembered,
 * so an outreach-led skills programme can recruit among them.
 */
public final class Outreach extends PlannedIntervention {
    /** The declaration: scaled to a place by its budget. */
    public static final InterventionType<OutreachSpec> TYPE = InterventionType.of("outreach", OutreachSpec.class,
                    CostType.OUTSOURCED_PROGRAMME, Outreach::new)
            .streams(Purpose.OUTREACH_CONTACT)
            .participants("Outreach")
            .evidence(LeverEvidence.OUTREACH)
            .target(12, ParticipantTarget.Measure.POINTS,
                    "outcome: contacted people's in-work effect 12 months after contact (pp)")
            .comparable((s, place) -> new OutreachSpec(place.common(s.common()), s.eligible(), s.who(), s.contactRateMonthly(),
                    s.multiplierDiscouraged(), s.multiplierCaring(), s.multiplierSick(), s.multiplierRetired(), s.supportMonths(),
                    s.costPerContact()))
            .checks((s, c) -> Eligibility.check(s.eligible(), s.who(), c));

    static final List<String> ELIGIBLE = List.of("discouraged", "other_inactive");

    private final OutreachSpec spec;
    private final Eligibility eligibility;
    private double spent;
    private final ReturnSupport support = new ReturnSupport();
    private final List<Participant> contacted = new ArrayList<>();

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
        support.expire(persons, reported);
        for (int p = 0; p < persons.count() && reported <= spec.common().endMonth(); p++) {
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
            contacted.add(new Participant(p, reported, reported + spec.supportMonths(), true));
            spent += spec.costPerContact();
            contacts++;
            support.support(persons, p, multiplier(persons.status[p]), reported + spec.supportMonths());
        }
        if (contacts > 0) {
            context.toProviders(funder, contacts * spec.costPerContact());
        }
    }

    @Override
    public InterventionType<?> type() {
        return TYPE;
    }

    /** Everyone contacted, in order of contact, with the months of their support. */
    @Override
    public List<Participant> allParticipants() {
        return List.copyOf(contacted);
    }

    /** Support keeps going after the last contact month. */
    @Override
    public int endMonth() {
        return spec.common().endMonth() + spec.supportMonths();
    }

    private double multiplier(byte status) {
        return switch (status) {
            case Status.DISCOURAGED -> spec.multiplierDiscouraged();
            case Status.CARING -> spec.multiplierCaring();
            case Status.LONG_TERM_SICK -> spec.multiplierSick();
            case Status.RETIRED -> spec.multiplierRetired();
            default -> 1.0;
        };
    }
}

package uk.lpip.sim.policy;

import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * A skills programme. At each intake it selects eligible people up to its places (and budget);
 * while in training they search less (lock-in); those who complete gain skill and, if they are
 * inactive, keep their reason with a raised hazard of returning to search for some months; the
 * rest drop out part-way. Every participant is tracked:
 * start, planned end, completion or drop-out.
 */
public final class SkillsProgramme extends PlannedIntervention {
    /** The declaration: scaled to a place by its budget and places per 1,000 working-age residents. */
    public static final InterventionType<SkillsProgrammeSpec> TYPE = InterventionType.of("skills_programme",
                    SkillsProgrammeSpec.class, CostType.OUTSOURCED_PROGRAMME, SkillsProgramme::new)
            .streams(Purpose.PROGRAMME_SELECTION, Purpose.PROGRAMME_COMPLETION, Purpose.PROGRAMME_DROPOUT, Purpose.PLACES_ROUNDING)
            .comparable((s, place) -> new SkillsProgrammeSpec(place.common(s.common()), s.intake(),
                    place.places(s.placesPerIntake()), s.eligible(), s.skillCeiling(), s.who(), s.selection(),
                    s.durationMonths(), s.weeklyHours(), s.lockInStrength(), s.completionProbability(), s.skillGain(),
                    s.returnMultiplier(), s.returnSupportMonths(), s.costPerPlace()))
            .places(SkillsProgrammeSpec::placesPerIntake)
            .participants("Skills programme")
            .evidence(LeverEvidence.SKILLS)
            .target(6, ParticipantTarget.Measure.POINTS, "outcome: in-work effect 6 months after starting (pp)")
            .target(24, ParticipantTarget.Measure.POINTS, "outcome: in-work effect 24 months after starting (pp)")
            .checks((s, c) -> Eligibility.check(s.eligible(), s.who(), c));

    /** Full-time training hours a week. */
    static final double FULL_TIME_HOURS = 37.5;

    /** One participant's record. */

    private final SkillsProgrammeSpec spec;
    private final List<Participant> participants = new ArrayList<>();
    private final List<Participant> active = new ArrayList<>();
    private double spent;
    private final Eligibility eligibility;
    private final ReturnSupport support = new ReturnSupport();
    private final int ceiling;

    SkillsProgramme(SkillsProgrammeSpec spec, Economy e) {
        super(spec.common(), e);
        this.spec = spec;
        this.eligibility = new Eligibility(new EligibleStatuses(spec.eligible(), EligibleStatuses.ALL), spec.who(), targetZone, e);
        this.ceiling = skillLevel(spec.skillCeiling());
    }

    /** Acts until the last course of the last intake has ended and its completers' support is over. */
    @Override
    public int endMonth() {
        return spec.common().endMonth() + spec.durationMonths() + spec.returnSupportMonths();
    }

    @Override
    public int participants() {
        return active.size();
    }

    @Override
    public InterventionType<?> type() {
        return TYPE;
    }

    /** Everyone who started, in order of starting. */
    @Override
    public List<Participant> allParticipants() {
        return List.copyOf(participants);
    }

    @Override
    public void act(Economy e, PolicyContext context) {
        int month = e.reportedMonth();
        progress(e, context, month);
        if (month <= spec.common().endMonth() && isIntakeMonth(month)) {
            intake(e, context, month);
        }
        double monthlyCost = spec.costPerPlace() / spec.durationMonths();
        for (int i = 0; i < active.size(); i++) {
            context.toProviders(funder, monthlyCost);
            spent += monthlyCost;
        }
    }

    private boolean isIntakeMonth(int month) {
        int since = month - spec.common().startMonth();
        return switch (spec.intake()) {
            case "monthly" -> true;
            case "termly" -> since % 4 == 0;
            default -> since % 12 == 0;
        };
    }

    /** Completions and drop-outs due this month. */
    private void progress(Economy e, PolicyContext context, int month) {
        Persons persons = e.persons;
        support.expire(persons, month);
        List<Participant> still = new ArrayList<>();
        for (Participant p : active) {
            int id = p.person();
            boolean gone = persons.status[id] == Status.DEAD || persons.status[id] == Status.PENSIONER;
            if (gone || month >= p.endMonth()) {
                persons.setFlag(id, Persons.FLAG_IN_TRAINING, false);
                persons.setSearchIntensity(id, 1f);
                if (!gone && p.completes()) {
                    persons.skill[id] = (byte) Math.min(Skill.HIGH, persons.skill[id] + spec.skillGain());
                    if (Status.isInactive(persons.status[id])) {
                        support.support(persons, id, spec.returnMultiplier(), month + spec.returnSupportMonths());
                    }
                    context.countCompletion();
                }
            } else {
                still.add(p);
            }
        }
        active.clear();
        active.addAll(still);
    }

    private void intake(Economy e, PolicyContext context, int month) {
        // Keyed by the programme alone: the month is already part of every draw's key.
        int places = Targeting.scaled(e, spec.placesPerIntake(), RandomKey.of(spec.common().name().hashCode()));
        double remaining = budget - spent - active.size() * spec.costPerPlace(); // committed costs
        places = (int) Math.min(places, Math.max(0, Math.floor(remaining / spec.costPerPlace() + 1e-9)));
        if (places <= 0) {
            return;
        }
        eligibility.prepare(e);
        Persons people = e.persons;
        int[] candidates = eligibility.ranked(e, context, spec.selection(), month,
                p -> people.inTraining(p) || people.skill[p] > ceiling);
        Persons persons = e.persons;
        KeyedRandom rng = e.random;
        float intensity = (float) Math.max(e.config.labour().minSearchIntensity(), 1.0 - spec.lockInStrength() * Math.min(1.0, spec.weeklyHours() / FULL_TIME_HOURS));
        for (int i = 0; i < Math.min(places, candidates.length); i++) {
            int id = candidates[i];
            boolean completes = rng.chance(Purpose.PROGRAMME_COMPLETION, month, id, spec.completionProbability());
            int end = month + spec.durationMonths();
            if (!completes && spec.durationMonths() > 1) {
                end = month + 1 + rng.below(Purpose.PROGRAMME_DROPOUT, month, id, 0, spec.durationMonths() - 1);
            }
            Participant p = new Participant(id, month, end, completes);
            participants.add(p);
            active.add(p);
            eligibility.started(id, month);
            persons.setFlag(id, Persons.FLAG_IN_TRAINING, true);
            persons.setSearchIntensity(id, intensity);
            context.countStart();
        }
    }

    static int skillLevel(String name) {
        for (int s = 0; s < Skill.LEVELS; s++) {
            if (Skill.name(s).equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown skill level " + name);
    }
}

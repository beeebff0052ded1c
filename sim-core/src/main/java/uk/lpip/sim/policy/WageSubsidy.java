package uk.lpip.sim.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * A wage subsidy for employers (Kickstart, the Future Jobs Fund, Restart-era incentives): an
 * employer who hires an eligible person — unemployed, living in the target area and admitted by the
 * shared eligibility keys ({@link WhoSpec}: without work for at least {@code min_months_without_work},
 * aged in a band, benefit receipt, not subsidised before within the re-entry period) — is paid {@code wage_share} of that person's wage
 * each month for up to {@code duration_months} while they stay, from the funder, within the budget.
 *
 * <p>It acts through the labour market's own screening: while hiring is open, each eligible
 * person carries a hiring bonus in the firms' ranking of applicants, worth
 * {@code screening_weight × wage_share × duration_months / 12} score points (the subsidy lowers
 * what the person costs the employer over the first year, and the ranking trades that against
 * skill above the requirement, 0.5 points a level, and the penalty for a long spell, 0.03 points a
 * month). Nothing else is assumed: a subsidised hire whose person would have been hired anyway
 * (deadweight) and the other applicant passed over (substitution) both come out of the matching,
 * and can be measured against the baseline arm. Firms' vacancies are not raised by the subsidy
 * (it is paid per person, after hiring), which understates any job creation.
 *
 * <p>With {@code jobs: temporary} (the fallback) a subsidised job ends once its last subsidised month
 * has been worked and paid — the Future Jobs Fund and Kickstart paid for jobs created for six months —
 * at the start of the next month, before that month's search ({@link #startMonth}), and the
 * person is unemployed again, with a spell that starts afresh; whether they are hired again (by the
 * same employer, whose post is then vacant, or another) comes out of the labour market. With
 * {@code ongoing} the person keeps the post, as with a recruitment incentive.
 *
 * <p>Budget: new hiring stops when what has been paid plus what current subsidised jobs would
 * still draw reaches the budget; payments never exceed it.
 */
public final class WageSubsidy extends PlannedIntervention {
    /** The declaration: comparable across places, scaled by its budget. */
    public static final InterventionType<Spec> TYPE = InterventionType.of("wage_subsidy", Spec.class,
                    CostType.OUTSOURCED_PROGRAMME, WageSubsidy::new)
            .comparable((s, place) -> new Spec(place.common(s.common()), s.wageShare(), s.durationMonths(), s.who(),
                    s.screeningWeight(), s.jobs()))
            .participants("Wage subsidy")
            .evidence(LeverEvidence.WAGE_SUBSIDY)
            .target(24, ParticipantTarget.Measure.RELATIVE,
                    "outcome: relative rise in unsubsidised employment 2 years after starting")
            .checks((s, c) -> Eligibility.check(List.of("unemployed"), s.who(), c));

    /** The levers of a wage subsidy (see docs/interventions.md for their sources). */
    @Levers(title = "wage subsidy",
            description = "employers paid a share of an eligible hire's wage for some months; deadweight and substitution emerge")
    public record Spec(
            CommonSpec common,
            @Lever(key = "wage_share", min = 0.01, max = 1, doc = "share of the hire's wage paid to the employer",
                    unit = "share", example = "1.0") double wageShare,
            @Lever(key = "duration_months", min = 1, max = 24, doc = "months the wage is subsidised while the person stays",
                    unit = "months", example = "6", fallback = "6") int durationMonths,
            WhoSpec who,
            @Lever(key = "screening_weight", min = 0, max = 10,
                    doc = "screening points per year of full wage subsidised (ASSUMPTION; 0: the subsidy does not change who is hired)",
                    unit = "points", example = "2", fallback = "2") double screeningWeight,
            @Lever(key = "jobs", oneOf = {"temporary", "ongoing"},
                    doc = "temporary: the subsidised job ends when its subsidy does and the person is out of work again, as the "
                            + "Future Jobs Fund's and Kickstart's six-month jobs did (scheme rules); ongoing: a recruitment subsidy "
                            + "into a regular post the person keeps",
                    example = "temporary", fallback = "temporary") String jobs) implements InterventionSpec {
        /** Whether subsidised jobs end with their subsidy. */
        public boolean temporary() {
            return "temporary".equals(jobs);
        }
    }

    /** One subsidised job: the person, the employer, when it began, months paid so far, and whether it is over. */
    private static final class Job {
        final int person;
        final int firm;
        final int start;
        int paid;
        int end = -1;

        Job(int person, int firm, int start) {
            this.person = person;
            this.firm = firm;
            this.start = start;
        }
    }

    private final Spec spec;
    private final float bonus;
    private final List<Job> jobs = new ArrayList<>();
    /** Who was eligible when hiring last opened (carries the bonus into this month's matching). */
    private boolean[] offered = new boolean[0];
    private double spent;
    private final Eligibility eligibility;

    WageSubsidy(Spec spec, Economy e) {
        super(spec.common(), e);
        this.spec = spec;
        this.eligibility = new Eligibility(new EligibleStatuses(List.of("unemployed"), List.of("unemployed")), spec.who(),
                targetZone, e);
        this.bonus = (float) (spec.screeningWeight() * spec.wageShare() * spec.durationMonths() / 12.0);
    }

    /** Subsidies run on after the last hiring month. */
    @Override
    public int endMonth() {
        return spec.common().endMonth() + spec.durationMonths();
    }

    @Override
    public int participants() {
        return (int) jobs.stream().filter(j -> j.end < 0).count();
    }

    @Override
    public InterventionType<?> type() {
        return TYPE;
    }

    /** Every subsidised hire in order of hiring; {@code completes} when the full subsidy period was paid. */
    @Override
    public List<Participant> allParticipants() {
        List<Participant> out = new ArrayList<>();
        for (Job j : jobs) {
            int end = j.end >= 0 ? j.end : j.start + spec.durationMonths();
            out.add(new Participant(j.person, j.start, end, j.paid >= spec.durationMonths()));
        }
        return out;
    }

    /** What has been paid to employers so far, £ at the run's scale. */
    public double spent() {
        return spent;
    }

    /**
     * With {@code jobs: temporary}, ends each subsidised job whose last subsidised month has been
     * worked and paid, at the start of the next month: before firms plan and the labour market
     * matches, as a layoff would, so that the person is a job seeker in that month's search (and is
     * neither paid a wage in it nor recorded as in work) instead of sitting out a month in a job
     * that has ended.
     */
    @Override
    public void startMonth(Economy e, PolicyContext context) {
        if (!spec.temporary()) {
            return;
        }
        int month = e.reportedMonth();
        Persons persons = e.persons;
        for (Job j : jobs) {
            if (j.end < 0 && j.paid >= spec.durationMonths()) {
                int p = j.person;
                if (persons.status[p] == Status.EMPLOYED && persons.employer[p] == j.firm) {
                    persons.leaveJob(p, Status.UNEMPLOYED);
                }
                j.end = month;
            }
        }
    }

    @Override
    public void act(Economy e, PolicyContext context) {
        int month = e.reportedMonth();
        Persons persons = e.persons;
        if (offered.length < persons.count()) {
            offered = Arrays.copyOf(offered, persons.count() + (persons.count() >> 3));
        }
        eligibility.prepare(e);
        recordHires(e, context, month);
        pay(e, context, month);
        offer(e, month);
    }

    /** Eligible people offered last month who were hired this month become subsidised jobs. */
    private void recordHires(Economy e, PolicyContext context, int month) {
        Persons persons = e.persons;
        for (int p = 0; p < persons.count(); p++) {
            if (offered[p] && persons.status[p] == Status.EMPLOYED && !eligibility.excluded(p, month)) {
                eligibility.started(p, month);
                jobs.add(new Job(p, persons.employer[p], month));
                context.countStart();
            }
        }
    }

    /** This month's share of wage for each subsidised job still held, while the budget lasts. */
    private void pay(Economy e, PolicyContext context, int month) {
        Persons persons = e.persons;
        for (Job j : jobs) {
            if (j.end >= 0) {
                continue;
            }
            int p = j.person;
            boolean held = persons.status[p] == Status.EMPLOYED && persons.employer[p] == j.firm;
            if (!held || j.paid >= spec.durationMonths() || spent >= budget) {
                j.end = month;
                continue;
            }
            double amount = Math.min(spec.wageShare() * persons.earnings(p), budget - spent);   // of the wage paid, by hours
            context.toFirm(funder, j.firm, amount);
            spent += amount;
            j.paid++;
        }
    }

    /** Sets next month's hiring bonus: eligible people while hiring is open and the budget is not committed. */
    private void offer(Economy e, int month) {
        Persons persons = e.persons;
        boolean open = month < spec.common().endMonth() && spent + committed(persons) < budget;
        for (int p = 0; p < persons.count(); p++) {
            boolean eligible = open && eligibility.admits(e, p, month);
            if (eligible) {
                persons.setHiringBonus(p, bonus);
            } else if (offered[p]) {
                persons.setHiringBonus(p, 0f);
            }
            offered[p] = eligible;
        }
    }

    /** What the subsidised jobs now held would still be paid if they all lasted. */
    private double committed(Persons persons) {
        double c = 0;
        for (Job j : jobs) {
            if (j.end < 0) {
                c += spec.wageShare() * persons.earnings(j.person) * (spec.durationMonths() - j.paid);
            }
        }
        return c;
    }
}

package uk.lpip.sim.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;
import uk.lpip.sim.rules.Hours;
import uk.lpip.sim.rules.ReservationWage;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * A wage subsidy for employers (Kickstart, the Future Jobs Fund, Restart-era incentives), paid to an
 * employer a share {@code wage_share} of an eligible person's wage each month for up to
 * {@code duration_months}, from the funder, within the budget. Eligible: unemployed, living in the
 * target area and admitted by the shared eligibility keys ({@link WhoSpec}).
 *
 * <p>With {@code posts: additional} (the fallback) the subsidy pays for posts that exist only because
 * of the scheme, as Kickstart's and the Future Jobs Fund's rules required (new jobs, additional to
 * the employer's existing or planned vacancies): each hiring month the scheme creates posts —
 * {@code places_per_month} (at scale 1.0), or as many as spend the uncommitted budget evenly over the
 * hiring months left — and fills each with an eligible person, taken in a random order (a keyed
 * draw, so every arm ranks alike) and referred to an employer drawn, in proportion to its size, among
 * the live firms in the zones within the person's commuting reach, at the person's own skill level and,
 * with {@code post_pay: minimum} (the fallback) the legal minimum wage, as Kickstart funded the National
 * Minimum Wage and the Future Jobs Fund paid at least it ({@code posted}: the firm's posted wage for the
 * level); a person whose reservation wage is above it declines. The post is
 * outside the firm's plan ({@link uk.lpip.sim.state.Persons#inSchemePost}): the firm's regular
 * vacancies and layoffs are planned on its regular workforce, and regular hires are not subsidised.
 * The post's worker is paid and produces like any other; the output is sold only as far as the
 * firm's demand allows, so any crowding out of other hires comes through product demand. When its
 * subsidy ends: with {@code jobs: temporary} the post ends and the person is unemployed again; with
 * {@code ongoing} the employer keeps them in a regular job if it has a regular need for one at the
 * post's level — that month's plan has a vacancy there, which the person fills instead of a recruit
 * ({@code FirmPlanning}) — and otherwise the post ends in that month's separations.
 *
 * <p>With {@code posts: existing} it acts through the labour market's own screening for existing
 * vacancies: while hiring is open, each eligible person carries a hiring bonus in the firms' ranking
 * of applicants, worth {@code screening_weight × wage_share × duration_months / 12} score points, and
 * an eligible person hired into a regular vacancy becomes a subsidised job. Deadweight (the person
 * would have been hired anyway) and substitution (another applicant passed over) come out of the
 * matching. With {@code jobs: temporary} such a job ends once its last subsidised month has been
 * worked and paid, at the start of the next month, before that month's search ({@link #startMonth});
 * with {@code ongoing} the person keeps the post.
 *
 * <p>Budget: new hiring stops when what has been paid plus what current subsidised jobs would
 * still draw reaches the budget; payments never exceed it.
 */
public final class WageSubsidy extends PlannedIntervention {
    /**
     * The declaration: comparable across places, scaled by its budget (additional posts follow the
     * budget when {@code places_per_month} is 0, the fallback; a count given is kept as it is).
     */
    public static final InterventionType<WageSubsidySpec> TYPE = InterventionType.of("wage_subsidy", WageSubsidySpec.class,
                    CostType.OUTSOURCED_PROGRAMME, WageSubsidy::new)
            .comparable((s, place) -> new WageSubsidySpec(place.common(s.common()), s.wageShare(), s.durationMonths(), s.who(),
                    s.screeningWeight(), s.jobs(), s.posts(),
                    s.placesPerMonth(), s.postPay(), s.searchSupportMonths()))
            .participants("Wage subsidy")
            .streams(Purpose.SUBSIDY_POST)
            .evidence(LeverEvidence.WAGE_SUBSIDY)
            .target(24, ParticipantTarget.Measure.RELATIVE,
                    "outcome: relative rise in unsubsidised employment 2 years after starting")
            .checks((s, c) -> {
                Eligibility.check(List.of("unemployed"), s.who(), c);
                if (s.additional() && s.placesPerMonth() == 0 && Double.isInfinite(s.common().budgetPounds())) {
                    c.add("", "posts: additional (the fallback) needs places_per_month or a budget: it creates "
                            + "places_per_month posts a month or, without it, as many as spend the budget evenly over the hiring months");
                }
            });

    /** One subsidised job: the person, the employer, the post's level, when it began, months paid so far, and whether it is over. */
    private static final class Job {
        final int person;
        final int firm;
        final int level;
        final int start;
        int paid;
        int end = -1;
        /** An additional post whose funding ran out before its months did. */
        boolean unfunded;
        /** An ongoing additional post marked as ending this month (whether it was kept is read when the month is over). */
        boolean ending;
        /** An additional post the employer kept as a regular job when its subsidy ended. */
        boolean kept;

        Job(int person, int firm, int level, int start) {
            this.person = person;
            this.firm = firm;
            this.level = level;
            this.start = start;
        }
    }

    private static final int L = Skill.LEVELS;

    private final WageSubsidySpec spec;
    private final float bonus;
    private final List<Job> jobs = new ArrayList<>();
    /** Who was eligible when hiring last opened (carries the bonus into this month's matching). */
    private boolean[] offered = new boolean[0];
    private double spent;
    private final Eligibility eligibility;
    private int postsCreated;
    private int postsKept;
    /** Posts filled at this month's start, counted as starts when it acts (the context counts a month's starts then). */
    private int startsThisMonth;

    WageSubsidy(WageSubsidySpec spec, Economy e) {
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

    /** Additional posts created so far (0 with {@code posts: existing}). */
    public int postsCreated() {
        return postsCreated;
    }

    /** Additional posts whose employer kept the person in a regular job when the subsidy ended ({@code jobs: ongoing}). */
    public int postsKept() {
        return postsKept;
    }

    /**
     * At the start of the month, before firms plan and the labour market matches: ends the jobs whose
     * last subsidised month has been worked and paid (so that the person is a job seeker in this
     * month's search, neither paid a wage in it nor recorded as in work, instead of sitting out a month
     * in a job that has ended) and, with additional posts, creates and fills this month's posts.
     */
    @Override
    public void startMonth(Economy e, PolicyContext context) {
        int month = e.reportedMonth();
        if (spec.additional()) {
            endPosts(e, month);
            createPosts(e, month);
            supportSearch(e.persons);
            return;
        }
        if (!spec.temporary()) {
            return;
        }
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

    /**
     * Additional posts whose subsidy is over (or unfunded) end this month: with {@code jobs: temporary}
     * now, and the person is unemployed again; with {@code ongoing} the post is marked as ending, the
     * employer keeps the person in a regular job if this month's plan has a vacancy at the post's level
     * ({@code FirmPlanning}), and otherwise the post ends in the labour market's separations.
     */
    private void endPosts(Economy e, int month) {
        Persons persons = e.persons;
        for (Job j : jobs) {
            if (j.end >= 0 || (j.paid < spec.durationMonths() && !j.unfunded)) {
                continue;
            }
            if (held(persons, j)) {
                if (spec.temporary()) {
                    persons.leaveJob(j.person, Status.UNEMPLOYED);
                } else {
                    persons.setSchemePostEnding(j.person);
                    j.ending = true;
                }
            }
            j.end = month;
        }
    }

    /**
     * Posts in their last {@code search_support_months} (this month included) whose holder still holds them: the
     * holder looks for a regular job in this month's search as the unemployed do.
     */
    private void supportSearch(Persons persons) {
        if (spec.searchSupportMonths() == 0) {
            return;
        }
        for (Job j : jobs) {
            if (j.end < 0 && spec.durationMonths() - j.paid <= spec.searchSupportMonths() && held(persons, j)) {
                persons.setSupportedSearch(j.person);
            }
        }
    }

    /** Ongoing posts that ended this month: those whose holder is still with the employer, in a regular job, were kept. */
    private void countKept(Persons persons, int month) {
        for (Job j : jobs) {
            if (j.ending && j.end == month) {
                int p = j.person;
                if (persons.status[p] == Status.EMPLOYED && persons.employer[p] == j.firm && !persons.inSchemePost(p)
                        && persons.monthsInStatus[p] > 0) {
                    j.kept = true;
                    postsKept++;
                }
                j.ending = false;
            }
        }
    }

    /** Whether the person still holds the subsidised job (an additional post: still as the scheme's post). */
    private boolean held(Persons persons, Job j) {
        int p = j.person;
        return persons.status[p] == Status.EMPLOYED && persons.employer[p] == j.firm
                && (!spec.additional() || persons.inSchemePost(p));
    }

    /**
     * This month's additional posts, while hiring is open: eligible people in a random order (a keyed
     * draw), each referred to an employer drawn in proportion to size among the live firms within the
     * person's reach, at the person's skill level and the firm's posted wage, until the month's places
     * (or its even share of the uncommitted budget) are taken.
     */
    private void createPosts(Economy e, int month) {
        if (month > spec.common().endMonth()) {
            return;
        }
        Persons persons = e.persons;
        eligibility.prepare(e);
        double uncommitted = budget - spent - committed(persons);
        if (uncommitted <= 0) {
            return;
        }
        int places = spec.placesPerMonth() > 0
                ? Targeting.scaled(e, spec.placesPerMonth(), RandomKey.of(spec.common().name().hashCode()))
                : Integer.MAX_VALUE;
        double allotment = spec.placesPerMonth() > 0 ? uncommitted : uncommitted / (spec.common().endMonth() - month + 1);
        if (places == 0) {
            return;
        }
        long[] order = new long[64];
        int candidates = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.UNEMPLOYED && eligibility.admits(e, p, month)) {
                if (candidates == order.length) {
                    order = Arrays.copyOf(order, candidates * 2);
                }
                long draw = (long) (e.random.uniform(Purpose.SUBSIDY_POST, month, RandomKey.of(p), 0) * (1L << 31));
                order[candidates++] = draw << 32 | p;
            }
        }
        if (candidates == 0) {
            return;
        }
        Arrays.sort(order, 0, candidates);
        SchemeEmployers employers = new SchemeEmployers(e);
        LabourConfig lc = e.config.labour();
        Firms firms = e.firms;
        int created = 0;
        double newlyCommitted = 0;
        for (int c = 0; c < candidates && created < places && newlyCommitted < allotment; c++) {
            int p = (int) order[c];
            int firm = employers.draw(e, p, e.random.uniform(Purpose.SUBSIDY_POST, month, RandomKey.of(p), 1));
            if (firm < 0) {
                continue;
            }
            int level = persons.skill[p];
            int slot = firm * L + level;
            double wage = spec.paysMinimum() ? lc.minimumMonthlyWage() : firms.postedWage[slot];
            if (wage < ReservationWage.of(lc, persons.monthlyWage[p], persons.skill[p], persons.monthsInStatus[p])) {
                continue;   // declines the referral
            }
            persons.changeStatus(p, Status.EMPLOYED);
            persons.employer[p] = firm;
            persons.jobLevel[p] = (byte) level;
            persons.monthlyWage[p] = (float) wage;
            Hours.onHire(persons, p, firms.sector[firm], e.sectors, lc.hours(), e.random, e.month());
            persons.setSchemePost(p, true);
            firms.jobs[slot]++;
            e.counters.hires[persons.zone[p]]++;
            eligibility.started(p, month);
            jobs.add(new Job(p, firm, level, month));
            newlyCommitted += spec.wageShare() * persons.earnings(p) * spec.durationMonths();
            created++;
            postsCreated++;
        }
        startsThisMonth = created;
    }

    @Override
    public void act(Economy e, PolicyContext context) {
        int month = e.reportedMonth();
        Persons persons = e.persons;
        if (spec.additional()) {
            for (int i = 0; i < startsThisMonth; i++) {
                context.countStart();
            }
            startsThisMonth = 0;
            countKept(persons, month);
            pay(e, context, month);
            return;
        }
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
                jobs.add(new Job(p, persons.employer[p], persons.jobLevel[p], month));
                context.countStart();
            }
        }
    }

    /** This month's share of wage for each subsidised job still held, while the budget lasts. */
    private void pay(Economy e, PolicyContext context, int month) {
        Persons persons = e.persons;
        for (Job j : jobs) {
            if (j.end >= 0 || j.unfunded) {
                continue;
            }
            boolean held = held(persons, j);
            if (spec.additional() && held && j.paid < spec.durationMonths() && spent >= budget) {
                j.unfunded = true;   // the post ends at the next month's start
                continue;
            }
            if (!held || j.paid >= spec.durationMonths() || spent >= budget) {
                if (!spec.additional() || !held) {
                    j.end = month;
                }
                continue;
            }
            double amount = Math.min(spec.wageShare() * persons.earnings(j.person), budget - spent);   // of the wage paid, by hours
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

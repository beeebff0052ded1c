package uk.lpip.bench.reference;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;
import uk.lpip.sim.config.HoursConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.rules.Hours;
import uk.lpip.sim.labour.LabourMarket;
import uk.lpip.sim.labour.PayReview;
import uk.lpip.sim.rules.ReservationWage;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.state.MarketConditions;
import uk.lpip.sim.state.Status;

/**
 * The labour market as one MASON agent, written the usual object way: separations, then rounds in
 * which the open posts are listed on a board by zone and level, each searcher picks applications
 * uniformly among the posts in their reach, firms rank their applicants, and people take their best
 * offer. The same rules and parameters as the fast model's {@link LabourMarket}; sequential, drawing
 * from the model's MASON generator.
 */
final class RefLabourMarket implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final int L = RefFirm.L;

    /**
     * This round's open posts, the way a job board lists them: one entry per vacancy unit (a firm with
     * three vacancies at a level is listed three times), by zone then level; and the remote-able posts
     * by level. A list's size is its number of vacancy units, so a searcher's total in reach is a sum
     * over the zones and levels in reach, and a drawn unit is read by its index — no walk over firms.
     * Vacancies change only when people accept offers, after every application of the round, and the
     * board is listed afresh at the start of each round.
     */
    private List<List<RefFirm>> local = new ArrayList<>();
    private final List<List<RefFirm>> remote = new ArrayList<>();
    /** Called after the board is listed in each round (tests check it against the firms); null: nothing. */
    transient RoundCheck afterListing;

    /** What a test sees of each round's board. */
    interface RoundCheck {
        void listed(ReferenceModel m, RefLabourMarket market);
    }

    @Override
    public void step(SimState state) {
        ReferenceModel m = (ReferenceModel) state;
        MersenneTwisterFast r = m.random;
        separations(m, r);
        LabourConfig lc = m.config().labour();
        for (RefPerson p : m.persons()) {
            p.searchedOut = false;
        }
        markRecruiting(m, r, lc.recruitingChance());
        for (int round = 0; round < lc.matchingRounds(); round++) {
            if (!indexVacancies(m)) {
                break;
            }
            if (afterListing != null) {
                afterListing.listed(m, this);
            }
            List<RefPerson> applied = new ArrayList<>();
            for (RefPerson p : m.persons()) {
                if (apply(m, r, p)) {
                    applied.add(p);
                }
            }
            for (RefFirm f : m.firms()) {
                screen(r, f, lc);
            }
            for (RefPerson p : applied) {
                accept(m, p);
            }
        }
        for (RefPerson p : m.persons()) {
            if (p.status == Status.EMPLOYED && p.employer != null) {
                // rounded to float as the fast model stores it
                p.monthlyWage = (float) PayReview.reviewed(lc, p.monthlyWage, p.employer.postedWage[p.jobLevel],
                        p.monthsInStatus);
            }
        }
        updateConditions(m);
    }

    /** Which of each firm's posts recruit this month: each with vacancies by a draw against the chance. */
    private static void markRecruiting(ReferenceModel m, MersenneTwisterFast r, double chance) {
        for (RefFirm f : m.firms()) {
            for (int k = 0; k < L; k++) {
                f.recruiting[k] = chance >= 1.0 || (f.vacancies[k] > 0 && r.nextDouble() < chance);
            }
        }
    }

    private static void separations(ReferenceModel m, MersenneTwisterFast r) {
        for (RefFirm f : m.firms()) {
            Iterator<RefPerson> it = f.workers.iterator();
            while (it.hasNext()) {
                RefPerson p = it.next();
                double share = f.alive ? f.layoffShare[p.jobLevel] : 1.0;
                if (share > 0 && r.nextDouble() < share) {
                    p.employer = null;
                    p.changeStatus(Status.UNEMPLOYED);
                    f.jobs[p.jobLevel]--;
                    it.remove();
                    m.counters().layoffs++;
                }
            }
        }
    }

    /** Lists the open posts by zone and level, and the remote-able ones by level; false if there are none. */
    private boolean indexVacancies(ReferenceModel m) {
        int zones = m.places().zoneCount();
        if (local.size() != zones * L) {
            local = new ArrayList<>();
            for (int i = 0; i < zones * L; i++) {
                local.add(new ArrayList<>());
            }
            for (int k = 0; k < L; k++) {
                remote.add(new ArrayList<>());
            }
        }
        local.forEach(List::clear);
        remote.forEach(List::clear);
        boolean any = false;
        for (RefFirm f : m.firms()) {
            for (int k = 0; k < L; k++) {
                if (f.vacancies[k] > 0 && f.recruiting[k]) {
                    List<RefFirm> posts = local.get(f.zone * L + k);
                    for (int v = 0; v < f.vacancies[k]; v++) {
                        posts.add(f);
                    }
                    long remoteAble = remoteUnits(m, f, k);
                    for (long v = 0; v < remoteAble; v++) {
                        remote.get(k).add(f);
                    }
                    any = true;
                }
            }
        }
        return any;
    }

    static long remoteUnits(ReferenceModel m, RefFirm f, int k) {
        return Math.round(f.vacancies[k] * m.sectors().remoteShare(f.sector));
    }

    /**
     * A searcher's applications this round: vacancies drawn uniformly among the units in reach at or below their
     * skill, or, for a share of an unemployed searcher's applications, one level above it.
     */
    private boolean apply(ReferenceModel m, MersenneTwisterFast r, RefPerson p) {
        if (p.searchedOut || (p.status != Status.UNEMPLOYED && p.status != Status.EMPLOYED)) {
            return false;
        }
        LabourConfig lc = m.config().labour();
        int count;
        double threshold;
        if (p.status == Status.UNEMPLOYED) {
            double wanted = lc.applicationsPerSearcher() * p.searchIntensity;
            count = (int) wanted;
            if (r.nextDouble() < wanted - count) {
                count++;
            }
            threshold = ReservationWage.of(lc, p.monthlyWage, p.skill, p.monthsInStatus);
        } else {
            if (r.nextDouble() >= lc.onTheJobSearchShare() * p.searchIntensity) {
                return false;
            }
            count = lc.onTheJobApplications();
            threshold = p.monthlyWage * (1.0 + lc.jobSwitchPremium());
        }
        count = Math.min(count, LabourMarket.MAX_APPLICATIONS);
        int[] zones = m.places().reach().zones(p.reachClass());
        int own = p.skill;
        int up = p.status == Status.UNEMPLOYED && own < L - 1 ? own + 1 : own;
        double stretch = up == own ? 0.0 : lc.stretchApplicationShare();
        boolean sent = false;
        List<RefFirm> chosenFirms = new ArrayList<>(count);
        List<Integer> chosenLevels = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            int top = stretch > 0 && r.nextDouble() < stretch ? up : own;
            long localUnits = localUnits(zones, top);
            long remoteTotal = p.broadband ? remoteTotal(top) : 0;
            long total = localUnits + remoteTotal;
            if (total == 0) {
                continue;
            }
            long unit = (long) (r.nextDouble() * total);
            Post post = unit < localUnits ? localPost(zones, top, unit) : remotePost(top, unit - localUnits);
            RefFirm firm = post.firm();
            int level = post.level();
            if (firm.postedWage[level] < threshold || firm == p.employer
                    || alreadyChosen(chosenFirms, chosenLevels, firm, level)) {
                continue;
            }
            if (p.status == Status.UNEMPLOYED) {
                // the employer's match chance, falling with the spell, lower for the less employable
                double match = lc.matchChance() * lc.employability().callbackFactor(p.monthsInStatus)
                        * (p.lowEmployability ? lc.employability().lowMatch() : 1.0);
                if (match < 1.0 && r.nextDouble() >= match) {
                    continue;
                }
            }
            chosenFirms.add(firm);
            chosenLevels.add(level);
            firm.applicants[level].add(p);
            sent = true;
        }
        return sent;
    }

    /** Vacancy units in the zones with a requirement at or below {@code top}: the posts listed there. */
    long localUnits(int[] zones, int top) {
        long units = 0;
        for (int z : zones) {
            for (int k = 0; k <= top; k++) {
                units += local.get(z * L + k).size();
            }
        }
        return units;
    }

    /** Remote-able vacancy units anywhere with a requirement at or below {@code top}: the remote posts listed. */
    long remoteTotal(int top) {
        long units = 0;
        for (int k = 0; k <= top; k++) {
            units += remote.get(k).size();
        }
        return units;
    }

    /** A listed post: its firm and required level. */
    record Post(RefFirm firm, int level) { }

    /**
     * The post at {@code unit} (0 ≤ unit &lt; {@link #localUnits}) of the posts in the zones with a requirement
     * at or below {@code top}, counted zone by zone in reach order, level by level, in listing order.
     */
    Post localPost(int[] zones, int top, long unit) {
        for (int z : zones) {
            for (int k = 0; k <= top; k++) {
                List<RefFirm> posts = local.get(z * L + k);
                if (unit < posts.size()) {
                    return new Post(posts.get((int) unit), k);
                }
                unit -= posts.size();
            }
        }
        throw new IllegalArgumentException("no local post " + unit);
    }

    /** The remote-able post at {@code unit} (0 ≤ unit &lt; {@link #remoteTotal}), counted level by level. */
    Post remotePost(int top, long unit) {
        for (int k = 0; k <= top; k++) {
            List<RefFirm> posts = remote.get(k);
            if (unit < posts.size()) {
                return new Post(posts.get((int) unit), k);
            }
            unit -= posts.size();
        }
        throw new IllegalArgumentException("no remote post " + unit);
    }

    private static boolean alreadyChosen(List<RefFirm> firms, List<Integer> levels, RefFirm firm, int level) {
        for (int i = 0; i < firms.size(); i++) {
            if (firms.get(i) == firm && levels.get(i) == level) {
                return true;
            }
        }
        return false;
    }

    /** The firm ranks each level's applicants (skill, spell length, luck) and offers its vacancies to the best. */
    private static void screen(MersenneTwisterFast r, RefFirm f, LabourConfig lc) {
        for (int k = 0; k < L; k++) {
            List<RefPerson> applicants = f.applicants[k];
            if (applicants.isEmpty()) {
                continue;
            }
            int vacancies = f.vacancies[k];
            if (applicants.size() > vacancies) {
                int required = k;
                java.util.Map<RefPerson, Double> score = new java.util.HashMap<>();
                for (RefPerson p : applicants) {
                    int monthsOut = p.status == Status.UNEMPLOYED ? Math.min(p.monthsInStatus, lc.screeningSpellCapMonths()) : 0;
                    score.put(p, lc.screeningSkillWeight() * (p.skill - required)
                            - lc.screeningPenaltyPerMonth() * monthsOut + r.nextDouble());
                }
                applicants.sort((a, b) -> Double.compare(score.get(b), score.get(a)));
            }
            for (int i = 0; i < Math.min(vacancies, applicants.size()); i++) {
                RefPerson p = applicants.get(i);
                p.offerFirms.add(f);
                p.offerLevels.add(k);
            }
            applicants.clear();
        }
    }

    /** A person with offers takes the best-paid. */
    private static void accept(ReferenceModel m, RefPerson p) {
        if (p.offerFirms.isEmpty()) {
            return;
        }
        int best = 0;
        for (int i = 1; i < p.offerFirms.size(); i++) {
            if (p.offerFirms.get(i).postedWage[p.offerLevels.get(i)] > p.offerFirms.get(best).postedWage[p.offerLevels.get(best)]) {
                best = i;
            }
        }
        RefFirm firm = p.offerFirms.get(best);
        int level = p.offerLevels.get(best);
        p.offerFirms.clear();
        p.offerLevels.clear();
        ReferenceModel.Counters c = m.counters();
        if (p.status == Status.EMPLOYED) {
            RefFirm old = p.employer;
            old.jobs[p.jobLevel]--;
            old.workers.remove(p);
            c.jobToJobMoves++;
        }
        if (!m.places().reach().reaches(p.reachClass(), firm.zone)) {
            c.remoteHires++;
        }
        p.changeStatus(Status.EMPLOYED);
        p.employer = firm;
        p.jobLevel = (byte) level;
        p.monthlyWage = firm.postedWage[level];
        // the post's hours, drawn as the fast model's Hours does (from the model's MASON generator)
        HoursConfig hc = m.config().labour().hours();
        double chance = Hours.partTimeChance(m.sectors().partTimeShare(firm.sector), p.partTimeOdds);
        p.hours = m.random.nextDouble() < chance ? hc.partTimeFte() : 1.0;
        p.partTimeOdds = 1.0;
        firm.vacancies[level]--;
        firm.jobs[level]++;
        firm.workers.add(p);
        c.hires++;
        p.searchedOut = true;
    }

    /** Vacancies left open and searchers by zone, and the tightness in reach they imply. */
    private static void updateConditions(ReferenceModel m) {
        MarketConditions c = m.market();
        java.util.Arrays.fill(c.vacanciesByZone, 0);
        java.util.Arrays.fill(c.searchersByZone, 0);
        for (RefFirm f : m.firms()) {
            if (f.alive) {
                for (int k = 0; k < L; k++) {
                    c.vacanciesByZone[f.zone] += f.vacancies[k];
                }
            }
        }
        for (RefPerson p : m.persons()) {
            if (p.status == Status.UNEMPLOYED) {
                c.searchersByZone[p.zone]++;
            }
        }
        c.update(m.places().reach());
    }
}

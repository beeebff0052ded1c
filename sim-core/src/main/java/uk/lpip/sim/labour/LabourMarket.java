package uk.lpip.sim.labour;

import java.util.Arrays;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.LongList;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.rules.CouncilRules;
import uk.lpip.sim.rules.Hours;
import uk.lpip.sim.rules.ReservationWage;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.MarketConditions;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;
import uk.lpip.sim.state.VacancyPool;

/**
 * The labour market, the one place where people and jobs meet.
 *
 * <p>Each month: separations (layoffs marked by firms, closures), then a few rounds of search. Only posts
 * that are recruiting this month take applications ({@code labour.recruiting_chance}, a draw per post and month):
 * the others' vacancies stay open, as vacancies do while employers advertise and shortlist.
 * In a round, searchers — the unemployed, and some employed people looking for a better job —
 * send a few applications to vacancies drawn within their commuting reach whose skill
 * requirement they meet (and, with broadband at home, to remote-able vacancies anywhere),
 * skipping those that pay less than they would accept; the unemployed send a share
 * ({@code labour.stretch_application_share}) to vacancies one level above their qualification,
 * where screening ranks them behind qualified applicants. Some of the inactive search too, without
 * becoming unemployed, and if hired go straight into work ({@link DirectSearch}). An unemployed searcher's application
 * is a match the employer would hire only with {@code labour.match_chance} (times their council's
 * {@code labour.councils[].match_chance}), a direct searcher's with
 * {@code labour.direct_search_match_chance}, each times the searcher's {@link Employability} (callbacks fall
 * with the months of a spell; some people are less employable than others); the rest are turned down. Firms rank
 * applicants (skill, a penalty for long spells, luck, and any hiring incentive attached to the
 * person, such as a wage subsidy) and make as many offers as they have
 * vacancies; a person with several offers takes the best-paid, at the firm's posted wage (a full-time
 * rate: the post's hours, full or part time, are drawn at the hire, {@link Hours}). Stayers'
 * pay is reviewed on each anniversary of their hire ({@link PayReview}).
 *
 * <p>Applications are gathered per chunk in parallel and sorted into (slot, person) order, so
 * screening and offers are the same at any thread count.
 */
public final class LabourMarket implements Phase {
    private static final int L = Skill.LEVELS;
    /** Most applications a searcher sends in a round (the scenario format's bound on them). */
    public static final int MAX_APPLICATIONS = 16;
    /** Applications screened together in one block (see {@link #screenAndOffer}). */
    private static final int SCREENING_BLOCK = 8192;

    private final VacancyPool pool = new VacancyPool();
    private LongList[] appsByChunk = new LongList[0];
    private final LongList applications = new LongList();
    private final LongList offers = new LongList();
    private LongList[] offersByBlock = new LongList[0];
    private long[][] scoreBuffers = new long[0][];
    private long[] searchedOut = new long[0];   // hired this month: a bit a person (set in acceptance, read in parallel)
    private long[] searchingDirectly = new long[0];   // inactive and looking for work this month: a bit a person
    private final Recruiting recruiting = new Recruiting();
    private int[][] searchersByChunk = new int[0][];

    @Override
    public String name() {
        return "labour market";
    }

    @Override
    public void step(Economy e) {
        separations(e);
        LabourConfig lc = e.config.labour();
        int n = e.persons.count();
        if (searchedOut.length < (n + 63) >> 6) {
            searchedOut = new long[(Math.max(n, e.persons.capacity()) + 63) >> 6];   // grows with the persons' arrays
        }
        Arrays.fill(searchedOut, 0, (n + 63) >> 6, 0L);
        if (searchingDirectly.length < searchedOut.length) {
            searchingDirectly = new long[searchedOut.length];
        }
        new DirectSearch(lc, e.config.population().statePensionAgeYears()).mark(e, searchingDirectly);
        double[] zoneMatch = CouncilRules.matchChanceByZone(lc, e.places);
        long[] recruiting = this.recruiting.mark(e);
        for (int round = 0; round < lc.matchingRounds(); round++) {
            pool.rebuild(e.firms, e.places.zoneCount(), e.sectors, recruiting);
            if (pool.isEmpty()) {
                break;
            }
            gatherApplications(e, round, zoneMatch);
            screenAndOffer(e, round);
            accept(e);
        }
        e.firms.rebuildWorkforce(e.persons.employer, e.persons.jobLevel, e.persons.status, n, Status.EMPLOYED, e.parallel);
        PayReview.step(e);
        updateConditions(e);
    }

    private static void separations(Economy e) {
        Persons persons = e.persons;
        Firms firms = e.firms;
        KeyedRandom rng = e.random;
        int month = e.month();
        int zones = e.places.zoneCount();
        int chunks = ParallelChunks.chunkCount(persons.count(), Economy.PERSON_CHUNK);
        int[][] layoffs = new int[chunks][zones];
        e.parallel.forEachChunk(persons.count(), Economy.PERSON_CHUNK, (chunk, from, to) -> {
            for (int p = from; p < to; p++) {
                if (persons.status[p] != Status.EMPLOYED) {
                    continue;
                }
                int f = persons.employer[p];
                // a scheme's post is outside the firm's plan: it ends with its funding or the firm, not in a layoff
                double share = !firms.alive[f] ? 1.0
                        : persons.inSchemePost(p) ? (persons.schemePostEnding(p) ? 1.0 : 0.0)
                        : firms.layoffShare[f * L + persons.jobLevel[p]];
                if (share > 0 && rng.chance(Purpose.LAYOFF, month, p, share)) {
                    persons.leaveJob(p, Status.UNEMPLOYED);
                    layoffs[chunk][persons.zone[p]]++;
                }
            }
        });
        for (int[] chunkCounts : layoffs) {
            for (int z = 0; z < zones; z++) {
                e.counters.layoffs[z] += chunkCounts[z];
            }
        }
    }

    private void gatherApplications(Economy e, int round, double[] zoneMatch) {
        Persons persons = e.persons;
        Firms firms = e.firms;
        LabourConfig lc = e.config.labour();
        CommutingReach reach = e.places.reach();
        pool.sumReaches(reach.classCount(), reach::zones);
        KeyedRandom rng = e.random;
        int month = e.month();
        int n = persons.count();
        int chunks = ParallelChunks.chunkCount(n, Economy.PERSON_CHUNK);
        if (appsByChunk.length < chunks) {
            int old = appsByChunk.length;
            appsByChunk = Arrays.copyOf(appsByChunk, chunks);
            for (int c = old; c < chunks; c++) {
                appsByChunk[c] = new LongList();
            }
        }
        e.parallel.forEachChunk(n, Economy.PERSON_CHUNK, (chunk, from, to) -> {
            LongList apps = appsByChunk[chunk];
            apps.clear();
            int[] chosen = new int[MAX_APPLICATIONS];
            for (int p = from; p < to; p++) {
                byte status = persons.status[p];
                if ((searchedOut[p >>> 6] & 1L << p) != 0) {
                    continue;
                }
                // a scheme's post holder supported to look for a regular job searches as the unemployed do
                boolean supported = status == Status.EMPLOYED && persons.supportedSearch(p);
                boolean out = status == Status.UNEMPLOYED || supported
                        || (status != Status.EMPLOYED && (searchingDirectly[p >>> 6] & 1L << p) != 0);
                if (!out && status != Status.EMPLOYED) {
                    continue;
                }
                long key = roundKey(p, round);
                int count;
                double threshold;
                if (out) {
                    double wanted = lc.applicationsPerSearcher() * persons.searchIntensity(p);
                    count = (int) wanted;
                    if (rng.uniform(Purpose.APPLICATION, month, key, 0) < wanted - count) {
                        count++;
                    }
                    threshold = supported ? persons.monthlyWage[p]
                            : ReservationWage.of(lc, persons.monthlyWage[p], persons.skill[p], persons.monthsInStatus[p]);
                } else {
                    double share = lc.onTheJobSearchShare() * persons.searchIntensity(p);
                    if (!rng.chance(Purpose.ON_THE_JOB_SEARCH, month, key, share)) {
                        continue;
                    }
                    count = lc.onTheJobApplications();
                    threshold = persons.monthlyWage[p] * (1.0 + lc.jobSwitchPremium());
                }
                count = Math.min(count, MAX_APPLICATIONS);
                int reachClass = CommutingReach.classOf(persons.zone[p], persons.hasCar(p));
                int[] zones = reach.zones(reachClass);
                boolean broadband = hasBroadband(e, p);
                int own = persons.skill[p];
                long ownLocal = pool.unitsInReach(reachClass, own);
                long ownRemote = broadband ? pool.remoteUnits(own) : 0;
                // the unemployed send a share of applications to jobs one level above their qualification
                int up = out && own < L - 1 ? own + 1 : own;
                long upLocal = up == own ? ownLocal : pool.unitsInReach(reachClass, up);
                long upRemote = up == own ? ownRemote : broadband ? pool.remoteUnits(up) : 0;
                double stretch = up == own ? 0.0 : lc.stretchApplicationShare();
                double match = (status == Status.UNEMPLOYED || supported ? zoneMatch[persons.zone[p]] : lc.directSearchMatchChance())
                        * (out ? Employability.matchFactor(e, p) : 1.0);
                int sent = 0;
                for (int a = 0; a < count; a++) {
                    boolean stretched = stretch > 0
                            && rng.uniform(Purpose.APPLICATION, month, key, 1 + MAX_APPLICATIONS + a) < stretch;
                    int level = stretched ? up : own;
                    long local = stretched ? upLocal : ownLocal;
                    long remote = stretched ? upRemote : ownRemote;
                    long total = local + remote;
                    if (total == 0) {
                        continue;
                    }
                    double u = rng.uniform(Purpose.APPLICATION, month, key, 1 + a) * total;
                    int slot = u < local ? pool.draw(reachClass, zones, level, local, u / local)
                            : pool.drawRemote(level, (u - local) / remote);
                    if (firms.postedWage[slot] < threshold || slot / L == persons.employer[p]
                            || alreadyChosen(chosen, sent, slot)) {
                        continue;
                    }
                    if (out && match < 1.0
                            && rng.uniform(Purpose.APPLICATION, month, key, 1 + 2 * MAX_APPLICATIONS + a) >= match) {
                        continue;   // not a match: turned down whatever the vacancies
                    }
                    chosen[sent++] = slot;
                    apps.add(((long) slot << 32) | p);
                }
            }
        });
        applications.clear();
        for (int c = 0; c < chunks; c++) {
            applications.addAll(appsByChunk[c]);
        }
        applications.sort();
    }

    /** The key of a person's search and screening draws in one matching round. */
    static long roundKey(int p, int round) {
        return RandomKey.of(p, round);
    }

    /**
     * Whether a person's premises have superfast broadband: a fixed draw per person against their
     * zone's coverage, so that as coverage rises the same people stay covered and others join.
     */
    static boolean hasBroadband(Economy e, int p) {
        return e.random.uniform(Purpose.BROADBAND_COVERAGE, 0, p) < e.places.broadbandShare(e.persons.zone[p]);
    }

    private static boolean alreadyChosen(int[] chosen, int count, int slot) {
        for (int i = 0; i < count; i++) {
            if (chosen[i] == slot) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each slot ranks its applicants and offers its vacancies to the best. Slots are independent, so
     * they are screened in parallel: the round's applications (sorted by slot) in fixed blocks, each
     * block screening the slots whose first application falls in it. The offers are then sorted, so
     * they are the same list however the slots were shared out.
     */
    private void screenAndOffer(Economy e, int round) {
        int total = applications.size();
        int blocks = ParallelChunks.chunkCount(total, SCREENING_BLOCK);
        if (offersByBlock.length < blocks) {
            int old = offersByBlock.length;
            offersByBlock = Arrays.copyOf(offersByBlock, blocks);
            scoreBuffers = Arrays.copyOf(scoreBuffers, blocks);
            for (int b = old; b < blocks; b++) {
                offersByBlock[b] = new LongList();
                scoreBuffers[b] = new long[16];
            }
        }
        e.parallel.forEachChunk(total, SCREENING_BLOCK, (block, from, to) -> {
            int i = from;
            while (i > 0 && i < to && slotOf(i) == slotOf(i - 1)) {
                i++;                        // the slot began in the block before: screened there
            }
            offersByBlock[block].clear();
            screenSlots(e, round, i, to, block);
        });
        offers.clear();
        for (int b = 0; b < blocks; b++) {
            offers.addAll(offersByBlock[b]);
        }
        offers.sort();
    }

    private int slotOf(int application) {
        return (int) (applications.get(application) >>> 32);
    }

    /** Screens the slots whose first application lies in {@code [from, to)}, each to its last application. */
    private void screenSlots(Economy e, int round, int from, int to, int block) {
        LabourConfig lc = e.config.labour();
        Persons persons = e.persons;
        Firms firms = e.firms;
        KeyedRandom rng = e.random;
        int month = e.month();
        LongList out = offersByBlock[block];
        int total = applications.size();
        int i = from;
        while (i < to) {
            int slot = slotOf(i);
            int j = i;
            while (j < total && slotOf(j) == slot) {
                j++;
            }
            int vacancies = firms.vacancies[slot];
            int applicants = j - i;
            if (applicants <= vacancies) {
                for (int a = i; a < j; a++) {
                    out.add((applications.get(a) << 32) | slot);
                }
            } else {
                if (scoreBuffers[block].length < applicants) {
                    scoreBuffers[block] = new long[applicants * 2];
                }
                long[] scoreBuffer = scoreBuffers[block];
                int required = slot % L;
                for (int a = i; a < j; a++) {
                    int p = (int) applications.get(a);
                    int monthsOut = persons.status[p] != Status.EMPLOYED
                            ? Math.min(persons.monthsInStatus[p], lc.screeningSpellCapMonths()) : 0;
                    double score = lc.screeningSkillWeight() * (persons.skill[p] - required)
                            - lc.screeningPenaltyPerMonth() * monthsOut
                            + rng.uniform(Purpose.SCREENING, month, roundKey(p, round))
                            + persons.hiringBonus(p);
                    // Sort key: negated score quantised to 1e-6 (so the best sorts first), then the
                    // applicant's position (person-id order) to break ties deterministically.
                    long quantised = Math.round(-score * 1e6) + (1L << 40);
                    scoreBuffer[a - i] = (quantised << 20) | (a - i);
                }
                Arrays.sort(scoreBuffer, 0, applicants);
                for (int r = 0; r < vacancies; r++) {
                    int a = i + (int) (scoreBuffer[r] & 0xFFFFFL);
                    out.add((applications.get(a) << 32) | slot);
                }
            }
            i = j;
        }
    }

    /** Each person with offers takes the best-paid one. */
    private void accept(Economy e) {
        Persons persons = e.persons;
        Firms firms = e.firms;
        int i = 0;
        int total = offers.size();
        while (i < total) {
            int p = (int) (offers.get(i) >>> 32);
            int best = (int) offers.get(i);
            int j = i + 1;
            while (j < total && (int) (offers.get(j) >>> 32) == p) {
                int slot = (int) offers.get(j);
                if (firms.postedWage[slot] > firms.postedWage[best]) {
                    best = slot;
                }
                j++;
            }
            hire(e, p, best);
            searchedOut[p >>> 6] |= 1L << p;
            i = j;
        }
    }

    private static void hire(Economy e, int p, int slot) {
        Persons persons = e.persons;
        Firms firms = e.firms;
        int zone = persons.zone[p];
        if (persons.status[p] == Status.EMPLOYED) {
            int old = persons.employer[p];
            firms.jobs[old * L + persons.jobLevel[p]]--;
            e.counters.jobToJobMoves[zone]++;
        }
        int firm = slot / L;
        if (!e.places.reach().reaches(CommutingReach.classOf(zone, persons.hasCar(p)), firms.zone[firm])) {
            e.counters.remoteHires[zone]++;
        }
        DirectSearch.beforeHire(persons, p);   // from inactivity: the part-time odds
        persons.changeStatus(p, Status.EMPLOYED);
        persons.employer[p] = firm;
        persons.jobLevel[p] = (byte) (slot % L);
        persons.monthlyWage[p] = firms.postedWage[slot];
        Hours.onHire(persons, p, firms.sector[firm], e.sectors, e.config.labour().hours(), e.random, e.month());
        firms.vacancies[slot]--;
        firms.jobs[slot]++;
        e.counters.hires[zone]++;
    }

    /** Vacancies left open and searchers by zone, and the tightness in reach they imply. */
    private void updateConditions(Economy e) {
        MarketConditions m = e.market;
        Arrays.fill(m.vacanciesByZone, 0);
        Arrays.fill(m.searchersByZone, 0);
        Firms firms = e.firms;
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f]) {
                m.vacanciesByZone[firms.zone[f]] += firms.totalVacancies(f);
            }
        }
        // Searchers counted per chunk of persons in parallel (whole numbers: the same sums in any order).
        Persons persons = e.persons;
        int zones = m.searchersByZone.length;
        int chunks = ParallelChunks.chunkCount(persons.count(), Economy.PERSON_CHUNK);
        if (searchersByChunk.length < chunks || (chunks > 0 && searchersByChunk[0].length != zones)) {
            searchersByChunk = new int[chunks + (chunks >> 3)][zones];
        }
        e.parallel.forEachChunk(persons.count(), Economy.PERSON_CHUNK, (chunk, from, to) -> {
            int[] counts = searchersByChunk[chunk];
            Arrays.fill(counts, 0);
            for (int p = from; p < to; p++) {
                if (persons.status[p] == Status.UNEMPLOYED) {
                    counts[persons.zone[p]]++;
                }
            }
        });
        for (int c = 0; c < chunks; c++) {
            for (int z = 0; z < zones; z++) {
                m.searchersByZone[z] += searchersByChunk[c][z];
            }
        }
        m.update(e.places.reach());
    }
}

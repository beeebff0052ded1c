package uk.lpip.bench.reference;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import sim.engine.ParallelSequence;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.MarketConditions;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Status;

/**
 * The reference the fast core must beat: the same model (same mechanisms, equations, parameters
 * and scenario), written the way MASON models are usually written — one Java object per person,
 * household and firm, each its own {@link Steppable} on the schedule, grouped into
 * {@link ParallelSequence}s where steps are independent (persons, households, firms), with the
 * markets and councils as agents of their own. It starts from the same built economy as the fast
 * model (same people, households, firms and jobs) and then draws from MASON's own generators, so
 * the two agree in distribution, not draw for draw.
 *
 * <p>Scope: places without a water catchment and runs without interventions (what the benchmarks
 * run); it keeps no ledger (the money flows are the same, but not booked) and records region-level
 * metrics only ({@link RefMetrics}), where the fast model records every metric for every zone
 * and council — both make the reference's month cheaper, so the measured ratio is conservative.
 */
public final class ReferenceModel extends SimState implements AutoCloseable {
    private static final long serialVersionUID = 1L;

    /** Region-level counts of the month's flows. */
    static final class Counters {
        long hires;
        long jobToJobMoves;
        long layoffs;
        long remoteHires;
        long firmBirths;
        long firmDeaths;
    }

    /** One group's sums of the month (council tax, local spending, business rates, public purchases). */
    static final class Totals {
        final double[] councilTax;
        final double[] localSpending;
        final double[] businessRates;
        final double[] publicPurchases;
        final double[] ownerIncome;

        Totals(int councils, int zones) {
            councilTax = new double[councils];
            localSpending = new double[zones];
            businessRates = new double[councils];
            publicPurchases = new double[councils];
            ownerIncome = new double[councils];
        }

        void clear() {
            Arrays.fill(councilTax, 0);
            Arrays.fill(localSpending, 0);
            Arrays.fill(businessRates, 0);
            Arrays.fill(publicPurchases, 0);
            Arrays.fill(ownerIncome, 0);
        }
    }

    private final ModelConfig config;
    private final Places places;
    private final SectorTable sectors;
    private final TaxBenefit rules;
    private final MarketConditions market;
    private final int threads;
    private final MersenneTwisterFast[] groupRandom;
    private final Totals[] totals;
    private final Sequence[] personGroups;
    private final Sequence[] householdGroups;
    private final Sequence[] firmGroups;
    private final List<RefPerson> persons = new ArrayList<>();
    private final List<RefHousehold> households = new ArrayList<>();
    private final List<RefFirm> firms = new ArrayList<>();
    private final List<List<RefPerson>> birthsByGroup = new ArrayList<>();
    private final List<List<RefPerson>> deathsByGroup = new ArrayList<>();
    private final Counters counters = new Counters();
    final RefCouncils councils;
    final double[] externalDemandBySector;
    final double workingAgeAtStart;
    /** The broadband entry factor the place was built with, and the trend of closures entry follows. */
    final double startingEntryFactor;
    /** Each sector's presence factor as built (entrants' sectors are drawn with it). */
    final double[] sectorFactors;
    double closureTrend;
    double workingAgeNow;
    private final double birthHazard;
    private final RefMetrics metrics;
    private RefFirm.Phase firmPhase = RefFirm.Phase.TIDY;
    private double[] tradableDemandPerWeight = new double[0];
    private double[] localDemandPerWeight = new double[0];
    private double[] publicDemandPerWeight = new double[0];
    private int month;
    private final List<ParallelSequence> parallel = new ArrayList<>();
    private final RefLabourMarket labourMarket = new RefLabourMarket();

    /** Builds the starting economy exactly as the fast model does, then turns it into objects. */
    public ReferenceModel(ModelConfig config, int threads) {
        super(config.run().seed());
        if (config.water() != null) {
            throw new IllegalArgumentException("the reference model has no water; use a place without a catchment");
        }
        this.config = config;
        this.threads = threads;
        Economy e;
        try (ParallelChunks parallel = new ParallelChunks(1)) {
            e = EconomyBuilder.build(config, parallel);
        }
        this.places = e.places;
        this.sectors = e.sectors;
        this.rules = new TaxBenefit(config.taxBenefit());
        this.market = new MarketConditions(places.zoneCount(), config.labour().discouragement().referenceVacanciesPerSearcher());
        System.arraycopy(e.market.vacanciesPerSearcherInReach, 0, market.vacanciesPerSearcherInReach, 0,
                market.vacanciesPerSearcherInReach.length);
        System.arraycopy(e.market.localTightness, 0, market.localTightness, 0, market.localTightness.length);
        this.externalDemandBySector = e.externalDemandBySector.clone();
        PopulationSetup.Result built = PopulationSetup.convert(e, threads, random);
        persons.addAll(built.persons());
        households.addAll(built.households());
        firms.addAll(built.firms());
        this.startingEntryFactor = e.firms.startingEntryFactor;
        this.sectorFactors = e.firms.sectorFactors.clone();
        this.closureTrend = e.firms.closureTrend;
        this.workingAgeAtStart = workingAge();
        this.workingAgeNow = workingAgeAtStart;
        this.councils = new RefCouncils(e.councils);
        this.birthHazard = 1.0 - Math.pow(1.0 - config.population().birthsPerAdult20to44Yearly(), 1.0 / 12.0);
        this.metrics = new RefMetrics(config.run().months());
        groupRandom = new MersenneTwisterFast[threads];
        totals = new Totals[threads];
        personGroups = new Sequence[threads];
        householdGroups = new Sequence[threads];
        firmGroups = new Sequence[threads];
        for (int g = 0; g < threads; g++) {
            groupRandom[g] = new MersenneTwisterFast(config.run().seed() * 31 + g + 1);
            totals[g] = new Totals(places.councilCount(), places.zoneCount());
            personGroups[g] = new Sequence(new Steppable[0]);
            householdGroups[g] = new Sequence(new Steppable[0]);
            firmGroups[g] = new Sequence(new Steppable[0]);
            birthsByGroup.add(new ArrayList<>());
            deathsByGroup.add(new ArrayList<>());
        }
        regroup(personGroups, persons, p -> p.group);
        regroup(householdGroups, households, h -> h.group);
        regroup(firmGroups, firms, f -> f.group);
    }

    /**
     * Puts each agent in its group's sequence, replacing what the sequences held. (Arrays, since
     * MASON 18's {@code Sequence(Collection)} constructor leaves a sequence empty: its size is never set.)
     */
    private <T extends Steppable> void regroup(Sequence[] groups, List<T> agents, ToIntFunction<T> groupOf) {
        List<List<Steppable>> byGroup = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            byGroup.add(new ArrayList<>());
        }
        for (T agent : agents) {
            byGroup.get(groupOf.applyAsInt(agent)).add(agent);
        }
        for (int g = 0; g < groups.length; g++) {
            groups[g].replaceSteppables(byGroup.get(g).toArray(new Steppable[0]));
        }
    }

    private double workingAge() {
        double count = 0;
        for (RefPerson p : persons) {
            count += p.isWorkingAge() ? 1 : 0;
        }
        return count;
    }

    /** Steps the groups in parallel threads, or the one group directly. */
    private Steppable inParallel(Sequence[] groups) {
        if (threads == 1) {
            return groups[0];
        }
        ParallelSequence p = new ParallelSequence(groups, threads);
        parallel.add(p);
        return p;
    }

    @Override
    public void start() {
        super.start();
        Steppable personStep = inParallel(personGroups);
        Steppable householdStep = inParallel(householdGroups);
        Steppable firmStep = inParallel(firmGroups);
        RefFirmRegistry registry = new RefFirmRegistry();
        int o = 0;
        schedule.scheduleRepeating(Schedule.EPOCH, o++, s -> startMonth(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, personStep, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, s -> birthsAndDeaths(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, firmPhase(RefFirm.Phase.TIDY, firmStep), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, s -> registry.exitAndEntry(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, firmPhase(RefFirm.Phase.SHOCK, firmStep), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, s -> tradableDemandPerWeight = registry.tradableDemandPerWeight(this), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, firmPhase(RefFirm.Phase.PLAN, firmStep), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, labourMarket, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, firmPhase(RefFirm.Phase.PAYROLL, firmStep), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, householdStep, 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, s -> marketsForSales(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, firmPhase(RefFirm.Phase.SELL, firmStep), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, s -> payOwners(), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o++, s -> councils.step(this, totals), 1.0);
        schedule.scheduleRepeating(Schedule.EPOCH, o, s -> {
            if (month >= config.run().burnInMonths()) {
                metrics.record(this, month - config.run().burnInMonths());
            }
        }, 1.0);
    }

    private Steppable firmPhase(RefFirm.Phase phase, Steppable firmStep) {
        return s -> {
            firmPhase = phase;
            firmStep.step(s);
        };
    }

    /** Runs the burn-in and the recorded months; returns the region's recorded metrics. */
    public RefMetrics run() {
        start();
        for (int m = 0; m < config.run().totalMonths(); m++) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("the schedule ran out of events at month " + m);
            }
        }
        finish();
        return metrics;
    }

    private void startMonth() {
        month = (int) Math.round(schedule.getTime());
        counters.hires = counters.jobToJobMoves = counters.layoffs = counters.remoteHires = 0;
        counters.firmBirths = counters.firmDeaths = 0;
        for (Totals t : totals) {
            t.clear();
        }
        councils.startMonth();
    }

    /** Adds the month's newborns to their households and groups, removes the dead, settles empty households. */
    private void birthsAndDeaths() {
        boolean anyDeaths = false;
        for (int g = 0; g < threads; g++) {
            for (RefPerson dead : deathsByGroup.get(g)) {
                dead.household.members.remove(dead);
                anyDeaths = true;
            }
        }
        if (anyDeaths) {
            persons.removeIf(p -> p.status == Status.DEAD);
            regroup(personGroups, persons, p -> p.group);
        }
        for (int g = 0; g < threads; g++) {
            for (RefPerson parent : birthsByGroup.get(g)) {
                RefPerson child = new RefPerson(0, parent.household, parent.zone, (byte) 0, Status.CHILD, parent.car,
                        random.nextDouble() < places.broadbandShare(parent.zone), parent.group);
                child.lowEmployability = random.nextDouble() < config.labour().employability().lowShare();
                parent.household.members.add(child);
                personGroups[parent.group].addSteppable(child);
                persons.add(child);
            }
            birthsByGroup.get(g).clear();
            deathsByGroup.get(g).clear();
        }
        for (RefHousehold h : households) {
            if (h.members.isEmpty()) {
                h.savings = 0;   // the estate passes to the state
            }
        }
        workingAgeNow = workingAge();
    }

    /** Local-services demand per unit of market weight by zone, public-services demand by council. */
    private void marketsForSales() {
        int zones = places.zoneCount();
        double[] spending = new double[zones];
        for (Totals t : totals) {
            for (int z = 0; z < zones; z++) {
                spending[z] += t.localSpending[z];
            }
        }
        localDemandPerWeight = RefFirmRegistry.localDemandPerWeight(this, spending);
        publicDemandPerWeight = RefFirmRegistry.publicDemandPerWeight(this, councils.publicServiceBudget);
    }

    /** Owners' income of each council's locally owned firms, shared equally among its households. */
    private void payOwners() {
        double[] byCouncil = new double[places.councilCount()];
        for (Totals t : totals) {
            for (int c = 0; c < byCouncil.length; c++) {
                byCouncil[c] += t.ownerIncome[c];
            }
        }
        int[] occupied = new int[byCouncil.length];
        for (RefHousehold h : households) {
            if (!h.members.isEmpty()) {
                occupied[h.council]++;
            }
        }
        for (RefHousehold h : households) {
            double share = h.members.isEmpty() ? 0 : byCouncil[h.council] / occupied[h.council];
            h.ownerIncome = share;
            h.savings += share;
        }
    }

    void died(RefPerson p) {
        deathsByGroup.get(p.group).add(p);
    }

    void birthAskedBy(RefPerson parent) {
        birthsByGroup.get(parent.group).add(parent);
    }

    void addFirm(RefFirm f) {
        firms.add(f);
        firmGroups[f.group].addSteppable(f);
    }

    /** Drops closed firms whose workers have all left from the list and the schedule. */
    void removeFirms(List<RefFirm> gone) {
        if (gone.isEmpty()) {
            return;
        }
        firms.removeAll(new java.util.HashSet<>(gone));
        regroup(firmGroups, firms, f -> f.group);
    }

    RefLabourMarket labourMarket() {
        return labourMarket;
    }

    MersenneTwisterFast random(int group) {
        return groupRandom[group];
    }

    ModelConfig config() {
        return config;
    }

    Places places() {
        return places;
    }

    SectorTable sectors() {
        return sectors;
    }

    TaxBenefit rules() {
        return rules;
    }

    MarketConditions market() {
        return market;
    }

    Counters counters() {
        return counters;
    }

    Totals totals(int group) {
        return totals[group];
    }

    RefFirm.Phase firmPhase() {
        return firmPhase;
    }

    double birthHazard() {
        return birthHazard;
    }

    int threads() {
        return threads;
    }

    List<RefPerson> persons() {
        return persons;
    }

    List<RefHousehold> households() {
        return households;
    }

    List<RefFirm> firms() {
        return firms;
    }

    double tradableDemandPerWeight(int sector) {
        return tradableDemandPerWeight[sector];
    }

    double localDemandPerWeight(int zone) {
        return localDemandPerWeight[zone];
    }

    double publicDemandPerWeight(int council) {
        return publicDemandPerWeight[council];
    }

    /** The region's metrics recorded so far (months after the burn-in). */
    public RefMetrics metrics() {
        return metrics;
    }

    /** Persons alive now (for checks and benchmarks). */
    public int personCount() {
        return persons.size();
    }

    /** Stops the parallel sequences' threads. */
    @Override
    public void close() {
        for (ParallelSequence p : parallel) {
            p.cleanup();
        }
    }
}

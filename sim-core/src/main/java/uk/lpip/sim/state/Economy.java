package uk.lpip.sim.state;

import uk.lpip.sim.accounts.Ledger;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.Places;

/**
 * The whole state of one simulated economy: its places, agents, accounts and the shared
 * machinery (keyed random numbers, parallel chunks) that phases use. Phases read and change
 * it; nothing else holds agent state.
 */
public final class Economy {
    public static final int PERSON_CHUNK = 4096;
    public static final int HOUSEHOLD_CHUNK = 2048;
    public static final int FIRM_CHUNK = 512;
    /**
     * Persons per chunk of the loops that only count (the metrics' person counts and flows): their
     * per-chunk tallies are integers, so the chunking cannot change a result, and large chunks keep
     * few tally arrays (one per 65,536 persons instead of one per 4,096).
     */
    public static final int COUNT_CHUNK = 1 << 16;

    public final ModelConfig config;
    public final KeyedRandom random;
    public final ParallelChunks parallel;
    public final Places places;
    public final SectorTable sectors;
    public final Persons persons;
    public final Households households;
    public final Firms firms;
    public final Councils councils;
    public final Ledger ledger;
    public final MarketConditions market;
    public final MonthCounters counters;
    /** The month's household incomes and spending, summed by the incomes step for production. */
    public final IncomeTotals incomes;
    /**
     * Demand from outside the region for each tradable sector, £ per month. Firms of the sector
     * share it in proportion to their market weight, so entry and exit move market shares, not
     * the region's export market.
     */
    public final double[] externalDemandBySector;
    /**
     * Residents aged 16–64 at the start and now (counted by demography each month). Outside demand
     * for the region's tradables grows with its working-age population: in the long run jobs follow
     * the labour force, so employment rates stay stationary as the population grows or shrinks.
     */
    private double workingAgeAtStart;
    private WaterControls water;
    private double workingAgeNow;
    private int month;

    public Economy(ModelConfig config, ParallelChunks parallel, Places places, Persons persons,
                   Households households, Firms firms, Councils councils, Ledger ledger) {
        this.config = config;
        this.random = new KeyedRandom(config.run().seed());
        this.parallel = parallel;
        this.places = places;
        this.sectors = new SectorTable(config.sectors(), config.labour().skillProductivity(),
                config.labour().hours().partTimeFte());
        this.persons = persons;
        this.households = households;
        this.firms = firms;
        this.councils = councils;
        this.ledger = ledger;
        this.market = new MarketConditions(places.zoneCount(),
                config.labour().discouragement().referenceVacanciesPerSearcher());
        this.counters = new MonthCounters(places.zoneCount());
        this.incomes = new IncomeTotals(places.councilCount(), places.zoneCount());
        this.externalDemandBySector = new double[config.sectors().size()];
    }

    /** The place's catchment, or null for a place without one. */
    public WaterControls water() {
        return water;
    }

    /** Installs the catchment (once, when the model is built, before interventions are made). */
    public void installWater(WaterControls catchment) {
        if (water != null) {
            throw new IllegalStateException("the economy already has a catchment");
        }
        water = catchment;
    }

    /** The month being simulated, counted from the start of the burn-in (0-based). */
    public int month() {
        return month;
    }

    /** The month being simulated, counted from the end of the burn-in: negative during burn-in. */
    public int reportedMonth() {
        return month - config.run().burnInMonths();
    }

    /** Sets the month being simulated: the schedule does this; tests use it to step a phase on its own. */
    public void setMonth(int m) {
        this.month = m;
    }

    public void setWorkingAge(double count, boolean atStart) {
        workingAgeNow = count;
        if (atStart) {
            workingAgeAtStart = count;
        }
    }

    /** Working-age residents now relative to the start (1.0 before any change). */
    public double workingAgeGrowth() {
        return workingAgeAtStart > 0 ? workingAgeNow / workingAgeAtStart : 1.0;
    }

    /** Total money held by all five sectors; constant if the accounts close. */
    public double totalMoney() {
        return householdMoney() + firmMoney() + councilMoney()
                + ledger.centralGovernmentBalance() + ledger.restOfWorldBalance();
    }

    public double householdMoney() {
        double sum = 0;
        for (int h = 0; h < households.count(); h++) {
            sum += households.savings[h];
        }
        return sum;
    }

    public double firmMoney() {
        double sum = 0;
        for (int f = 0; f < firms.count(); f++) {
            sum += firms.cash[f];
        }
        return sum;
    }

    public double councilMoney() {
        double sum = 0;
        for (int c = 0; c < councils.count(); c++) {
            sum += councils.reserves[c];
        }
        return sum;
    }
}

package uk.lpip.sim.state;

import java.util.Arrays;
import uk.lpip.sim.engine.GroupIndex;
import uk.lpip.sim.engine.ParallelChunks;

/**
 * Every firm, as parallel arrays indexed by firm id. Per-skill quantities (jobs, vacancies,
 * posted wages, layoff shares) are flat arrays indexed by {@code firm * Skill.LEVELS + level}.
 * Firms that exit keep their id and are marked not alive; ids are never reused, so a firm id
 * in an output always means the same firm.
 */
public final class Firms {
    private static final int L = Skill.LEVELS;

    private int count;
    public byte[] sector;
    public int[] zone;
    public boolean[] alive;
    /** Value added per medium-skilled worker per month, £. */
    public float[] productivity;
    /** Productivity the firm started with: its price moves with its unit cost relative to then. */
    public float[] referenceProductivity;
    /**
     * Price of the firm's output relative to the base (1): local- and public-services firms pass on part of a
     * cost saving from higher productivity; tradable firms sell at outside prices (always 1). Output and
     * capacity are at base prices; sales are at this price.
     */
    public float[] price;
    /** Cash (negative: overdraft), £. This is the firm sector's money account. */
    public double[] cash;
    public int[] jobs;
    public int[] vacancies;
    public float[] postedWage;
    /** Share of each level's workers to lay off this month. */
    public float[] layoffShare;
    /** Long-run demand level, £ per month (tradables) or market weight (local and public services). */
    public double[] baseDemand;
    /** Current log demand shock (mean-reverting, size-proportional: Gibrat). */
    public double[] logShock;
    /** Demand seen this month and the smoothed expectation firms plan on, £ per month. */
    public double[] demand;
    public double[] expectedDemand;
    /** This month's output, sales, wage bill (incl. employer NI) and value added, £. */
    public double[] output;
    public double[] sales;
    public double[] wageBill;
    public double[] valueAdded;
    /**
     * Upper limit on this month's output, £, e.g. from water delivered; {@code +inf} if none.
     * The water phase sets it; production reads it.
     */
    public double[] outputCap;
    public short[] negativeCashMonths;
    public short[] ageMonths;
    /** Whether the firm has adopted superfast broadband (through a rollout). */
    public boolean[] broadbandAdopted;
    /**
     * The share of its planned output the firm expects water to allow (1 where water is never
     * short), smoothed over months; it plans its workforce for that much. The water step sets it.
     */
    public float[] waterOutlook;
    /**
     * The enterprise a firm (a site) belongs to: the id of its first site. Size bands, the exogenous
     * exit hazard and outputs by enterprise size count an enterprise's jobs over all its sites.
     */
    public int[] enterprise;
    /** Consecutive months with an operating loss (sales below inputs, business rates and wages). */
    public short[] lossMonths;
    /** Posts (filled and vacant) of the private firms that closed, per month, smoothed: the trend that entry replaces. */
    public double closureTrend = Double.NaN;
    /**
     * The broadband entry factor of the place as built, averaged over residents: at this coverage
     * entry replaces closures. Set by the builder.
     */
    public double startingEntryFactor = 1.0;
    /**
     * Each sector's presence factor as built ({@code rules.SectorPresence}): a sector's weight in a
     * zone is this times 1 (urban) or its rural weight. Null until the firms are built.
     */
    public double[] sectorFactors;

    /** Firm → its workers, rebuilt by {@link #rebuildWorkforce}. */
    private final GroupIndex workforce = new GroupIndex();

    public Firms(int capacity) {
        sector = new byte[capacity];
        zone = new int[capacity];
        alive = new boolean[capacity];
        productivity = new float[capacity];
        referenceProductivity = new float[capacity];
        price = new float[capacity];
        cash = new double[capacity];
        jobs = new int[capacity * L];
        vacancies = new int[capacity * L];
        postedWage = new float[capacity * L];
        layoffShare = new float[capacity * L];
        baseDemand = new double[capacity];
        logShock = new double[capacity];
        demand = new double[capacity];
        expectedDemand = new double[capacity];
        output = new double[capacity];
        sales = new double[capacity];
        wageBill = new double[capacity];
        valueAdded = new double[capacity];
        outputCap = new double[capacity];
        negativeCashMonths = new short[capacity];
        ageMonths = new short[capacity];
        broadbandAdopted = new boolean[capacity];
        waterOutlook = new float[capacity];
        enterprise = new int[capacity];
        lossMonths = new short[capacity];
    }

    public int count() {
        return count;
    }

    public int add(byte sectorId, int zoneId, float productivityValue, double base, double cashValue) {
        ensureCapacity(count + 1);
        int f = count++;
        sector[f] = sectorId;
        zone[f] = zoneId;
        alive[f] = true;
        productivity[f] = productivityValue;
        referenceProductivity[f] = productivityValue;
        price[f] = 1f;
        cash[f] = cashValue;
        baseDemand[f] = base;
        outputCap[f] = Double.POSITIVE_INFINITY;
        waterOutlook[f] = 1f;
        enterprise[f] = f;
        return f;
    }

    public int totalJobs(int f) {
        int sum = 0;
        for (int s = 0; s < L; s++) {
            sum += jobs[f * L + s];
        }
        return sum;
    }

    /**
     * Whether the firm takes part in its market: alive, or closed with customers that have not yet
     * all moved to rivals (its fading weight still counts in the market's total, unserved).
     */
    public boolean inMarket(int f) {
        return alive[f] || baseDemand[f] > 0;
    }

    /** Filled jobs of every enterprise, indexed by the enterprise's id (its first site); closed sites count 0. */
    public int[] enterpriseJobs() {
        int[] out = new int[count];
        for (int f = 0; f < count; f++) {
            if (alive[f]) {
                out[enterprise[f]] += totalJobs(f);
            }
        }
        return out;
    }

    public int totalVacancies(int f) {
        int sum = 0;
        for (int s = 0; s < L; s++) {
            sum += vacancies[f * L + s];
        }
        return sum;
    }

    /**
     * Rebuilds the workforce index (firm → its workers, in person-id order; see {@link GroupIndex})
     * and the job counts from the persons' employer and job level; the jobs by level are counted
     * firm by firm from the lists, in parallel by blocks of firms.
     */
    public void rebuildWorkforce(int[] employer, byte[] jobLevel, byte[] status, int persons, byte employedCode,
            ParallelChunks parallel) {
        workforce.rebuild(persons, count, p -> status[p] == employedCode ? employer[p] : -1, parallel);
        int firmBlock = Math.max(1, ParallelChunks.chunkCount(count, parallel.threads()));
        parallel.forEachChunk(count, firmBlock, (block, lo, hi) -> {
            Arrays.fill(jobs, lo * L, hi * L, 0);
            for (int f = lo; f < hi; f++) {
                for (int i = workforce.start(f); i < workforce.end(f); i++) {
                    jobs[f * L + jobLevel[workforce.item(i)]]++;
                }
            }
        });
    }

    public int firstWorker(int f) {
        return workforce.start(f);
    }

    public int endWorker(int f) {
        return workforce.end(f);
    }

    public int worker(int index) {
        return workforce.item(index);
    }

    private void ensureCapacity(int needed) {
        if (needed <= sector.length) {
            return;
        }
        int cap = Math.max(needed, sector.length + (sector.length >> 1) + 16);
        sector = Arrays.copyOf(sector, cap);
        zone = Arrays.copyOf(zone, cap);
        alive = Arrays.copyOf(alive, cap);
        productivity = Arrays.copyOf(productivity, cap);
        referenceProductivity = Arrays.copyOf(referenceProductivity, cap);
        price = Arrays.copyOf(price, cap);
        cash = Arrays.copyOf(cash, cap);
        jobs = Arrays.copyOf(jobs, cap * L);
        vacancies = Arrays.copyOf(vacancies, cap * L);
        postedWage = Arrays.copyOf(postedWage, cap * L);
        layoffShare = Arrays.copyOf(layoffShare, cap * L);
        baseDemand = Arrays.copyOf(baseDemand, cap);
        logShock = Arrays.copyOf(logShock, cap);
        demand = Arrays.copyOf(demand, cap);
        expectedDemand = Arrays.copyOf(expectedDemand, cap);
        output = Arrays.copyOf(output, cap);
        sales = Arrays.copyOf(sales, cap);
        wageBill = Arrays.copyOf(wageBill, cap);
        valueAdded = Arrays.copyOf(valueAdded, cap);
        outputCap = Arrays.copyOf(outputCap, cap);
        negativeCashMonths = Arrays.copyOf(negativeCashMonths, cap);
        ageMonths = Arrays.copyOf(ageMonths, cap);
        broadbandAdopted = Arrays.copyOf(broadbandAdopted, cap);
        waterOutlook = Arrays.copyOf(waterOutlook, cap);
        enterprise = Arrays.copyOf(enterprise, cap);
        lossMonths = Arrays.copyOf(lossMonths, cap);
    }
}

package uk.lpip.sim.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.engine.BranchLocal;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Councils;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.InterventionTallies;
import uk.lpip.sim.state.MonthCounters;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.Status;
import uk.lpip.sim.state.WaterControls;
import uk.lpip.sim.state.WaterMonth;

/**
 * Measures the month per zone, council and region (see {@link Metric}) and records it, from the
 * end of the burn-in on. Counts are reduced per chunk in parallel; distributions (medians,
 * poverty, Gini) are grouped and sorted per area by {@link GroupedDistributions}, in arrays reused
 * month to month.
 */
public final class MetricsPhase implements Phase {
    private static final int POP = 0;
    private static final int WA = 1;
    private static final int EMP_WA = 2;
    private static final int EMP = 3;
    private static final int UNEMP = 4;
    private static final int STUDENT = 5;
    private static final int CARING = 6;
    private static final int SICK = 7;
    private static final int RETIRED = 8;
    private static final int DISCOURAGED = 9;
    private static final int LONG_TERM = 10;
    private static final int COUNTS = 11;
    private static final int LONG_TERM_MONTHS = 12;

    private final MetricsTable table;
    private final InterventionTallies interventions;
    private long[][] countsByChunk = new long[0][];
    private TaxBenefit rules;
    private final FlowMetrics flows = new FlowMetrics();
    /**
     * Scratch distributions, one for each task running at once (at most the thread count), reused
     * month to month: no simulated state, so each arm keeps its own.
     */
    @BranchLocal
    private final List<GroupedDistributions> spare = new ArrayList<>();
    private static final Metric[] FLOWS = {Metric.FLOW_E_U, Metric.FLOW_E_I, Metric.FLOW_U_E, Metric.FLOW_U_I,
        Metric.FLOW_I_E, Metric.FLOW_I_U};
    private static final Metric[] FLOW_RATES = {Metric.FLOW_RATE_E_U, Metric.FLOW_RATE_E_I, Metric.FLOW_RATE_U_E,
        Metric.FLOW_RATE_U_I, Metric.FLOW_RATE_I_E, Metric.FLOW_RATE_I_U};
    private static final Metric[] QUARTERLY_RATES = {Metric.QUARTERLY_RATE_E_U, Metric.QUARTERLY_RATE_E_I,
        Metric.QUARTERLY_RATE_U_E, Metric.QUARTERLY_RATE_U_I, Metric.QUARTERLY_RATE_I_E, Metric.QUARTERLY_RATE_I_U};
    /** The (from, to) state indices (E 0, U 1, I 2) of the six flows above. */
    private static final int[][] FLOW_PAIRS = {{0, 1}, {0, 2}, {1, 0}, {1, 2}, {2, 0}, {2, 1}};
    private static final Metric[] EXIT_RATES = {Metric.U_EXIT_RATE_UNDER_3_MONTHS, Metric.U_EXIT_RATE_3_TO_6_MONTHS,
        Metric.U_EXIT_RATE_6_TO_12_MONTHS, Metric.U_EXIT_RATE_12_MONTHS_PLUS};

    public MetricsPhase(MetricsTable table, InterventionTallies interventions) {
        this.table = table;
        this.interventions = interventions;
    }

    @Override
    public String name() {
        return "metrics";
    }

    /** The catchment's month for the region: water metrics are recorded only where there is one. */
    private void water(WaterControls c, int month, int region) {
        WaterMonth w = c.last();
        double demand = w.totalDemand();
        double delivered = w.totalDelivered();
        table.set(month, region, Metric.SCARCITY_LEVEL, w.level().ordinal());
        table.set(month, region, Metric.RIVER_FLOW, w.outflow()[c.outlet()]);
        table.set(month, region, Metric.RESERVOIR_STORAGE, w.totalStorage());
        table.set(month, region, Metric.WATER_DEMAND, demand);
        table.set(month, region, Metric.WATER_DELIVERED, delivered);
        table.set(month, region, Metric.WATER_SHORTFALL, Math.max(0, demand - delivered));
        table.set(month, region, Metric.WATER_TRADED, w.tradeVolume());
        table.set(month, region, Metric.WATER_PRICE, w.tradePrice());
        table.set(month, region, Metric.GVA_LOST_TO_WATER, w.gvaLost());
        table.set(month, region, Metric.JOBS_IDLED_BY_WATER, w.jobsIdle());
        table.set(month, region, Metric.WATER_RESTRICTION_COST, w.restrictionCost());
    }

    public MetricsTable table() {
        return table;
    }

    @Override
    public void step(Economy e) {
        long[] flowCounts = flows.observe(e);
        if (e.reportedMonth() < 0) {
            return;
        }
        int month = table.startMonth();
        Places places = e.places;
        Areas areas = table.areas();
        int zones = places.zoneCount();
        long[] counts = personCounts(e);

        // Counts of persons, summed up from zones to councils and the region.
        double[][] c = new double[COUNTS][];
        for (int k = 0; k < COUNTS; k++) {
            double[] perZone = new double[zones];
            for (int z = 0; z < zones; z++) {
                perZone[z] = counts[z * COUNTS + k];
            }
            c[k] = rollUp(places, areas, perZone);
        }
        for (int a = 0; a < areas.count(); a++) {
            double wa = c[WA][a];
            double active = c[EMP][a] + c[UNEMP][a];
            double inactive = c[STUDENT][a] + c[CARING][a] + c[SICK][a] + c[RETIRED][a] + c[DISCOURAGED][a];
            table.set(month, a, Metric.POPULATION, c[POP][a]);
            table.set(month, a, Metric.WORKING_AGE_POPULATION, wa);
            table.set(month, a, Metric.EMPLOYED, c[EMP_WA][a]);
            table.set(month, a, Metric.UNEMPLOYED, c[UNEMP][a]);
            table.set(month, a, Metric.EMPLOYMENT_RATE, ratio(c[EMP_WA][a], wa));
            table.set(month, a, Metric.UNEMPLOYMENT_RATE, ratio(c[UNEMP][a], active));
            table.set(month, a, Metric.INACTIVITY_RATE, ratio(inactive, wa));
            table.set(month, a, Metric.INACTIVE_STUDENT_RATE, ratio(c[STUDENT][a], wa));
            table.set(month, a, Metric.INACTIVE_CARING_RATE, ratio(c[CARING][a], wa));
            table.set(month, a, Metric.INACTIVE_LONG_TERM_SICK_RATE, ratio(c[SICK][a], wa));
            table.set(month, a, Metric.INACTIVE_RETIRED_RATE, ratio(c[RETIRED][a], wa));
            table.set(month, a, Metric.DISCOURAGED_RATE, ratio(c[DISCOURAGED][a], wa));
            table.set(month, a, Metric.DISCOURAGED_SHARE_OF_INACTIVE, ratio(c[DISCOURAGED][a], inactive));
            table.set(month, a, Metric.LONG_TERM_UNEMPLOYMENT_SHARE, ratio(c[LONG_TERM][a], c[UNEMP][a]));
        }

        MonthCounters mc = e.counters;
        setRolledUp(month, places, areas, Metric.HIRES, toDouble(mc.hires));
        setRolledUp(month, places, areas, Metric.JOB_TO_JOB_MOVES, toDouble(mc.jobToJobMoves));
        setRolledUp(month, places, areas, Metric.LAYOFFS, toDouble(mc.layoffs));
        setRolledUp(month, places, areas, Metric.REMOTE_HIRES, toDouble(mc.remoteHires));
        setRolledUp(month, places, areas, Metric.FIRM_BIRTHS, toDouble(mc.firmBirths));
        setRolledUp(month, places, areas, Metric.FIRM_DEATHS, toDouble(mc.firmDeaths));
        setRolledUp(month, places, areas, Metric.BIRTHS, toDouble(mc.births));
        setRolledUp(month, places, areas, Metric.DEATHS, toDouble(mc.deaths));

        FirmMetrics.record(e.firms, zones, month, areas, zoneValues -> rollUp(places, areas, zoneValues), table,
                c[UNEMP], toDouble(mc.vacanciesAtMatching));
        double[] coveredResidents = new double[zones];
        for (int z = 0; z < zones; z++) {
            coveredResidents[z] = places.broadbandShare(z) * counts[z * COUNTS + POP];
        }
        double[] covered = rollUp(places, areas, coveredResidents);
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, Metric.BROADBAND_COVERAGE, ratio(covered[a], c[POP][a]));
        }

        Councils councils = e.councils;
        double income = 0;
        double spending = 0;
        double reserves = 0;
        for (int k = 0; k < councils.count(); k++) {
            table.set(month, areas.council(k), Metric.COUNCIL_INCOME, councils.income[k]);
            table.set(month, areas.council(k), Metric.COUNCIL_SPENDING, councils.spending[k]);
            table.set(month, areas.council(k), Metric.COUNCIL_RESERVES, councils.reserves[k]);
            income += councils.income[k];
            spending += councils.spending[k];
            reserves += councils.reserves[k];
        }
        table.set(month, areas.region(), Metric.COUNCIL_INCOME, income);
        table.set(month, areas.region(), Metric.COUNCIL_SPENDING, spending);
        table.set(month, areas.region(), Metric.COUNCIL_RESERVES, reserves);
        table.set(month, areas.region(), Metric.CONSUMPTION, e.incomes.consumption);
        table.set(month, areas.region(), Metric.REAL_CONSUMPTION, e.incomes.realConsumption);
        table.set(month, areas.region(), Metric.LOCAL_SERVICES_PRICE, e.incomes.localPriceIndex);
        table.set(month, areas.region(), Metric.OWNER_INCOME, e.ledger.flow(Flow.OWNER_INCOME));
        table.set(month, areas.region(), Metric.INTERVENTION_SPEND, interventions.spentThisMonth());
        table.set(month, areas.region(), Metric.PROGRAMME_PARTICIPANTS, interventions.participants());
        table.set(month, areas.region(), Metric.PROGRAMME_STARTS, interventions.startsThisMonth());
        table.set(month, areas.region(), Metric.PROGRAMME_COMPLETIONS, interventions.completionsThisMonth());
        table.set(month, areas.region(), Metric.OUTREACH_CONTACTS, interventions.contactsThisMonth());
        if (e.water() != null) {
            water(e.water(), month, areas.region());
        }

        if (rules == null) {
            rules = new TaxBenefit(e.config.taxBenefit());
        }
        // The two parts of pay, and commuting with incomes, read persons and households and set
        // different metrics: independent tasks, each summing in the same order at any thread count.
        e.parallel.forEachChunk(PayMetrics.PARTS + 1, 1, (task, from, to) -> {
            GroupedDistributions scratch = borrow(places);
            try {
                if (task < PayMetrics.PARTS) {
                    PayMetrics.record(task, e, month, areas, table, rules, scratch);
                } else {
                    commuting(e, month, areas);
                    incomeDistribution(e, month, areas, scratch);
                }
            } finally {
                giveBack(scratch);
            }
        });
        recordFlows(month, places, areas, flowCounts);
    }

    private GroupedDistributions borrow(Places places) {
        synchronized (spare) {
            return spare.isEmpty() ? new GroupedDistributions(places) : spare.remove(spare.size() - 1);
        }
    }

    private void giveBack(GroupedDistributions scratch) {
        synchronized (spare) {
            spare.add(scratch);
        }
    }

    /** Gross flows, their monthly and quarterly rates, and exits from unemployment by spell. */
    private void recordFlows(int month, Places places, Areas areas, long[] counts) {
        int zones = places.zoneCount();
        double[][] c = new double[FlowMetrics.K][];
        for (int k = 0; k < FlowMetrics.K; k++) {
            double[] perZone = new double[zones];
            for (int z = 0; z < zones; z++) {
                perZone[z] = counts[z * FlowMetrics.K + k];
            }
            c[k] = rollUp(places, areas, perZone);
        }
        int n = FlowMetrics.STATES;
        // Counts for every area; rates for councils and the region only (a zone's few movers make them
        // noise, and an empty source stock would leave a zone's row out of one arm but not the other);
        // exit rates by spell for the region only.
        boolean[] rates = new boolean[areas.count()];
        for (int k = 0; k < places.councilCount(); k++) {
            rates[areas.council(k)] = true;
        }
        rates[areas.region()] = true;
        for (int a = 0; a < areas.count(); a++) {
            for (int i = 0; i < FLOWS.length; i++) {
                int from = FLOW_PAIRS[i][0];
                int to = FLOW_PAIRS[i][1];
                double monthlyStock = 0;
                double quarterlyStock = 0;
                for (int t = 0; t < n; t++) {
                    monthlyStock += c[FlowMetrics.MONTHLY + from * n + t][a];
                    quarterlyStock += c[FlowMetrics.QUARTERLY + from * n + t][a];
                }
                double monthly = c[FlowMetrics.MONTHLY + from * n + to][a];
                table.set(month, a, FLOWS[i], monthly);
                if (rates[a]) {
                    table.set(month, a, FLOW_RATES[i], rateOrZero(monthly, monthlyStock));
                    table.set(month, a, QUARTERLY_RATES[i],
                            rateOrZero(c[FlowMetrics.QUARTERLY + from * n + to][a], quarterlyStock));
                }
            }
        }
        int region = areas.region();
        for (int b = 0; b < FlowMetrics.BANDS; b++) {
            table.set(month, region, EXIT_RATES[b],
                    rateOrZero(c[FlowMetrics.BAND_EXITS + b][region], c[FlowMetrics.BAND_STOCK + b][region]));
        }
    }

    private long[] personCounts(Economy e) {
        Persons persons = e.persons;
        int zones = e.places.zoneCount();
        int pensionAge = e.config.population().statePensionAgeYears() * 12;
        int chunks = ParallelChunks.chunkCount(persons.count(), Economy.COUNT_CHUNK);
        if (countsByChunk.length < chunks || (chunks > 0 && countsByChunk[0].length != zones * COUNTS)) {
            countsByChunk = new long[chunks][zones * COUNTS];
        }
        e.parallel.forEachChunk(persons.count(), Economy.COUNT_CHUNK, (chunk, from, to) -> {
            long[] k = countsByChunk[chunk];
            Arrays.fill(k, 0);
            for (int p = from; p < to; p++) {
                byte s = persons.status[p];
                if (s == Status.DEAD) {
                    continue;
                }
                int base = persons.zone[p] * COUNTS;
                k[base + POP]++;
                int age = persons.ageMonths[p];
                boolean workingAge = age >= 16 * 12 && age < 65 * 12;
                if (s == Status.EMPLOYED) {
                    k[base + EMP]++;
                } else if (s == Status.UNEMPLOYED) {
                    k[base + UNEMP]++;
                    if (persons.monthsInStatus[p] >= LONG_TERM_MONTHS) {
                        k[base + LONG_TERM]++;
                    }
                }
                if (!workingAge || age >= pensionAge) {
                    continue;
                }
                k[base + WA]++;
                switch (s) {
                    case Status.EMPLOYED -> k[base + EMP_WA]++;
                    case Status.STUDENT -> k[base + STUDENT]++;
                    case Status.CARING -> k[base + CARING]++;
                    case Status.LONG_TERM_SICK -> k[base + SICK]++;
                    case Status.RETIRED -> k[base + RETIRED]++;
                    case Status.DISCOURAGED -> k[base + DISCOURAGED]++;
                    default -> { }
                }
            }
        });
        long[] total = new long[zones * COUNTS];
        for (int ch = 0; ch < chunks; ch++) {
            for (int i = 0; i < total.length; i++) {
                total[i] += countsByChunk[ch][i];
            }
        }
        return total;
    }

    private void commuting(Economy e, int month, Areas areas) {
        Persons persons = e.persons;
        Places places = e.places;
        double[] minutesSaved = new double[places.zoneCount()];
        if (places.networkAsAtStart()) {
            // every journey takes what it took at the start: each saves exactly 0 (see commuteMinutesSaved)
            setRolledUp(month, places, areas, Metric.COMMUTE_MINUTES_SAVED, minutesSaved);
            return;
        }
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.EMPLOYED && persons.employer[p] >= 0) {
                int home = persons.zone[p];
                minutesSaved[home] += 2 * commuteMinutesSaved(places, home, e.firms.zone[persons.employer[p]], persons.hasCar(p));
            }
        }
        setRolledUp(month, places, areas, Metric.COMMUTE_MINUTES_SAVED, minutesSaved);
    }

    /**
     * Minutes saved on one journey to work against the network at the start of the run (DfT TAG
     * unit A1.3, rule of a half): a journey that network allowed saves its whole time difference; a
     * journey it did not allow (beyond the commuting reach then) saves half the difference between the
     * longest journey people make and today's time. A journey within the home zone saves nothing: it is
     * always within reach (on foot, say), and the model has no network inside a zone to improve. A
     * remote worker (workplace beyond today's reach) does not commute.
     */
    static double commuteMinutesSaved(Places places, int home, int work, boolean hasCar) {
        double now = places.commuteMinutes(home, work, hasCar);
        double longest = places.maxCommuteMinutes(hasCar);
        if (work == home || !(now <= longest)) {
            return 0;
        }
        double before = places.startCommuteMinutes(home, work, hasCar);
        return before <= longest ? before - now : 0.5 * (longest - now);
    }

    private void incomeDistribution(Economy e, int month, Areas areas, GroupedDistributions incomes) {
        Households hh = e.households;
        double[] taxes = new double[e.places.zoneCount()];
        double[] benefits = new double[e.places.zoneCount()];
        incomes.clear();
        for (int h = 0; h < hh.count(); h++) {
            if (hh.size(h) > 0) {
                incomes.add((float) hh.equivalisedIncome[h], hh.size(h), hh.zone[h]);
                taxes[hh.zone[h]] += hh.taxes[h];
                benefits[hh.zone[h]] += hh.benefit[h];
            }
        }
        setRolledUp(month, e.places, areas, Metric.INCOME_TAX_AND_NI, taxes);
        setRolledUp(month, e.places, areas, Metric.BENEFITS, benefits);
        incomes.group();
        // Relative poverty: below 60% of the region's median.
        double povertyLine = 0.6 * incomes.median(areas.region());
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, Metric.MEDIAN_EQUIVALISED_INCOME, incomes.median(a));
            table.set(month, a, Metric.RELATIVE_POVERTY_RATE, incomes.shareBelow(a, povertyLine));
            table.set(month, a, Metric.GINI_EQUIVALISED_INCOME, incomes.gini(a));
        }
    }

    private void setRolledUp(int month, Places places, Areas areas, Metric metric, double[] perZone) {
        double[] values = rollUp(places, areas, perZone);
        for (int a = 0; a < areas.count(); a++) {
            table.set(month, a, metric, values[a]);
        }
    }

    /** Sums zone values into councils and the region, laid out by area index. */
    static double[] rollUp(Places places, Areas areas, double[] perZone) {
        double[] out = new double[areas.count()];
        for (int z = 0; z < perZone.length; z++) {
            out[areas.zone(z)] = perZone[z];
            out[areas.council(places.councilOf(z))] += perZone[z];
            out[areas.region()] += perZone[z];
        }
        return out;
    }

    private static double[] toDouble(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** A transition rate, 0 when nobody was in the source state (so every arm reports the same rows). */
    private static double rateOrZero(double moved, double stock) {
        return stock > 0 ? moved / stock : 0.0;
    }

    private static double ratio(double numerator, double denominator) {
        return denominator > 0 ? numerator / denominator : Double.NaN;
    }
}

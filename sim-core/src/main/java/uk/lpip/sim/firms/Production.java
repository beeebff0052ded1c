package uk.lpip.sim.firms;

import java.util.Arrays;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Councils;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.IncomeTotals;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;

/**
 * Production. Firms pay wages and employer NI and, with the month's household incomes and
 * spending summed by the incomes step ({@link IncomeTotals}), sell: tradable sectors
 * to outside demand, local services to the households that can reach them and public services to
 * their council's budget, at their prices ({@link ServiceDemand}; unmet local spending leaks out of
 * the region). Firms buy inputs from outside the region, pay business rates to their council and
 * pay out profits above a cash buffer: the locally owned share to households in their council,
 * the rest out of the region. Every payment is recorded in the ledger, so the accounts close.
 */
public final class Production implements Phase {
    private static final int L = Skill.LEVELS;
    private static final int EXPORTS = 0;
    private static final int LOCAL_SALES = 1;
    private static final int INPUTS = 2;
    private static final int DIVIDENDS = 3;
    private static final int WAGES = 4;
    private static final int EMPLOYER_NI = 5;
    private static final int OWNER_INCOME = 6;
    private static final int REAL_LOCAL_SALES = 7;
    private static final int SCALARS = 8;

    private final TaxBenefit rules;
    private double[][] scalars = new double[0][];
    private double[][] ratesByCouncil = new double[0][];
    private double[][] purchasesByCouncil = new double[0][];
    private double[][] ownersByCouncil = new double[0][];
    private int[] householdsByCouncil = new int[0];
    private final ServiceDemand demand = new ServiceDemand();

    public Production(Economy e) {
        this.rules = new TaxBenefit(e.config.taxBenefit());
    }

    @Override
    public String name() {
        return "production";
    }

    public TaxBenefit rules() {
        return rules;
    }

    @Override
    public void step(Economy e) {
        payroll(e);
        demand.compute(e, e.incomes.localSpendingByZone);
        sell(e, demand.localPerWeight, demand.publicPerWeight);
    }

    /**
     * Each firm's wage bill (earnings, by each worker's hours, plus employer NI) and capacity output from its
     * current workforce: each worker produces their job's skill weight times their hours as a share of the
     * sector's average post.
     */
    private void payroll(Economy e) {
        Firms firms = e.firms;
        Persons persons = e.persons;
        double[] weight = e.config.labour().skillProductivity();
        e.parallel.forEachChunk(firms.count(), Economy.FIRM_CHUNK, (chunk, from, to) -> {
            for (int f = from; f < to; f++) {
                double bill = 0;
                double effective = 0;
                for (int i = firms.firstWorker(f); i < firms.endWorker(f); i++) {
                    int p = firms.worker(i);
                    double w = (double) persons.monthlyWage[p] * persons.hours(p);
                    bill += w + rules.employerNi(w);
                    effective += weight[persons.jobLevel[p]] * persons.hours(p);
                }
                firms.wageBill[f] = bill;
                // productivity is per post of the sector's average hours; a worker produces by their hours
                effective /= e.sectors.meanPostFte(firms.sector[f]);
                firms.output[f] = Math.min(firms.productivity[f] * effective, firms.outputCap[f]);
            }
        });
    }

    private void sell(Economy e, double[] localPerWeight, double[] publicPerWeight) {
        Firms firms = e.firms;
        SectorTable sectors = e.sectors;
        FirmDynamicsConfig fd = e.config.firmDynamics();
        int councilCount = e.places.councilCount();
        int chunks = ParallelChunks.chunkCount(firms.count(), Economy.FIRM_CHUNK);
        double sigma = fd.providerSubstitution();
        if (scalars.length < chunks) {
            scalars = new double[chunks][SCALARS];
            ratesByCouncil = new double[chunks][councilCount];
            purchasesByCouncil = new double[chunks][councilCount];
            ownersByCouncil = new double[chunks][councilCount];
        }
        e.parallel.forEachChunk(firms.count(), Economy.FIRM_CHUNK, (chunk, from, to) -> {
            double[] sums = scalars[chunk];
            double[] rates = ratesByCouncil[chunk];
            double[] purchases = purchasesByCouncil[chunk];
            double[] owners = ownersByCouncil[chunk];
            Arrays.fill(sums, 0);
            Arrays.fill(rates, 0);
            Arrays.fill(purchases, 0);
            Arrays.fill(owners, 0);
            for (int f = from; f < to; f++) {
                if (!firms.alive[f]) {
                    firms.sales[f] = 0;
                    firms.valueAdded[f] = 0;
                    continue;
                }
                int sector = firms.sector[f];
                int council = e.places.councilOf(firms.zone[f]);
                SectorKind kind = sectors.kind(sector);
                if (kind == SectorKind.LOCAL_SERVICES) {
                    firms.demand[f] = ServiceDemand.effectiveWeight(firms, f, sigma) * localPerWeight[firms.zone[f]];
                } else if (kind == SectorKind.PUBLIC_SERVICES) {
                    firms.demand[f] = ServiceDemand.effectiveWeight(firms, f, sigma) * publicPerWeight[council];
                }
                double price = firms.price[f];
                double sales = Math.min(firms.demand[f], firms.output[f] * price);
                // inputs per unit of output are fixed: their cost follows output, not the firm's price
                double inputs = sales / price * sectors.intermediateShare(sector);
                double businessRates = sales * fd.businessRatesShareOfSales();
                double costs = inputs + businessRates + firms.wageBill[f];
                double cash = firms.cash[f] + sales - costs;
                double buffer = fd.cashBufferMonths() * costs;
                double dividend = cash > buffer ? fd.dividendPayout() * (cash - buffer) : 0;
                double local = dividend * localOwnership(fd, kind);
                firms.cash[f] = cash - dividend;
                firms.sales[f] = sales;
                firms.valueAdded[f] = sales - inputs;
                firms.negativeCashMonths[f] = firms.cash[f] < 0 ? (short) (firms.negativeCashMonths[f] + 1) : 0;
                if (firms.ageMonths[f] < Short.MAX_VALUE) {
                    firms.ageMonths[f]++;
                }
                if (kind != SectorKind.TRADABLE) {
                    firms.expectedDemand[f] = fd.expectationSmoothing() * firms.demand[f]
                            + (1.0 - fd.expectationSmoothing()) * firms.expectedDemand[f];
                }
                switch (kind) {
                    case TRADABLE -> sums[EXPORTS] += sales;
                    case LOCAL_SERVICES -> {
                        sums[LOCAL_SALES] += sales;
                        sums[REAL_LOCAL_SALES] += sales / price;
                    }
                    case PUBLIC_SERVICES -> purchases[council] += sales;
                }
                sums[INPUTS] += inputs;
                sums[DIVIDENDS] += dividend - local;
                sums[OWNER_INCOME] += local;
                owners[council] += local;
                sums[WAGES] += firms.wageBill[f];
                rates[council] += businessRates;
            }
        });
        double exports = 0;
        double localSales = 0;
        double inputs = 0;
        double dividends = 0;
        double wageBills = 0;
        double ownerIncome = 0;
        double realLocalSales = 0;
        double[] rates = new double[councilCount];
        double[] purchases = new double[councilCount];
        double[] owners = new double[councilCount];
        for (int c = 0; c < chunks; c++) {
            exports += scalars[c][EXPORTS];
            localSales += scalars[c][LOCAL_SALES];
            inputs += scalars[c][INPUTS];
            dividends += scalars[c][DIVIDENDS];
            wageBills += scalars[c][WAGES];
            ownerIncome += scalars[c][OWNER_INCOME];
            realLocalSales += scalars[c][REAL_LOCAL_SALES];
            for (int k = 0; k < councilCount; k++) {
                rates[k] += ratesByCouncil[c][k];
                purchases[k] += purchasesByCouncil[c][k];
                owners[k] += ownersByCouncil[c][k];
            }
        }
        Councils councils = e.councils;
        IncomeTotals incomes = e.incomes;
        double ratesTotal = 0;
        double purchasesTotal = 0;
        double councilTaxTotal = 0;
        for (int k = 0; k < councilCount; k++) {
            double councilTax = incomes.councilTaxByCouncil[k];
            councils.reserves[k] += councilTax + rates[k] - purchases[k];
            councils.councilTax[k] += councilTax;
            councils.businessRates[k] += rates[k];
            councils.income[k] += councilTax + rates[k];
            councils.spending[k] += purchases[k];
            ratesTotal += rates[k];
            purchasesTotal += purchases[k];
            councilTaxTotal += councilTax;
        }
        double employerNi = wageBills - incomes.wages;
        record(e, Flow.WAGES, incomes.wages);
        record(e, Flow.EMPLOYER_NI, employerNi);
        record(e, Flow.INCOME_TAX, incomes.incomeTax);
        record(e, Flow.EMPLOYEE_NI, incomes.employeeNi);
        record(e, Flow.BENEFITS, incomes.benefits);
        record(e, Flow.PENSIONS, incomes.pensions);
        record(e, Flow.COUNCIL_TAX, councilTaxTotal);
        record(e, Flow.BUSINESS_RATES, ratesTotal);
        record(e, Flow.PUBLIC_SERVICE_PURCHASES, purchasesTotal);
        record(e, Flow.LOCAL_CONSUMPTION, localSales);
        record(e, Flow.CONSUMPTION_LEAKAGE, incomes.consumption - localSales);
        record(e, Flow.EXPORTS, exports);
        record(e, Flow.INTERMEDIATE_IMPORTS, inputs);
        record(e, Flow.DIVIDENDS, dividends);
        payOwners(e, owners);
        record(e, Flow.OWNER_INCOME, ownerIncome);
        double leakage = incomes.consumption - localSales;
        incomes.realConsumption = realLocalSales + leakage;
        incomes.localPriceIndex = realLocalSales > 0 ? localSales / realLocalSales : 1.0;
    }

    /** The share of a firm's paid-out profit that goes to owners living in the region. */
    static double localOwnership(FirmDynamicsConfig fd, SectorKind kind) {
        return switch (kind) {
            case TRADABLE -> fd.localOwnershipTradable();
            case LOCAL_SERVICES -> fd.localOwnershipLocalServices();
            case PUBLIC_SERVICES -> 0.0;
        };
    }

    /**
     * Owners' income from each council's locally owned firms, shared equally among the council's
     * households (ASSUMPTION: who owns which firm is not modelled) and credited to their savings;
     * they spend it next month as income.
     */
    private void payOwners(Economy e, double[] byCouncil) {
        Households hh = e.households;
        Places places = e.places;
        if (householdsByCouncil.length != byCouncil.length) {
            householdsByCouncil = new int[byCouncil.length];
        }
        int[] households = householdsByCouncil;
        Arrays.fill(households, 0);
        for (int h = 0; h < hh.count(); h++) {
            if (hh.size(h) > 0) {
                households[places.councilOf(hh.zone[h])]++;
            }
        }
        for (int h = 0; h < hh.count(); h++) {
            int council = places.councilOf(hh.zone[h]);
            double share = hh.size(h) > 0 && households[council] > 0 ? byCouncil[council] / households[council] : 0;
            hh.ownerIncome[h] = share;
            hh.savings[h] += share;
        }
    }

    private static void record(Economy e, Flow flow, double amount) {
        e.ledger.record(flow, amount);
    }
}

package uk.lpip.sim.firms;

import java.util.Arrays;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Councils;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.IncomeTotals;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;

/**
 * Production. Firms pay wages and employer NI and, with the month's household incomes and
 * spending summed by the incomes step ({@link IncomeTotals}), sell: tradable sectors
 * to outside demand, local services to the households that can reach them (unmet local spending
 * leaks out of the region), public services to their council's budget. Firms buy inputs from
 * outside the region, pay business rates to their council and pay out profits above a cash buffer.
 * Every payment is recorded in the ledger, so the accounts close.
 */
public final class Production implements Phase {
    private static final int L = Skill.LEVELS;
    private static final int EXPORTS = 0;
    private static final int LOCAL_SALES = 1;
    private static final int INPUTS = 2;
    private static final int DIVIDENDS = 3;
    private static final int WAGES = 4;
    private static final int EMPLOYER_NI = 5;
    private static final int SCALARS = 6;

    private final TaxBenefit rules;
    private double[][] scalars = new double[0][];
    private double[][] ratesByCouncil = new double[0][];
    private double[][] purchasesByCouncil = new double[0][];

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
        double[] localDemandPerWeight = localDemandPerWeight(e, e.incomes.localSpendingByZone);
        double[] publicDemandPerWeight = publicDemandPerWeight(e);
        sell(e, localDemandPerWeight, publicDemandPerWeight);
    }

    /** Each firm's wage bill (wages plus employer NI) and capacity output from its current workforce. */
    private void payroll(Economy e) {
        Firms firms = e.firms;
        Persons persons = e.persons;
        double[] weight = e.config.labour().skillProductivity();
        e.parallel.forEachChunk(firms.count(), Economy.FIRM_CHUNK, (chunk, from, to) -> {
            for (int f = from; f < to; f++) {
                double bill = 0;
                for (int i = firms.firstWorker(f); i < firms.endWorker(f); i++) {
                    double w = persons.monthlyWage[firms.worker(i)];
                    bill += w + rules.employerNi(w);
                }
                firms.wageBill[f] = bill;
                double effective = 0;
                for (int s = 0; s < L; s++) {
                    effective += weight[s] * firms.jobs[f * L + s];
                }
                firms.output[f] = Math.min(firms.productivity[f] * effective, firms.outputCap[f]);
            }
        });
    }

    /** Demand of a local-services firm = its weight × this zone value (households' spending shared by weight within reach). */
    private static double[] localDemandPerWeight(Economy e, double[] spendingByZone) {
        Places places = e.places;
        Firms firms = e.firms;
        int zones = places.zoneCount();
        double[] weightInZone = new double[zones];
        for (int f = 0; f < firms.count(); f++) {
            if (firms.inMarket(f) && e.sectors.kind(firms.sector[f]) == SectorKind.LOCAL_SERVICES) {
                weightInZone[firms.zone[f]] += marketWeight(firms, f);
            }
        }
        double[] perWeight = new double[zones];
        for (int home = 0; home < zones; home++) {
            int[] reachable = places.reach().zones(CommutingReach.classOf(home, true));
            double weightInReach = 0;
            for (int z : reachable) {
                weightInReach += weightInZone[z];
            }
            if (weightInReach <= 0) {
                continue;
            }
            double ratio = spendingByZone[home] / weightInReach;
            for (int z : reachable) {
                perWeight[z] += ratio;
            }
        }
        return perWeight;
    }

    /** Demand of a public-services firm = its weight × its council's budget per unit weight. */
    private static double[] publicDemandPerWeight(Economy e) {
        Firms firms = e.firms;
        Councils councils = e.councils;
        double[] weight = new double[councils.count()];
        for (int f = 0; f < firms.count(); f++) {
            if (firms.inMarket(f) && e.sectors.kind(firms.sector[f]) == SectorKind.PUBLIC_SERVICES) {
                weight[e.places.councilOf(firms.zone[f])] += marketWeight(firms, f);
            }
        }
        double[] perWeight = new double[councils.count()];
        for (int c = 0; c < councils.count(); c++) {
            perWeight[c] = weight[c] > 0 ? councils.publicServiceBudget[c] / weight[c] : 0;
        }
        return perWeight;
    }

    private static double marketWeight(Firms firms, int f) {
        return FirmRules.marketWeight(firms, f);
    }

    private void sell(Economy e, double[] localPerWeight, double[] publicPerWeight) {
        Firms firms = e.firms;
        SectorTable sectors = e.sectors;
        FirmDynamicsConfig fd = e.config.firmDynamics();
        int councilCount = e.places.councilCount();
        int chunks = ParallelChunks.chunkCount(firms.count(), Economy.FIRM_CHUNK);
        if (scalars.length < chunks) {
            scalars = new double[chunks][SCALARS];
            ratesByCouncil = new double[chunks][councilCount];
            purchasesByCouncil = new double[chunks][councilCount];
        }
        e.parallel.forEachChunk(firms.count(), Economy.FIRM_CHUNK, (chunk, from, to) -> {
            double[] sums = scalars[chunk];
            double[] rates = ratesByCouncil[chunk];
            double[] purchases = purchasesByCouncil[chunk];
            Arrays.fill(sums, 0);
            Arrays.fill(rates, 0);
            Arrays.fill(purchases, 0);
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
                    firms.demand[f] = marketWeight(firms, f) * localPerWeight[firms.zone[f]];
                } else if (kind == SectorKind.PUBLIC_SERVICES) {
                    firms.demand[f] = marketWeight(firms, f) * publicPerWeight[council];
                }
                double sales = Math.min(firms.demand[f], firms.output[f]);
                double inputs = sales * sectors.intermediateShare(sector);
                double businessRates = sales * fd.businessRatesShareOfSales();
                double costs = inputs + businessRates + firms.wageBill[f];
                double cash = firms.cash[f] + sales - costs;
                double buffer = fd.cashBufferMonths() * costs;
                double dividend = cash > buffer ? fd.dividendPayout() * (cash - buffer) : 0;
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
                    case LOCAL_SERVICES -> sums[LOCAL_SALES] += sales;
                    case PUBLIC_SERVICES -> purchases[council] += sales;
                }
                sums[INPUTS] += inputs;
                sums[DIVIDENDS] += dividend;
                sums[WAGES] += firms.wageBill[f];
                rates[council] += businessRates;
            }
        });
        double exports = 0;
        double localSales = 0;
        double inputs = 0;
        double dividends = 0;
        double wageBills = 0;
        double[] rates = new double[councilCount];
        double[] purchases = new double[councilCount];
        for (int c = 0; c < chunks; c++) {
            exports += scalars[c][EXPORTS];
            localSales += scalars[c][LOCAL_SALES];
            inputs += scalars[c][INPUTS];
            dividends += scalars[c][DIVIDENDS];
            wageBills += scalars[c][WAGES];
            for (int k = 0; k < councilCount; k++) {
                rates[k] += ratesByCouncil[c][k];
                purchases[k] += purchasesByCouncil[c][k];
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
    }

    private static void record(Economy e, Flow flow, double amount) {
        e.ledger.record(flow, amount);
    }
}

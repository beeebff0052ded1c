package uk.lpip.sim.households;

import java.util.Arrays;
import uk.lpip.sim.config.HouseholdConfig;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.IncomeTotals;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.Status;

/**
 * Each household's month: earnings of its workers, income tax and National Insurance, the
 * tapered benefit, state pensions, council tax, last month's profit from locally owned firms
 * (untaxed: dividend tax is not modelled), then consumption out of income and savings —
 * a local share at local services within reach, the rest spent outside the region — and saving.
 * Totals are reduced per chunk and combined in chunk order into the economy's
 * {@link IncomeTotals}, which production then records in the accounts and spends at local
 * services. Runs after the water step and before production (it reads persons' wages and
 * households' savings, which production does not change).
 */
public final class HouseholdIncomes implements Phase {
    static final int WAGES = 0;
    static final int INCOME_TAX = 1;
    static final int EMPLOYEE_NI = 2;
    static final int BENEFITS = 3;
    static final int PENSIONS = 4;
    static final int CONSUMPTION = 5;
    private static final int SCALARS = 6;

    private final TaxBenefit rules;
    private double[][] scalars = new double[0][];
    private double[][] councilTax = new double[0][];
    private double[][] localSpending = new double[0][];

    public HouseholdIncomes(Economy e) {
        this.rules = new TaxBenefit(e.config.taxBenefit());
    }

    @Override
    public String name() {
        return "incomes";
    }

    @Override
    public void step(Economy e) {
        IncomeTotals totals = e.incomes;
        double[] councilTaxByCouncil = totals.councilTaxByCouncil;
        double[] localSpendingByZone = totals.localSpendingByZone;
        Households hh = e.households;
        Persons persons = e.persons;
        Places places = e.places;
        HouseholdConfig hc = e.config.households();
        double councilTaxPerHousehold = e.config.councilFinance().councilTaxPerHouseholdMonthly();
        int chunks = ParallelChunks.chunkCount(hh.count(), Economy.HOUSEHOLD_CHUNK);
        ensureBuffers(chunks, councilTaxByCouncil.length, localSpendingByZone.length);
        e.parallel.forEachChunk(hh.count(), Economy.HOUSEHOLD_CHUNK, (chunk, from, to) -> {
            double[] sums = scalars[chunk];
            double[] tax = councilTax[chunk];
            double[] local = localSpending[chunk];
            Arrays.fill(sums, 0);
            Arrays.fill(tax, 0);
            Arrays.fill(local, 0);
            for (int h = from; h < to; h++) {
                if (hh.size(h) == 0) {
                    hh.taxes[h] = 0;
                    hh.benefit[h] = 0;
                    hh.equivalisedIncome[h] = 0;
                    continue;
                }
                double gross = 0;
                double netEarnings = 0;
                double pension = 0;
                double incomeTax = 0;
                double ni = 0;
                int workingAgeAdults = 0;
                int children = 0;
                int over14 = 0;
                for (int i = hh.firstMember(h); i < hh.endMember(h); i++) {
                    int p = hh.member(i);
                    byte status = persons.status[p];
                    if (status == Status.CHILD) {
                        children++;
                        if (persons.ageMonths[p] >= 14 * 12) {
                            over14++;
                        }
                        continue;
                    }
                    over14++;
                    double wage = persons.earnings(p);   // the job's rate times its hours
                    double personPension = status == Status.PENSIONER ? rules.statePension() : 0;
                    double personTax = rules.incomeTax(wage + personPension);
                    double personNi = rules.employeeNi(wage);
                    gross += wage;
                    pension += personPension;
                    incomeTax += personTax;
                    ni += personNi;
                    if (status == Status.PENSIONER) {
                        continue;
                    }
                    workingAgeAdults++;
                    netEarnings += wage - personTax - personNi;
                }
                double benefit = rules.benefit(workingAgeAdults, children, netEarnings);
                // owners' income arrived in savings last month (production paid it); it is spent as income
                double owners = hh.ownerIncome[h];
                double disposable = gross - incomeTax - ni + pension + benefit - councilTaxPerHousehold + owners;
                double spend = hc.propensityToConsumeIncome() * Math.max(disposable, 0)
                        + hc.propensityToConsumeWealth() * Math.max(hh.savings[h] - owners, 0);
                hh.taxes[h] = incomeTax + ni;
                hh.benefit[h] = benefit;
                hh.savings[h] += disposable - owners - spend;
                hh.equivalisedIncome[h] = disposable / equivalenceScale(hh.size(h) - children, children, over14);
                sums[WAGES] += gross;
                sums[INCOME_TAX] += incomeTax;
                sums[EMPLOYEE_NI] += ni;
                sums[BENEFITS] += benefit;
                sums[PENSIONS] += pension;
                sums[CONSUMPTION] += spend;
                tax[places.councilOf(hh.zone[h])] += councilTaxPerHousehold;
                local[hh.zone[h]] += spend * hc.localSpendingShare();
            }
        });
        double wages = 0;
        double incomeTax = 0;
        double employeeNi = 0;
        double benefits = 0;
        double pensions = 0;
        double consumption = 0;
        Arrays.fill(councilTaxByCouncil, 0);
        Arrays.fill(localSpendingByZone, 0);
        for (int c = 0; c < chunks; c++) {
            wages += scalars[c][WAGES];
            incomeTax += scalars[c][INCOME_TAX];
            employeeNi += scalars[c][EMPLOYEE_NI];
            benefits += scalars[c][BENEFITS];
            pensions += scalars[c][PENSIONS];
            consumption += scalars[c][CONSUMPTION];
            for (int k = 0; k < councilTaxByCouncil.length; k++) {
                councilTaxByCouncil[k] += councilTax[c][k];
            }
            for (int z = 0; z < localSpendingByZone.length; z++) {
                localSpendingByZone[z] += localSpending[c][z];
            }
        }
        totals.wages = wages;
        totals.incomeTax = incomeTax;
        totals.employeeNi = employeeNi;
        totals.benefits = benefits;
        totals.pensions = pensions;
        totals.consumption = consumption;
    }

    /**
     * Modified OECD scale: 1.0 for the first adult, 0.5 for each other person aged 14 or over,
     * 0.3 for each child under 14.
     */
    public static double equivalenceScale(int adults, int children, int aged14Plus) {
        int under14 = adults + children - aged14Plus;
        return 1.0 + 0.5 * Math.max(0, aged14Plus - 1) + 0.3 * under14;
    }

    private void ensureBuffers(int chunks, int councils, int zones) {
        if (scalars.length < chunks) {
            scalars = new double[chunks][SCALARS];
            councilTax = new double[chunks][councils];
            localSpending = new double[chunks][zones];
        }
    }
}

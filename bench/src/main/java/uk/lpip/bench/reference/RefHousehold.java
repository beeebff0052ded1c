package uk.lpip.bench.reference;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;
import uk.lpip.sim.config.HouseholdConfig;
import uk.lpip.sim.households.HouseholdIncomes;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Status;

/**
 * A household as an object holding its members. Its monthly step is the fast model's household
 * incomes for this one household: earnings, income tax and NI, the tapered benefit, pensions,
 * council tax, last month's owners' income, consumption and saving. Totals go to its group's accumulator.
 */
final class RefHousehold implements Steppable {
    private static final long serialVersionUID = 1L;

    final int zone;
    final int council;
    final int group;
    double savings;
    /** Last month's profit from locally owned firms, already in savings. */
    double ownerIncome;
    double disposableIncome;
    double equivalisedIncome;
    final List<RefPerson> members = new ArrayList<>(4);

    RefHousehold(int zone, int council, double savings, int group) {
        this.zone = zone;
        this.council = council;
        this.savings = savings;
        this.group = group;
    }

    @Override
    public void step(SimState state) {
        ReferenceModel m = (ReferenceModel) state;
        ReferenceModel.Totals totals = m.totals(group);
        if (members.isEmpty()) {
            disposableIncome = 0;
            equivalisedIncome = 0;
            return;
        }
        TaxBenefit rules = m.rules();
        HouseholdConfig hc = m.config().households();
        double councilTax = m.config().councilFinance().councilTaxPerHouseholdMonthly();
        double gross = 0;
        double netEarnings = 0;
        double pension = 0;
        double incomeTax = 0;
        double ni = 0;
        int workingAgeAdults = 0;
        int children = 0;
        int over14 = 0;
        for (RefPerson p : members) {
            if (p.status == Status.CHILD) {
                children++;
                if (p.ageMonths >= 14 * 12) {
                    over14++;
                }
                continue;
            }
            over14++;
            double wage = p.status == Status.EMPLOYED ? p.monthlyWage * p.hours : 0;
            double personPension = p.status == Status.PENSIONER ? rules.statePension() : 0;
            double personTax = rules.incomeTax(wage + personPension);
            double personNi = rules.employeeNi(wage);
            gross += wage;
            pension += personPension;
            incomeTax += personTax;
            ni += personNi;
            if (p.status != Status.PENSIONER) {
                workingAgeAdults++;
                netEarnings += wage - personTax - personNi;
            }
        }
        double benefit = rules.benefit(workingAgeAdults, children, netEarnings);
        double disposable = gross - incomeTax - ni + pension + benefit - councilTax + ownerIncome;
        double spend = hc.propensityToConsumeIncome() * Math.max(disposable, 0)
                + hc.propensityToConsumeWealth() * Math.max(savings - ownerIncome, 0);
        disposableIncome = disposable;
        savings += disposable - ownerIncome - spend;
        equivalisedIncome = disposable / HouseholdIncomes.equivalenceScale(members.size() - children, children, over14);
        totals.councilTax[council] += councilTax;
        totals.localSpending[zone] += spend * hc.localSpendingShare();
    }
}

package uk.lpip.bench.reference;

import uk.lpip.sim.config.CouncilFinanceConfig;
import uk.lpip.sim.councils.CouncilBudgets;
import uk.lpip.sim.state.Councils;

/**
 * The councils: they collect council tax and business rates, pay for public services, receive
 * their central grant per resident and plan next month's budget — the fast model's
 * {@code Production} (council side) and {@link CouncilBudgets}.
 */
final class RefCouncils {
    final double[] reserves;
    final double[] centralGrantPerResident;
    final double[] publicServiceBudget;
    final double[] incomeTrend;
    final double[] income;

    RefCouncils(Councils start) {
        reserves = start.reserves.clone();
        centralGrantPerResident = start.centralGrantPerResident.clone();
        publicServiceBudget = start.publicServiceBudget.clone();
        incomeTrend = start.incomeTrend.clone();
        income = new double[reserves.length];
    }

    void startMonth() {
        java.util.Arrays.fill(income, 0);
    }

    void step(ReferenceModel m, ReferenceModel.Totals[] totals) {
        CouncilFinanceConfig cf = m.config().councilFinance();
        double[] residents = new double[reserves.length];
        for (RefHousehold h : m.households()) {
            residents[h.council] += h.members.size();
        }
        for (int c = 0; c < reserves.length; c++) {
            double councilTax = 0;
            double rates = 0;
            double purchases = 0;
            for (ReferenceModel.Totals t : totals) {
                councilTax += t.councilTax[c];
                rates += t.businessRates[c];
                purchases += t.publicPurchases[c];
            }
            double grant = centralGrantPerResident[c] * residents[c];
            reserves[c] += councilTax + rates - purchases + grant;
            income[c] += councilTax + rates + grant;
            incomeTrend[c] = cf.incomeTrendWeight() * income[c] + (1 - cf.incomeTrendWeight()) * incomeTrend[c];
            publicServiceBudget[c] = CouncilBudgets.plannedBudget(incomeTrend[c], reserves[c], cf);
        }
    }
}

package uk.lpip.sim.councils;

import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.CouncilFinanceConfig;
import uk.lpip.sim.rules.CouncilRules;
import uk.lpip.sim.state.Councils;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Phase;

/**
 * Councils receive their central grant, per resident (council tax and business rates were
 * collected during production), then plan next month's public-service budget: their smoothed income, adjusted
 * slowly so that reserves move towards their target.
 */
public final class CouncilBudgets implements Phase {
    @Override
    public String name() {
        return "councils";
    }

    @Override
    public void step(Economy e) {
        Councils councils = e.councils;
        CouncilFinanceConfig cf = e.config.councilFinance();
        double grants = 0;
        double[] residents = CouncilRules.residents(e.places, e.households, councils.count());
        for (int c = 0; c < councils.count(); c++) {
            double grant = councils.centralGrantPerResident[c] * residents[c];
            councils.reserves[c] += grant;
            councils.income[c] += grant;
            grants += grant;
            double w = cf.incomeTrendWeight();
            councils.incomeTrend[c] = w * councils.income[c] + (1 - w) * councils.incomeTrend[c];
            councils.publicServiceBudget[c] = plannedBudget(councils.incomeTrend[c], councils.reserves[c], cf);
        }
        e.ledger.record(Flow.CENTRAL_GRANT, grants);
    }

    /** Spend the income trend, plus (or minus) a share of the gap between reserves and their target. */
    public static double plannedBudget(double incomeTrend, double reserves, CouncilFinanceConfig cf) {
        double target = cf.reserveTargetMonths() * incomeTrend;
        return Math.max(0, incomeTrend + cf.reserveAdjustmentPerMonth() * (reserves - target));
    }
}

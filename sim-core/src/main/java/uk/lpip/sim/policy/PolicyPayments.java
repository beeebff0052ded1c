package uk.lpip.sim.policy;

import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.engine.Economy;

/**
 * How interventions spend money: every payment leaves the funder's account and enters the
 * recipient's, and is recorded in the ledger. Also keeps each intervention's spend for the
 * metrics. Used from the (sequential) interventions step only.
 */
public final class PolicyPayments {
    private final Economy economy;
    private double spentThisMonth;

    public PolicyPayments(Economy economy) {
        this.economy = economy;
    }

    /** A payment to a household (an allowance, a grant). */
    public void toHousehold(Funder funder, int household, double amount) {
        economy.households.savings[household] += amount;
        debit(funder, amount, Flow.INTERVENTION_COUNCIL_TO_HOUSEHOLDS, Flow.INTERVENTION_GOVERNMENT_TO_HOUSEHOLDS);
    }

    /** A payment to a firm (a subsidy, a grant, a contract with a local provider). */
    public void toFirm(Funder funder, int firm, double amount) {
        economy.firms.cash[firm] += amount;
        debit(funder, amount, Flow.INTERVENTION_COUNCIL_TO_FIRMS, Flow.INTERVENTION_GOVERNMENT_TO_FIRMS);
    }

    /** A payment to providers outside the region (programme running costs, contractors). */
    public void toProviders(Funder funder, double amount) {
        debit(funder, amount, Flow.INTERVENTION_COUNCIL_TO_PROVIDERS, Flow.INTERVENTION_GOVERNMENT_TO_PROVIDERS);
    }

    private void debit(Funder funder, double amount, Flow fromCouncil, Flow fromGovernment) {
        if (funder.kind() == Funder.Kind.COUNCIL) {
            int c = funder.council();
            economy.councils.reserves[c] -= amount;
            economy.councils.spending[c] += amount;
            economy.councils.interventionSpending[c] += amount;
            economy.ledger.record(fromCouncil, amount);
        } else {
            economy.ledger.record(fromGovernment, amount);
        }
        spentThisMonth += amount;
    }

    public double spentThisMonth() {
        return spentThisMonth;
    }

    void startMonth() {
        spentThisMonth = 0;
    }
}

package uk.lpip.sim.policy;

import java.util.BitSet;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.state.Economy;

/**
 * What interventions act through: payments that leave the funder's account and enter the
 * recipient's (recorded in the ledger, so the accounts close), the people outreach has contacted
 * (for outreach-led selection), and this month's tallies for the metrics. Used from the
 * sequential interventions step only.
 */
public final class PolicyContext {
    private final Economy economy;
    private final BitSet contacted = new BitSet();
    private double spentThisMonth;
    private final java.util.Map<String, Double> spentBy = new java.util.LinkedHashMap<>();
    private String acting = "";
    private int startsThisMonth;
    private int completionsThisMonth;
    private int contactsThisMonth;

    public PolicyContext(Economy economy) {
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
        spentBy.merge(acting, amount, Double::sum);
    }

    /** Attributes the following payments to an intervention (set by the interventions step). */
    void acting(String interventionName) {
        this.acting = interventionName;
        spentBy.putIfAbsent(interventionName, 0.0);
    }

    /** This month's spending by intervention name. */
    public java.util.Map<String, Double> spentThisMonthBy() {
        return java.util.Collections.unmodifiableMap(spentBy);
    }

    /** Marks a person as contacted by outreach. */
    public void contacted(int person) {
        contacted.set(person);
        contactsThisMonth++;
    }

    public boolean wasContacted(int person) {
        return contacted.get(person);
    }

    void countStart() {
        startsThisMonth++;
    }

    void countCompletion() {
        completionsThisMonth++;
    }

    public double spentThisMonth() {
        return spentThisMonth;
    }

    public int startsThisMonth() {
        return startsThisMonth;
    }

    public int completionsThisMonth() {
        return completionsThisMonth;
    }

    public int contactsThisMonth() {
        return contactsThisMonth;
    }

    void startMonth() {
        spentThisMonth = 0;
        spentBy.replaceAll((k, v) -> 0.0);
        startsThisMonth = 0;
        completionsThisMonth = 0;
        contactsThisMonth = 0;
    }
}

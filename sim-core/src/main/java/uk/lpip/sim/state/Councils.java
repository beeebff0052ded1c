package uk.lpip.sim.state;

/** Every council's finances, as parallel arrays indexed by council. */
public final class Councils {
    /** Reserves, £. This is the council sector's money account. */
    public final double[] reserves;
    /**
     * Grant from central government per resident, £ per month: set so the starting budget balances,
     * then paid on the council's current population (grants are needs-based, largely per head).
     */
    public final double[] centralGrantPerResident;
    /** Planned spending on public services, £ per month. */
    public final double[] publicServiceBudget;
    /** This month's income (council tax, business rates, grant) and spending, £. */
    public final double[] income;
    public final double[] spending;
    public final double[] councilTax;
    public final double[] businessRates;
    /** Spending on interventions this month, £ (part of {@link #spending}). */
    public final double[] interventionSpending;
    /** Smoothed monthly income (about a year's memory), on which the budget is planned, £. */
    public final double[] incomeTrend;

    public Councils(int count) {
        reserves = new double[count];
        centralGrantPerResident = new double[count];
        publicServiceBudget = new double[count];
        income = new double[count];
        spending = new double[count];
        councilTax = new double[count];
        businessRates = new double[count];
        interventionSpending = new double[count];
        incomeTrend = new double[count];
    }

    public int count() {
        return reserves.length;
    }

    /** Starts a new month's income and spending tallies. */
    public void resetMonth() {
        java.util.Arrays.fill(income, 0);
        java.util.Arrays.fill(spending, 0);
        java.util.Arrays.fill(councilTax, 0);
        java.util.Arrays.fill(businessRates, 0);
        java.util.Arrays.fill(interventionSpending, 0);
    }
}

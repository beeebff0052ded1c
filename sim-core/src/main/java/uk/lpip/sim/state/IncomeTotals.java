package uk.lpip.sim.state;

/**
 * The month's household incomes and spending, summed by the households' incomes step: what
 * production records in the accounts, the council tax councils receive and the spending that
 * local services share. Overwritten each month.
 */
public final class IncomeTotals {
    public double wages;
    public double incomeTax;
    public double employeeNi;
    public double benefits;
    public double pensions;
    public double consumption;
    public final double[] councilTaxByCouncil;
    public final double[] localSpendingByZone;

    public IncomeTotals(int councils, int zones) {
        councilTaxByCouncil = new double[councils];
        localSpendingByZone = new double[zones];
    }
}

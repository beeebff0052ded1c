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
    /**
     * Consumption at base prices (production sets it): local services bought, deflated by their
     * prices, plus spending outside the region.
     */
    public double realConsumption;
    /** Local services' price index: their sales over their sales at base prices (1 at base prices). */
    public double localPriceIndex = 1.0;
    public final double[] councilTaxByCouncil;
    public final double[] localSpendingByZone;

    public IncomeTotals(int councils, int zones) {
        councilTaxByCouncil = new double[councils];
        localSpendingByZone = new double[zones];
    }
}

package uk.lpip.sim.config;

/**
 * Council finances. The central grant is set at the start so that each council's budget
 * balances (see {@code CouncilBudgets}); councils then adjust spending slowly towards a
 * reserve target.
 *
 * @param councilTaxPerHouseholdMonthly average council tax per occupied dwelling, £ per month
 * @param reserveTargetMonths          reserves the council aims to hold, in months of spending
 * @param reserveAdjustmentPerMonth    share of the gap to the reserve target closed each month
 */
public record CouncilFinanceConfig(double councilTaxPerHouseholdMonthly, double reserveTargetMonths,
                                   double reserveAdjustmentPerMonth) { }

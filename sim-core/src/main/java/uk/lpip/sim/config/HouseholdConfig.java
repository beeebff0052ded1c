package uk.lpip.sim.config;

/**
 * Household spending.
 *
 * @param propensityToConsumeIncome share of disposable income spent each month
 * @param propensityToConsumeWealth share of positive savings spent each month
 * @param localSpendingShare        share of consumption spent at local-services firms within reach;
 *                                  the rest leaves the region
 */
public record HouseholdConfig(double propensityToConsumeIncome, double propensityToConsumeWealth,
                              double localSpendingShare) { }

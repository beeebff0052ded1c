package uk.lpip.sim.config;

/**
 * Council finances. The central grant is set at the start so that each council's budget
 * balances (see {@code CouncilBudgets}); councils then adjust spending slowly towards a
 * reserve target.
 *
 * @param councilTaxPerHouseholdMonthly average council tax per occupied dwelling, £ per month
 * @param reserveTargetMonths          reserves the council aims to hold, in months of spending
 * @param reserveAdjustmentPerMonth    share of the gap to the reserve target closed each month
 * @param incomeTrendWeight            weight of the newest month in the income trend budgets follow
 */
public record CouncilFinanceConfig(double councilTaxPerHouseholdMonthly, double reserveTargetMonths,
                                   double reserveAdjustmentPerMonth, double incomeTrendWeight) {
    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .councilTaxPerHouseholdMonthly(councilTaxPerHouseholdMonthly)
                .reserveTargetMonths(reserveTargetMonths)
                .reserveAdjustmentPerMonth(reserveAdjustmentPerMonth)
                .incomeTrendWeight(incomeTrendWeight);
    }

    /** Named construction of {@link CouncilFinanceConfig}. */
    public static final class Builder {
        private Double councilTaxPerHouseholdMonthly;
        private Double reserveTargetMonths;
        private Double reserveAdjustmentPerMonth;
        private Double incomeTrendWeight;

        private Builder() {
        }

        public Builder councilTaxPerHouseholdMonthly(double value) { councilTaxPerHouseholdMonthly = value; return this; }
        public Builder reserveTargetMonths(double value) { reserveTargetMonths = value; return this; }
        public Builder reserveAdjustmentPerMonth(double value) { reserveAdjustmentPerMonth = value; return this; }
        public Builder incomeTrendWeight(double value) { incomeTrendWeight = value; return this; }

        public CouncilFinanceConfig build() {
            return new CouncilFinanceConfig(
                    Builders.required(councilTaxPerHouseholdMonthly, "CouncilFinanceConfig", "councilTaxPerHouseholdMonthly"),
                    Builders.required(reserveTargetMonths, "CouncilFinanceConfig", "reserveTargetMonths"),
                    Builders.required(reserveAdjustmentPerMonth, "CouncilFinanceConfig", "reserveAdjustmentPerMonth"),
                    Builders.required(incomeTrendWeight, "CouncilFinanceConfig", "incomeTrendWeight"));
        }
    }
}

package uk.lpip.sim.config;

/**
 * Household spending.
 *
 * @param propensityToConsumeIncome share of disposable income spent each month
 * @param propensityToConsumeWealth share of positive savings spent each month
 * @param localSpendingShare        share of consumption spent at local-services firms within reach;
 *                                  the rest leaves the region
 * @param localServicesSubstitution elasticity of substitution between local services and other goods:
 *                                  how the local share of spending moves with local prices
 * @param initialSavingsPerAdult    savings a household starts with per adult, £
 */
public record HouseholdConfig(double propensityToConsumeIncome, double propensityToConsumeWealth,
                              double localSpendingShare, double localServicesSubstitution,
                              double initialSavingsPerAdult) {
    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .propensityToConsumeIncome(propensityToConsumeIncome)
                .propensityToConsumeWealth(propensityToConsumeWealth)
                .localSpendingShare(localSpendingShare)
                .localServicesSubstitution(localServicesSubstitution)
                .initialSavingsPerAdult(initialSavingsPerAdult);
    }

    /** Named construction of {@link HouseholdConfig}. */
    public static final class Builder {
        private Double propensityToConsumeIncome;
        private Double propensityToConsumeWealth;
        private Double localSpendingShare;
        private Double localServicesSubstitution;
        private Double initialSavingsPerAdult;

        private Builder() {
        }

        public Builder propensityToConsumeIncome(double value) { propensityToConsumeIncome = value; return this; }
        public Builder propensityToConsumeWealth(double value) { propensityToConsumeWealth = value; return this; }
        public Builder localSpendingShare(double value) { localSpendingShare = value; return this; }
        public Builder localServicesSubstitution(double value) { localServicesSubstitution = value; return this; }
        public Builder initialSavingsPerAdult(double value) { initialSavingsPerAdult = value; return this; }

        public HouseholdConfig build() {
            return new HouseholdConfig(
                    Builders.required(propensityToConsumeIncome, "HouseholdConfig", "propensityToConsumeIncome"),
                    Builders.required(propensityToConsumeWealth, "HouseholdConfig", "propensityToConsumeWealth"),
                    Builders.required(localSpendingShare, "HouseholdConfig", "localSpendingShare"),
                    Builders.required(localServicesSubstitution, "HouseholdConfig", "localServicesSubstitution"),
                    Builders.required(initialSavingsPerAdult, "HouseholdConfig", "initialSavingsPerAdult"));
        }
    }
}

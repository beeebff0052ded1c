package uk.lpip.sim.config;

/**
 * Simplified UK taxes and benefits, all in £ per month.
 *
 * @param personalAllowance    income tax personal allowance
 * @param basicRate            income tax basic rate
 * @param higherThreshold      income at which the higher rate starts
 * @param higherRate           income tax higher rate
 * @param additionalThreshold  income at which the additional rate starts
 * @param additionalRate       income tax additional rate
 * @param niPrimaryThreshold   employee National Insurance threshold
 * @param niUpperEarningsLimit employee NI upper earnings limit
 * @param niMainRate           employee NI rate between the thresholds
 * @param niUpperRate          employee NI rate above the upper limit
 * @param employerNiThreshold  employer NI secondary threshold
 * @param employerNiRate       employer NI rate
 * @param benefitFirstAdult    standard allowance of a Universal-Credit-like benefit, first adult
 * @param benefitOtherAdult    each further working-age adult
 * @param benefitPerChild      each child
 * @param workAllowance        earnings disregarded before the taper (households with children)
 * @param benefitTaper         withdrawal rate on net earnings
 * @param statePension         state pension per pensioner
 */
public record TaxBenefitConfig(
        double personalAllowance, double basicRate, double higherThreshold, double higherRate,
        double additionalThreshold, double additionalRate,
        double niPrimaryThreshold, double niUpperEarningsLimit, double niMainRate, double niUpperRate,
        double employerNiThreshold, double employerNiRate,
        double benefitFirstAdult, double benefitOtherAdult, double benefitPerChild,
        double workAllowance, double benefitTaper, double statePension) {
    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .personalAllowance(personalAllowance)
                .basicRate(basicRate)
                .higherThreshold(higherThreshold)
                .higherRate(higherRate)
                .additionalThreshold(additionalThreshold)
                .additionalRate(additionalRate)
                .niPrimaryThreshold(niPrimaryThreshold)
                .niUpperEarningsLimit(niUpperEarningsLimit)
                .niMainRate(niMainRate)
                .niUpperRate(niUpperRate)
                .employerNiThreshold(employerNiThreshold)
                .employerNiRate(employerNiRate)
                .benefitFirstAdult(benefitFirstAdult)
                .benefitOtherAdult(benefitOtherAdult)
                .benefitPerChild(benefitPerChild)
                .workAllowance(workAllowance)
                .benefitTaper(benefitTaper)
                .statePension(statePension);
    }

    /** Named construction of {@link TaxBenefitConfig}. */
    public static final class Builder {
        private Double personalAllowance;
        private Double basicRate;
        private Double higherThreshold;
        private Double higherRate;
        private Double additionalThreshold;
        private Double additionalRate;
        private Double niPrimaryThreshold;
        private Double niUpperEarningsLimit;
        private Double niMainRate;
        private Double niUpperRate;
        private Double employerNiThreshold;
        private Double employerNiRate;
        private Double benefitFirstAdult;
        private Double benefitOtherAdult;
        private Double benefitPerChild;
        private Double workAllowance;
        private Double benefitTaper;
        private Double statePension;

        private Builder() {
        }

        public Builder personalAllowance(double value) { personalAllowance = value; return this; }
        public Builder basicRate(double value) { basicRate = value; return this; }
        public Builder higherThreshold(double value) { higherThreshold = value; return this; }
        public Builder higherRate(double value) { higherRate = value; return this; }
        public Builder additionalThreshold(double value) { additionalThreshold = value; return this; }
        public Builder additionalRate(double value) { additionalRate = value; return this; }
        public Builder niPrimaryThreshold(double value) { niPrimaryThreshold = value; return this; }
        public Builder niUpperEarningsLimit(double value) { niUpperEarningsLimit = value; return this; }
        public Builder niMainRate(double value) { niMainRate = value; return this; }
        public Builder niUpperRate(double value) { niUpperRate = value; return this; }
        public Builder employerNiThreshold(double value) { employerNiThreshold = value; return this; }
        public Builder employerNiRate(double value) { employerNiRate = value; return this; }
        public Builder benefitFirstAdult(double value) { benefitFirstAdult = value; return this; }
        public Builder benefitOtherAdult(double value) { benefitOtherAdult = value; return this; }
        public Builder benefitPerChild(double value) { benefitPerChild = value; return this; }
        public Builder workAllowance(double value) { workAllowance = value; return this; }
        public Builder benefitTaper(double value) { benefitTaper = value; return this; }
        public Builder statePension(double value) { statePension = value; return this; }

        public TaxBenefitConfig build() {
            return new TaxBenefitConfig(
                    Builders.required(personalAllowance, "TaxBenefitConfig", "personalAllowance"),
                    Builders.required(basicRate, "TaxBenefitConfig", "basicRate"),
                    Builders.required(higherThreshold, "TaxBenefitConfig", "higherThreshold"),
                    Builders.required(higherRate, "TaxBenefitConfig", "higherRate"),
                    Builders.required(additionalThreshold, "TaxBenefitConfig", "additionalThreshold"),
                    Builders.required(additionalRate, "TaxBenefitConfig", "additionalRate"),
                    Builders.required(niPrimaryThreshold, "TaxBenefitConfig", "niPrimaryThreshold"),
                    Builders.required(niUpperEarningsLimit, "TaxBenefitConfig", "niUpperEarningsLimit"),
                    Builders.required(niMainRate, "TaxBenefitConfig", "niMainRate"),
                    Builders.required(niUpperRate, "TaxBenefitConfig", "niUpperRate"),
                    Builders.required(employerNiThreshold, "TaxBenefitConfig", "employerNiThreshold"),
                    Builders.required(employerNiRate, "TaxBenefitConfig", "employerNiRate"),
                    Builders.required(benefitFirstAdult, "TaxBenefitConfig", "benefitFirstAdult"),
                    Builders.required(benefitOtherAdult, "TaxBenefitConfig", "benefitOtherAdult"),
                    Builders.required(benefitPerChild, "TaxBenefitConfig", "benefitPerChild"),
                    Builders.required(workAllowance, "TaxBenefitConfig", "workAllowance"),
                    Builders.required(benefitTaper, "TaxBenefitConfig", "benefitTaper"),
                    Builders.required(statePension, "TaxBenefitConfig", "statePension"));
        }
    }
}

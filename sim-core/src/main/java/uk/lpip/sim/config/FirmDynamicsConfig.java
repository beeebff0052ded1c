package uk.lpip.sim.config;

/**
 * How firms plan, enter and exit.
 *
 * @param demandShockSigma           monthly s.d. of log demand shocks (Gibrat: proportional to size)
 * @param demandMeanReversion        monthly pull of log demand back to the firm's long-run level
 * @param expectationSmoothing       weight of the newest observation in expected demand
 * @param exitHazardMonthly          exogenous monthly exit hazard of a one-person firm (owner retirement,
 *                                   closure); it halves by {@code exitHazardHalfJobs} jobs and keeps falling
 * @param exitHazardHalfJobs         size (jobs) at which the exogenous exit hazard is half a one-person firm's
 * @param negativeCashMonthsToExit   months with negative cash after which a firm closes
 * @param entriesPerThousandResidentsYearly new firms per 1,000 residents per year at full broadband before
 *                                   any closure is seen: the starting value of the trend of closed posts
 *                                   that entry replaces (in entrants of {@code entrantJobs})
 * @param entryBroadbandEffect       proportional fall in entry per unit of missing broadband coverage
 * @param entrantJobs                median jobs of a new firm
 * @param entrantSizeSigma           log-normal spread of an entrant's size
 * @param entrantProductivitySpread  log-normal spread of an entrant's productivity around its sector's
 * @param startUpCapitalMonths       start-up capital in months of expected costs
 * @param cashBufferMonths           cash kept before profits are paid out, in months of costs
 * @param dividendPayout             share of cash above the buffer paid out each month
 * @param businessRatesShareOfSales  business rates as a share of sales (a proxy for rateable value)
 * @param startingJobsPerEmployed    jobs created at the start per person drawn as employed: the level of
 *                                   labour demand (the excess over 1 starts as vacancies)
 * @param urbanJobWeight             starting jobs per employed resident in an urban zone, relative to
 *                                   the region (jobs concentrate in towns; commuters fill them)
 * @param ruralJobWeight             the same for a rural zone
 * @param startingProductivitySpread log-normal spread of a starting firm's productivity around its sector's
 * @param exogenousExitMaxJobs       enterprises of this many jobs or more are never closed by the exogenous
 *                                   hazard (a viable business of that size is sold, not shut)
 * @param lossExitHazardMonthly      monthly closure chance of a firm that has made operating losses for a
 *                                   year or more; it rises in proportion to the months of losses before that
 * @param customerMoveMonthly        share of a closed firm's remaining customers that find a rival each
 *                                   month (the rest buy outside the region meanwhile)
 * @param entryExitSmoothing         weight of the newest month in the trend of closed posts that entry replaces
 * @param sizeTailExponent           exponent of the power law of enterprise sizes within each size band
 *                                   (density proportional to size^-(1 + exponent); 1 is Zipf's law)
 * @param maxSiteJobs                largest site: an enterprise with more jobs has sites in several zones
 * @param publicEmployerShares       public-services jobs of a council by employer: health, education, and
 *                                   the council with other public bodies (sum to 1)
 * @param costPassThrough            share of a local- or public-services firm's unit-cost saving (from a
 *                                   productivity gain) passed on in its price; the rest raises pay and profit
 * @param providerSubstitution       elasticity of substitution between local- (or public-) services firms:
 *                                   how much share a lower price wins
 * @param localOwnershipTradable     share of a tradable firm's paid-out profit that goes to owners living in
 *                                   the region; the rest leaves it
 * @param localOwnershipLocalServices the same for a local-services firm (public-services firms: none)
 */
public record FirmDynamicsConfig(
        double demandShockSigma,
        double demandMeanReversion,
        double expectationSmoothing,
        double exitHazardMonthly,
        int exitHazardHalfJobs,
        int negativeCashMonthsToExit,
        double entriesPerThousandResidentsYearly,
        double entryBroadbandEffect,
        double entrantJobs,
        double entrantSizeSigma,
        double entrantProductivitySpread,
        double startUpCapitalMonths,
        double cashBufferMonths,
        double dividendPayout,
        double businessRatesShareOfSales,
        double startingJobsPerEmployed,
        double urbanJobWeight,
        double ruralJobWeight,
        double startingProductivitySpread,
        int exogenousExitMaxJobs,
        double lossExitHazardMonthly,
        double customerMoveMonthly,
        double entryExitSmoothing,
        double sizeTailExponent,
        int maxSiteJobs,
        double[] publicEmployerShares,
        double costPassThrough,
        double providerSubstitution,
        double localOwnershipTradable,
        double localOwnershipLocalServices) {
    public FirmDynamicsConfig {
        publicEmployerShares = publicEmployerShares.clone();
    }

    @Override
    public double[] publicEmployerShares() {
        return publicEmployerShares.clone();
    }

    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .demandShockSigma(demandShockSigma)
                .demandMeanReversion(demandMeanReversion)
                .expectationSmoothing(expectationSmoothing)
                .exitHazardMonthly(exitHazardMonthly)
                .exitHazardHalfJobs(exitHazardHalfJobs)
                .negativeCashMonthsToExit(negativeCashMonthsToExit)
                .entriesPerThousandResidentsYearly(entriesPerThousandResidentsYearly)
                .entryBroadbandEffect(entryBroadbandEffect)
                .entrantJobs(entrantJobs)
                .entrantSizeSigma(entrantSizeSigma)
                .entrantProductivitySpread(entrantProductivitySpread)
                .startUpCapitalMonths(startUpCapitalMonths)
                .cashBufferMonths(cashBufferMonths)
                .dividendPayout(dividendPayout)
                .businessRatesShareOfSales(businessRatesShareOfSales)
                .startingJobsPerEmployed(startingJobsPerEmployed)
                .urbanJobWeight(urbanJobWeight)
                .ruralJobWeight(ruralJobWeight)
                .startingProductivitySpread(startingProductivitySpread)
                .exogenousExitMaxJobs(exogenousExitMaxJobs)
                .lossExitHazardMonthly(lossExitHazardMonthly)
                .customerMoveMonthly(customerMoveMonthly)
                .entryExitSmoothing(entryExitSmoothing)
                .sizeTailExponent(sizeTailExponent)
                .maxSiteJobs(maxSiteJobs)
                .publicEmployerShares(publicEmployerShares)
                .costPassThrough(costPassThrough)
                .providerSubstitution(providerSubstitution)
                .localOwnershipTradable(localOwnershipTradable)
                .localOwnershipLocalServices(localOwnershipLocalServices);
    }

    /** Named construction of {@link FirmDynamicsConfig}. */
    public static final class Builder {
        private Double demandShockSigma;
        private Double demandMeanReversion;
        private Double expectationSmoothing;
        private Double exitHazardMonthly;
        private Integer exitHazardHalfJobs;
        private Integer negativeCashMonthsToExit;
        private Double entriesPerThousandResidentsYearly;
        private Double entryBroadbandEffect;
        private Double entrantJobs;
        private Double entrantSizeSigma;
        private Double entrantProductivitySpread;
        private Double startUpCapitalMonths;
        private Double cashBufferMonths;
        private Double dividendPayout;
        private Double businessRatesShareOfSales;
        private Double startingJobsPerEmployed;
        private Double urbanJobWeight;
        private Double ruralJobWeight;
        private Double startingProductivitySpread;
        private Integer exogenousExitMaxJobs;
        private Double lossExitHazardMonthly;
        private Double customerMoveMonthly;
        private Double entryExitSmoothing;
        private Double sizeTailExponent;
        private Integer maxSiteJobs;
        private double[] publicEmployerShares;
        private Double costPassThrough;
        private Double providerSubstitution;
        private Double localOwnershipTradable;
        private Double localOwnershipLocalServices;

        private Builder() {
        }

        public Builder demandShockSigma(double value) { demandShockSigma = value; return this; }
        public Builder demandMeanReversion(double value) { demandMeanReversion = value; return this; }
        public Builder expectationSmoothing(double value) { expectationSmoothing = value; return this; }
        public Builder exitHazardMonthly(double value) { exitHazardMonthly = value; return this; }
        public Builder exitHazardHalfJobs(int value) { exitHazardHalfJobs = value; return this; }
        public Builder negativeCashMonthsToExit(int value) { negativeCashMonthsToExit = value; return this; }
        public Builder entriesPerThousandResidentsYearly(double value) { entriesPerThousandResidentsYearly = value; return this; }
        public Builder entryBroadbandEffect(double value) { entryBroadbandEffect = value; return this; }
        public Builder entrantJobs(double value) { entrantJobs = value; return this; }
        public Builder entrantSizeSigma(double value) { entrantSizeSigma = value; return this; }
        public Builder entrantProductivitySpread(double value) { entrantProductivitySpread = value; return this; }
        public Builder startUpCapitalMonths(double value) { startUpCapitalMonths = value; return this; }
        public Builder cashBufferMonths(double value) { cashBufferMonths = value; return this; }
        public Builder dividendPayout(double value) { dividendPayout = value; return this; }
        public Builder businessRatesShareOfSales(double value) { businessRatesShareOfSales = value; return this; }
        public Builder startingJobsPerEmployed(double value) { startingJobsPerEmployed = value; return this; }
        public Builder urbanJobWeight(double value) { urbanJobWeight = value; return this; }
        public Builder ruralJobWeight(double value) { ruralJobWeight = value; return this; }
        public Builder startingProductivitySpread(double value) { startingProductivitySpread = value; return this; }
        public Builder exogenousExitMaxJobs(int value) { exogenousExitMaxJobs = value; return this; }
        public Builder lossExitHazardMonthly(double value) { lossExitHazardMonthly = value; return this; }
        public Builder customerMoveMonthly(double value) { customerMoveMonthly = value; return this; }
        public Builder entryExitSmoothing(double value) { entryExitSmoothing = value; return this; }
        public Builder sizeTailExponent(double value) { sizeTailExponent = value; return this; }
        public Builder maxSiteJobs(int value) { maxSiteJobs = value; return this; }
        public Builder publicEmployerShares(double[] value) { publicEmployerShares = value; return this; }
        public Builder costPassThrough(double value) { costPassThrough = value; return this; }
        public Builder providerSubstitution(double value) { providerSubstitution = value; return this; }
        public Builder localOwnershipTradable(double value) { localOwnershipTradable = value; return this; }
        public Builder localOwnershipLocalServices(double value) { localOwnershipLocalServices = value; return this; }

        public FirmDynamicsConfig build() {
            return new FirmDynamicsConfig(
                    Builders.required(demandShockSigma, "FirmDynamicsConfig", "demandShockSigma"),
                    Builders.required(demandMeanReversion, "FirmDynamicsConfig", "demandMeanReversion"),
                    Builders.required(expectationSmoothing, "FirmDynamicsConfig", "expectationSmoothing"),
                    Builders.required(exitHazardMonthly, "FirmDynamicsConfig", "exitHazardMonthly"),
                    Builders.required(exitHazardHalfJobs, "FirmDynamicsConfig", "exitHazardHalfJobs"),
                    Builders.required(negativeCashMonthsToExit, "FirmDynamicsConfig", "negativeCashMonthsToExit"),
                    Builders.required(entriesPerThousandResidentsYearly, "FirmDynamicsConfig", "entriesPerThousandResidentsYearly"),
                    Builders.required(entryBroadbandEffect, "FirmDynamicsConfig", "entryBroadbandEffect"),
                    Builders.required(entrantJobs, "FirmDynamicsConfig", "entrantJobs"),
                    Builders.required(entrantSizeSigma, "FirmDynamicsConfig", "entrantSizeSigma"),
                    Builders.required(entrantProductivitySpread, "FirmDynamicsConfig", "entrantProductivitySpread"),
                    Builders.required(startUpCapitalMonths, "FirmDynamicsConfig", "startUpCapitalMonths"),
                    Builders.required(cashBufferMonths, "FirmDynamicsConfig", "cashBufferMonths"),
                    Builders.required(dividendPayout, "FirmDynamicsConfig", "dividendPayout"),
                    Builders.required(businessRatesShareOfSales, "FirmDynamicsConfig", "businessRatesShareOfSales"),
                    Builders.required(startingJobsPerEmployed, "FirmDynamicsConfig", "startingJobsPerEmployed"),
                    Builders.required(urbanJobWeight, "FirmDynamicsConfig", "urbanJobWeight"),
                    Builders.required(ruralJobWeight, "FirmDynamicsConfig", "ruralJobWeight"),
                    Builders.required(startingProductivitySpread, "FirmDynamicsConfig", "startingProductivitySpread"),
                    Builders.required(exogenousExitMaxJobs, "FirmDynamicsConfig", "exogenousExitMaxJobs"),
                    Builders.required(lossExitHazardMonthly, "FirmDynamicsConfig", "lossExitHazardMonthly"),
                    Builders.required(customerMoveMonthly, "FirmDynamicsConfig", "customerMoveMonthly"),
                    Builders.required(entryExitSmoothing, "FirmDynamicsConfig", "entryExitSmoothing"),
                    Builders.required(sizeTailExponent, "FirmDynamicsConfig", "sizeTailExponent"),
                    Builders.required(maxSiteJobs, "FirmDynamicsConfig", "maxSiteJobs"),
                    Builders.required(publicEmployerShares, "FirmDynamicsConfig", "publicEmployerShares"),
                    Builders.required(costPassThrough, "FirmDynamicsConfig", "costPassThrough"),
                    Builders.required(providerSubstitution, "FirmDynamicsConfig", "providerSubstitution"),
                    Builders.required(localOwnershipTradable, "FirmDynamicsConfig", "localOwnershipTradable"),
                    Builders.required(localOwnershipLocalServices, "FirmDynamicsConfig", "localOwnershipLocalServices"));
        }
    }
}

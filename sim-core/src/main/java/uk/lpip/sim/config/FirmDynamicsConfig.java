package uk.lpip.sim.config;

/**
 * How firms plan, enter and exit.
 *
 * @param demandShockSigma           monthly s.d. of log demand shocks (Gibrat: proportional to size)
 * @param demandMeanReversion        monthly pull of log demand back to the firm's long-run level
 * @param expectationSmoothing       weight of the newest observation in expected demand
 * @param exitHazardMonthly          exogenous monthly exit hazard of a one-person firm (owner retirement,
 *                                   closure); it halves by ten jobs and keeps falling with size
 * @param negativeCashMonthsToExit   months with negative cash after which a firm closes
 * @param entriesPerThousandResidentsYearly new firms per 1,000 residents per year at full broadband
 * @param entryBroadbandEffect       proportional fall in entry per unit of missing broadband coverage
 * @param startUpCapitalMonths       start-up capital in months of expected costs
 * @param cashBufferMonths           cash kept before profits are paid out, in months of costs
 * @param dividendPayout             share of cash above the buffer paid out each month
 * @param businessRatesShareOfSales  business rates as a share of sales (a proxy for rateable value)
 * @param startingJobsPerEmployed    jobs created at the start per person drawn as employed: the level of
 *                                   labour demand (the excess over 1 starts as vacancies)
 */
public record FirmDynamicsConfig(
        double demandShockSigma,
        double demandMeanReversion,
        double expectationSmoothing,
        double exitHazardMonthly,
        int negativeCashMonthsToExit,
        double entriesPerThousandResidentsYearly,
        double entryBroadbandEffect,
        double startUpCapitalMonths,
        double cashBufferMonths,
        double dividendPayout,
        double businessRatesShareOfSales,
        double startingJobsPerEmployed) { }

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
        double workAllowance, double benefitTaper, double statePension) { }

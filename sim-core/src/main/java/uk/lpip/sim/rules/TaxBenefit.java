package uk.lpip.sim.rules;

import uk.lpip.sim.config.TaxBenefitConfig;

/** Simplified UK income tax, National Insurance and a tapered Universal-Credit-like benefit, monthly. */
public final class TaxBenefit {
    private final TaxBenefitConfig c;

    public TaxBenefit(TaxBenefitConfig config) {
        this.c = config;
    }

    /** Income tax on a month's taxable income (earnings and pension), by bands above the personal allowance. */
    public double incomeTax(double taxable) {
        double tax = 0;
        if (taxable > c.personalAllowance()) {
            tax += (Math.min(taxable, c.higherThreshold()) - c.personalAllowance()) * c.basicRate();
        }
        if (taxable > c.higherThreshold()) {
            tax += (Math.min(taxable, c.additionalThreshold()) - c.higherThreshold()) * c.higherRate();
        }
        if (taxable > c.additionalThreshold()) {
            tax += (taxable - c.additionalThreshold()) * c.additionalRate();
        }
        return tax;
    }

    /** Employee (Class 1 primary) National Insurance on a month's earnings. */
    public double employeeNi(double earnings) {
        double ni = 0;
        if (earnings > c.niPrimaryThreshold()) {
            ni += (Math.min(earnings, c.niUpperEarningsLimit()) - c.niPrimaryThreshold()) * c.niMainRate();
        }
        if (earnings > c.niUpperEarningsLimit()) {
            ni += (earnings - c.niUpperEarningsLimit()) * c.niUpperRate();
        }
        return ni;
    }

    /** Employer (secondary) National Insurance on a month's earnings. */
    public double employerNi(double earnings) {
        return earnings > c.employerNiThreshold() ? (earnings - c.employerNiThreshold()) * c.employerNiRate() : 0;
    }

    /**
     * The benefit of a household with working-age adults: the maximum award less a taper on net
     * earnings above the work allowance (which only households with children have).
     */
    public double benefit(int workingAgeAdults, int children, double netEarnings) {
        if (workingAgeAdults == 0) {
            return 0;
        }
        double maximum = c.benefitFirstAdult() + (workingAgeAdults - 1) * c.benefitOtherAdult()
                + children * c.benefitPerChild();
        double disregard = children > 0 ? c.workAllowance() : 0;
        double withdrawn = Math.max(0, netEarnings - disregard) * c.benefitTaper();
        return Math.max(0, maximum - withdrawn);
    }

    public double statePension() {
        return c.statePension();
    }
}

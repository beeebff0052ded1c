package uk.lpip.runs.appraisal;

/**
 * The switching values of an appraisal (Green Book 2022, sensitivity analysis): by how much the
 * benefits could fall, or the costs rise, before the NPV reaches zero. Computed on the present
 * values' means over replicates (never averaged as ratios); not applicable when the NPV is already
 * negative or zero, or the benefits are not positive.
 *
 * @param benefitsFall the share by which benefits could fall (NaN when not applicable)
 * @param costsRise    the share by which costs could rise (NaN when not applicable)
 * @param statement    the plain-language statement
 */
public record SwitchingValue(double benefitsFall, double costsRise, String statement) {
    public static SwitchingValue of(double pvBenefits, double pvCosts) {
        if (!(pvBenefits > 0)) {
            return new SwitchingValue(Double.NaN, Double.NaN,
                    "not applicable: the benefits are not positive, so no fall in them could turn the NPV negative");
        }
        double npv = pvBenefits - pvCosts;
        if (!(npv > 0)) {
            return new SwitchingValue(Double.NaN, Double.NaN,
                    "not applicable: the NPV is already negative (costs exceed benefits)");
        }
        double fall = npv / pvBenefits;
        double rise = pvCosts > 0 ? npv / pvCosts : Double.NaN;
        return new SwitchingValue(fall, rise, String.format("benefits could fall by %.0f%%%s before the NPV turns negative",
                100 * fall, Double.isNaN(rise) ? "" : String.format(", or costs rise by %.0f%%,", 100 * rise)));
    }
}

package uk.lpip.sim.policy;

/**
 * How a compared package is scaled to a place of {@code workingAge} residents aged 16–64: a budget
 * per working-age resident and places per 1,000 of them, each {@code null} to keep the package's own.
 */
public record PlaceScale(double workingAge, Double budgetPerWorkingAgeResident, Double placesPer1000WorkingAge) {
    /** The common keys with the budget scaled. */
    public CommonSpec common(CommonSpec k) {
        double budget = budgetPerWorkingAgeResident != null ? budgetPerWorkingAgeResident * workingAge : k.budgetPounds();
        return new CommonSpec(k.name(), k.councils(), k.zones(), k.startMonth(), k.endMonth(), k.funder(), k.costType(), budget);
    }

    /** A count of places scaled (at least one), or {@code given} when places are not scaled. */
    public int places(int given) {
        return placesPer1000WorkingAge != null ? (int) Math.max(1, Math.round(placesPer1000WorkingAge * workingAge / 1000.0)) : given;
    }
}

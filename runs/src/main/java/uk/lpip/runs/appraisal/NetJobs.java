package uk.lpip.runs.appraisal;

/**
 * Net additional jobs at the horizon by area, at full scale, from a paired replicate: the arms'
 * difference in employed residents (16–64) of the target area and of the rest of the region in the
 * last recorded month, and the rest of the UK's share by the appraisal's assumption — the part of
 * the region's gain from demand-side interventions displaced from elsewhere in the UK
 * ({@link Conventions#demandSideDisplacement} × the demand-side share of the spending, as
 * {@link Perspectives} treats the benefits). A package that serves the whole region has no rest of
 * the region: its target area is the region.
 *
 * @param targetArea   net additional employed residents of the target area
 * @param restOfRegion of the rest of the region
 * @param restOfUk     the rest of the UK's change (negative: jobs displaced from it), an assumption
 */
public record NetJobs(double targetArea, double restOfRegion, double restOfUk) {

    /** The replicate's net jobs at its horizon (the last month of {@code in}'s series). */
    public static NetJobs of(Perspectives.Inputs in, Conventions c) {
        int last = in.baseTarget().months() - 1;
        if (last < 0) {
            return new NetJobs(0, 0, 0);
        }
        double target = (in.treatedTarget().employed()[last] - in.baseTarget().employed()[last]) / in.scale();
        double rest = (in.treatedRest().employed()[last] - in.baseRest().employed()[last]) / in.scale();
        return new NetJobs(target, rest, -c.demandSideDisplacement() * in.demandSideShare() * (target + rest));
    }

    /** The region's net change: target area and the rest of the region. */
    public double region() {
        return targetArea + restOfRegion;
    }

    /** The UK's: the region's less what is displaced from the rest of the UK. */
    public double uk() {
        return region() + restOfUk;
    }
}

package uk.lpip.sim.policy;

/**
 * New storage at an existing reservoir (raising the dam, a new basin beside it): built from the
 * start month to the end month, with the capital cost paid evenly over those months, and in
 * service from the month after.
 *
 * @param reservoir   the reservoir enlarged
 * @param addedMl     capacity added, Ml
 * @param capitalCost the build's cost at scale 1.0, £
 */
public record WaterStorageSpec(CommonSpec common, String reservoir, double addedMl, double capitalCost)
        implements InterventionSpec {
    @Override
    public String type() {
        return "water_storage";
    }
}

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
@Levers(title = "water storage",
        description = "more capacity at an existing reservoir, built between the start and end months")
public record WaterStorageSpec(
        CommonSpec common,
        @Lever(key = "reservoir", doc = "the reservoir enlarged", example = "carron-valley-reservoir") String reservoir,
        @Lever(key = "added_ml", min = 0, max = 10_000_000, doc = "capacity added, in service after the end month", unit = "Ml",
                example = "5000") double addedMl,
        @Lever(key = "capital_cost", min = 0, max = 1e12, doc = "paid evenly over the build months, at scale 1.0", unit = "£",
                example = "12000000") double capitalCost) implements InterventionSpec {
}

package uk.lpip.scenarios;

import java.util.List;

/**
 * A scenario's catchment: river nodes, reservoirs and abstraction licences, and the rule that
 * shares water out. The section is read and checked (references, ranges) now; the model does not
 * simulate water until the water issue, and says so when a scenario has this section.
 */
public record WaterSection(String allocationRule, List<RiverNode> nodes, List<Reservoir> reservoirs,
                           List<Licence> licences) {
    public WaterSection {
        nodes = List.copyOf(nodes);
        reservoirs = List.copyOf(reservoirs);
        licences = List.copyOf(licences);
    }

    /** A point on the river network; {@code downstream} is null at the catchment outlet. */
    public record RiverNode(String id, String name, String downstream, double meanFlowM3PerSecond,
                            double catchmentAreaKm2) { }

    /** A reservoir at a node, with its capacity and the compensation flow it must release. */
    public record Reservoir(String id, String node, double capacityMl, double compensationFlowMlPerDay) { }

    /**
     * An abstraction licence. {@code holder} is a sector id (the sector's firms in the catchment
     * hold it together) or {@code public_water_supply}.
     */
    public record Licence(String id, String holder, String node, double annualCapMl, double dailyCapMl,
                          double handsOffFlowMlPerDay, int priority, boolean consumptive, boolean exempt) { }
}

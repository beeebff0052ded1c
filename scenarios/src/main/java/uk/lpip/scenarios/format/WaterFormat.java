package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import java.util.List;
import uk.lpip.scenarios.WaterSection;
import uk.lpip.scenarios.WaterSection.Licence;
import uk.lpip.scenarios.WaterSection.Reservoir;
import uk.lpip.scenarios.WaterSection.RiverNode;

/** The {@code water} section (read and checked now; simulated from the water issue on). */
final class WaterFormat {
    private WaterFormat() {
    }

    static final ObjectSpec<RiverNode> NODE = new ObjectSpec<>("river node", "a point on the river network",
            v -> new RiverNode(v.text("id"), v.text("name"), v.get("downstream"), v.number("mean_flow_m3_per_s"),
                    v.number("catchment_area_km2")),
            of("id", ValueSpec.id(), RiverNode::id, "identifier", "", "carron-denny"),
            of("name", ValueSpec.text(), RiverNode::name, "name", "", "Carron at Denny"),
            of("downstream", ValueSpec.id(), RiverNode::downstream, "the next node downstream; leave out at the outlet", "", "carron-outlet")
                    .asOptional(),
            of("mean_flow_m3_per_s", ValueSpec.number(0, 10_000), RiverNode::meanFlowM3PerSecond,
                    "long-run mean natural flow", "m³/s", "3.48"),
            of("catchment_area_km2", ValueSpec.number(0, 100_000), RiverNode::catchmentAreaKm2,
                    "area draining to this node", "km²", "122"));

    static final ObjectSpec<Reservoir> RESERVOIR = new ObjectSpec<>("reservoir", "storage at a node",
            v -> new Reservoir(v.text("id"), v.text("node"), v.number("capacity_ml"), v.number("compensation_flow_ml_per_day")),
            of("id", ValueSpec.id(), Reservoir::id, "identifier", "", "carron-valley"),
            of("node", ValueSpec.id(), Reservoir::node, "the river node it sits on", "", "carron-valley"),
            of("capacity_ml", ValueSpec.number(0, 10_000_000), Reservoir::capacityMl, "storage capacity", "Ml", "21000"),
            of("compensation_flow_ml_per_day", ValueSpec.number(0, 100_000), Reservoir::compensationFlowMlPerDay,
                    "release it must always make downstream", "Ml/d", "8.2"));

    static final ObjectSpec<Licence> LICENCE = new ObjectSpec<>("licence", "a right to abstract water",
            v -> {
                if (v.number("daily_cap_ml") * 366 < v.number("annual_cap_ml") - 1e-9) {
                    // A licence's annual cap can be below 366 × its daily cap, never above it.
                    throw new IllegalArgumentException("annual_cap_ml (" + ValueSpec.fmt(v.number("annual_cap_ml"))
                            + ") exceeds 366 × daily_cap_ml (" + ValueSpec.fmt(v.number("daily_cap_ml") * 366) + ")");
                }
                return new Licence(v.text("id"), v.text("holder"), v.text("node"), v.number("annual_cap_ml"),
                        v.number("daily_cap_ml"), v.number("hands_off_flow_ml_per_day"), v.integer("priority"),
                        v.bool("consumptive"), v.bool("exempt"));
            },
            of("id", ValueSpec.id(), Licence::id, "identifier", "", "distilleries-carron"),
            of("holder", ValueSpec.id(), Licence::holder, "a sector id, or public_water_supply", "", "food_and_drink"),
            of("node", ValueSpec.id(), Licence::node, "the river node it abstracts from", "", "carron-denny"),
            of("annual_cap_ml", ValueSpec.number(0, 10_000_000), Licence::annualCapMl, "annual cap", "Ml per year", "1500"),
            of("daily_cap_ml", ValueSpec.number(0, 100_000), Licence::dailyCapMl, "daily cap", "Ml/d", "6"),
            of("hands_off_flow_ml_per_day", ValueSpec.number(0, 1_000_000), Licence::handsOffFlowMlPerDay,
                    "river flow below which abstraction must stop", "Ml/d", "41.8"),
            of("priority", ValueSpec.integer(1, 100), Licence::priority, "seniority: 1 is the most senior", "", "2"),
            Field.<Licence, Boolean>of("consumptive", ValueSpec.bool(), Licence::consumptive,
                    "false if the water is returned to the river (e.g. cooling)", "", "true").withFallback(true),
            Field.<Licence, Boolean>of("exempt", ValueSpec.bool(), Licence::exempt,
                    "exempt from scarcity restrictions (drinking water, small takes)", "", "false").withFallback(false));

    static final ObjectSpec<WaterSection> WATER = new ObjectSpec<>("water", "a catchment shared by licence holders",
            v -> new WaterSection(v.text("allocation_rule"), v.get("nodes"), v.get("reservoirs"), v.get("licences")),
            of("allocation_rule", ValueSpec.oneOf("priority", "equal_share", "market"), WaterSection::allocationRule,
                    "how water is shared when it is short", "", "priority"),
            of("nodes", new ListSpec<>(NODE, 1), WaterSection::nodes, "river nodes", "", "see below"),
            Field.<WaterSection, List<Reservoir>>of("reservoirs", new ListSpec<>(RESERVOIR, 0), WaterSection::reservoirs,
                    "reservoirs", "", "see below").withFallback(List.of()),
            Field.<WaterSection, List<Licence>>of("licences", new ListSpec<>(LICENCE, 0), WaterSection::licences,
                    "abstraction licences", "", "see below").withFallback(List.of()));
}

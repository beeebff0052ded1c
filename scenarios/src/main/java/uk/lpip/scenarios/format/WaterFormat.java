package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import java.util.List;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.config.WaterConfig.Hydrology;
import uk.lpip.sim.config.WaterConfig.Licence;
import uk.lpip.sim.config.WaterConfig.Node;
import uk.lpip.sim.config.WaterConfig.PublicSupply;
import uk.lpip.sim.config.WaterConfig.Regulator;
import uk.lpip.sim.config.WaterConfig.Reservoir;
import uk.lpip.sim.config.WaterConfig.Trading;
import uk.lpip.sim.config.WaterConfig.WaterUse;

/**
 * The {@code water} section: a catchment's rivers, reservoirs, licences and water-using sectors,
 * and (with UK defaults) its climate, regulator, public supply and market. See docs/water.md.
 */
final class WaterFormat {
    private WaterFormat() {
    }

    static final ObjectSpec<Node> NODE = new ObjectSpec<>("river node", "a point on the river network",
            v -> new Node(v.text("id"), v.text("name"), v.get("downstream"), v.number("mean_flow_m3_per_s"),
                    v.number("catchment_area_km2")),
            of("id", ValueSpec.id(), Node::id, "identifier", "", "carron-denny"),
            of("name", ValueSpec.text(), Node::name, "name", "", "Carron at Denny"),
            of("downstream", ValueSpec.id(), Node::downstream, "the next node downstream; leave out at the outlet", "", "carron-outlet")
                    .asOptional(),
            of("mean_flow_m3_per_s", ValueSpec.number(0, 10_000), Node::meanFlowM3PerSecond,
                    "long-run mean natural flow here, everything upstream included", "m³/s", "3.48"),
            of("catchment_area_km2", ValueSpec.number(0, 100_000), Node::catchmentAreaKm2,
                    "area draining to this node", "km²", "122"));

    static final ObjectSpec<Reservoir> RESERVOIR = new ObjectSpec<>("reservoir", "storage at a node",
            v -> new Reservoir(v.text("id"), v.text("node"), v.number("capacity_ml"), v.number("compensation_flow_ml_per_day"),
                    v.number("initial_full_share")),
            of("id", ValueSpec.id(), Reservoir::id, "identifier", "", "carron-valley"),
            of("node", ValueSpec.id(), Reservoir::node, "the river node it sits on (one reservoir per node)", "", "carron-valley"),
            of("capacity_ml", ValueSpec.number(0, 10_000_000), Reservoir::capacityMl, "storage capacity", "Ml", "21000"),
            of("compensation_flow_ml_per_day", ValueSpec.number(0, 100_000), Reservoir::compensationFlowMlPerDay,
                    "release it must make downstream while it holds water", "Ml/d", "8.2"),
            Field.<Reservoir, Double>of("initial_full_share", ValueSpec.share(), Reservoir::initialFullShare,
                    "storage at the start of the run, share of capacity", "share", "0.9").withFallback(0.9));

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
            of("holder", ValueSpec.id(), Licence::holder,
                    "a sector id (its firms hold the licence together), or public_water_supply", "", "food_and_drink"),
            of("node", ValueSpec.id(), Licence::node, "the river node it abstracts from", "", "carron-denny"),
            of("annual_cap_ml", ValueSpec.number(0, 10_000_000), Licence::annualCapMl, "annual cap", "Ml per year", "1500"),
            of("daily_cap_ml", ValueSpec.number(0, 100_000), Licence::dailyCapMl,
                    "daily cap (also sets the authorisation tier)", "Ml/d", "6"),
            Field.<Licence, Double>of("hands_off_flow_ml_per_day", ValueSpec.number(0, 1_000_000), Licence::handsOffFlowMlPerDay,
                    "flow it must leave in the river at its node (0 at a reservoir)", "Ml/d", "41.8").withFallback(0.0),
            of("priority", ValueSpec.integer(1, 100), Licence::priority, "seniority: 1 is the most senior", "", "2"),
            Field.<Licence, Boolean>of("consumptive", ValueSpec.bool(), Licence::consumptive,
                    "false if the water is returned to the river at the same node (e.g. cooling)", "", "true").withFallback(true),
            Field.<Licence, Boolean>of("exempt", ValueSpec.bool(), Licence::exempt,
                    "exempt from hands-off flows and scarcity restrictions (drinking water)", "", "false").withFallback(false));

    static final ObjectSpec<WaterUse> USE = new ObjectSpec<>("water use", "how much water a sector's output needs",
            v -> new WaterUse(v.text("sector"), v.number("m3_per_1000_pounds"), v.number("dependent_share"),
                    v.bool("irrigation")),
            of("sector", ValueSpec.id(), WaterUse::sector, "the sector", "", "food_and_drink"),
            of("m3_per_1000_pounds", ValueSpec.number(0, 1_000_000), WaterUse::m3PerThousandPounds,
                    "water per £1,000 of the water-dependent output", "m³ per £1,000", "40"),
            of("dependent_share", ValueSpec.share(), WaterUse::dependentShare,
                    "share of the sector's output that needs this catchment's water", "share", "0.6"),
            Field.<WaterUse, Boolean>of("irrigation", ValueSpec.bool(), WaterUse::irrigation,
                    "need follows the growing season (none in winter, most in July)", "", "false").withFallback(false));

    private static final Hydrology H = UkDefaults.hydrology();

    static final ObjectSpec<Hydrology> HYDROLOGY = new ObjectSpec<>("hydrology", "the climate driving natural flows",
            v -> Hydrology.builder()
                    .seasonalAmplitude(v.number("seasonal_amplitude"))
                    .wettestMonth(v.integer("wettest_month"))
                    .variability(v.number("variability"))
                    .persistence(v.number("persistence"))
                    .droughtsPerDecade(v.number("droughts_per_decade"))
                    .droughtDepth(v.number("drought_depth"))
                    .droughtMonthsMin(v.integer("drought_months_min"))
                    .droughtMonthsMax(v.integer("drought_months_max"))
                    .referenceDroughtsPerDecade(v.number("reference_droughts_per_decade"))
                    .referenceYears(v.integer("reference_years"))
                    .build(),
            Field.<Hydrology, Double>of("seasonal_amplitude", ValueSpec.number(0, 0.95), Hydrology::seasonalAmplitude,
                    "seasonal swing of monthly flows around the mean", "share", "0.6").withFallback(H.seasonalAmplitude()),
            Field.<Hydrology, Integer>of("wettest_month", ValueSpec.integer(1, 12), Hydrology::wettestMonth,
                    "month of the seasonal peak (1 = January)", "month", "1").withFallback(H.wettestMonth()),
            Field.<Hydrology, Double>of("variability", ValueSpec.number(0, 2), Hydrology::variability,
                    "standard deviation of the monthly log wetness factor", "", "0.35").withFallback(H.variability()),
            Field.<Hydrology, Double>of("persistence", ValueSpec.number(0, 0.99), Hydrology::persistence,
                    "month-to-month autocorrelation of wetness", "", "0.6").withFallback(H.persistence()),
            Field.<Hydrology, Double>of("droughts_per_decade", ValueSpec.number(0, 60), Hydrology::droughtsPerDecade,
                    "expected droughts starting in ten years (what-if: raise it)", "per decade", "1").withFallback(H.droughtsPerDecade()),
            Field.<Hydrology, Double>of("drought_depth", ValueSpec.number(0, 0.95), Hydrology::droughtDepth,
                    "share by which flows fall during a drought", "share", "0.45").withFallback(H.droughtDepth()),
            Field.<Hydrology, Integer>of("drought_months_min", ValueSpec.integer(1, 36), Hydrology::droughtMonthsMin,
                    "shortest drought", "months", "3").withFallback(H.droughtMonthsMin()),
            Field.<Hydrology, Integer>of("drought_months_max", ValueSpec.integer(1, 36), Hydrology::droughtMonthsMax,
                    "longest drought", "months", "8").withFallback(H.droughtMonthsMax()),
            Field.<Hydrology, Double>of("reference_droughts_per_decade", ValueSpec.number(0, 60),
                    Hydrology::referenceDroughtsPerDecade,
                    "historic drought frequency behind the flow percentiles the regulator uses", "per decade", "1")
                    .withFallback(H.referenceDroughtsPerDecade()),
            Field.<Hydrology, Integer>of("reference_years", ValueSpec.integer(10, 1000), Hydrology::referenceYears,
                    "length of the simulated reference record", "years", "100").withFallback(H.referenceYears()));

    private static final Regulator R = UkDefaults.regulator();

    static final ObjectSpec<Regulator> REGULATOR = new ObjectSpec<>("regulator", "SEPA's scarcity levels and restrictions",
            v -> Regulator.builder()
                    .earlyWarningPercentile(v.number("early_warning_percentile"))
                    .alertPercentile(v.number("alert_percentile"))
                    .moderatePercentile(v.number("moderate_percentile"))
                    .significantPercentile(v.number("significant_percentile"))
                    .storageAlertShare(v.number("storage_alert_share"))
                    .storageModerateShare(v.number("storage_moderate_share"))
                    .storageSignificantShare(v.number("storage_significant_share"))
                    .moderateReduction(v.number("moderate_reduction"))
                    .smallTakeShareOfQ95(v.number("small_take_share_of_q95"))
                    .build(),
            Field.<Regulator, Double>of("early_warning_percentile", ValueSpec.number(1, 99.9), Regulator::earlyWarningPercentile,
                    "outlet flow below Q(this) raises early warning", "%", "70").withFallback(R.earlyWarningPercentile()),
            Field.<Regulator, Double>of("alert_percentile", ValueSpec.number(1, 99.9), Regulator::alertPercentile,
                    "outlet flow below Q(this) raises alert", "%", "80").withFallback(R.alertPercentile()),
            Field.<Regulator, Double>of("moderate_percentile", ValueSpec.number(1, 99.9), Regulator::moderatePercentile,
                    "outlet flow below Q(this) raises moderate scarcity", "%", "90").withFallback(R.moderatePercentile()),
            Field.<Regulator, Double>of("significant_percentile", ValueSpec.number(1, 99.9), Regulator::significantPercentile,
                    "outlet flow below Q(this) raises significant scarcity", "%", "95").withFallback(R.significantPercentile()),
            Field.<Regulator, Double>of("storage_alert_share", ValueSpec.share(), Regulator::storageAlertShare,
                    "a reservoir below this share of capacity raises alert", "share", "0.5").withFallback(R.storageAlertShare()),
            Field.<Regulator, Double>of("storage_moderate_share", ValueSpec.share(), Regulator::storageModerateShare,
                    "... moderate scarcity", "share", "0.35").withFallback(R.storageModerateShare()),
            Field.<Regulator, Double>of("storage_significant_share", ValueSpec.share(), Regulator::storageSignificantShare,
                    "... significant scarcity", "share", "0.2").withFallback(R.storageSignificantShare()),
            Field.<Regulator, Double>of("moderate_reduction", ValueSpec.share(), Regulator::moderateReduction,
                    "share by which non-exempt abstractors reduce at moderate scarcity", "share", "0.25")
                    .withFallback(R.moderateReduction()),
            Field.<Regulator, Double>of("small_take_share_of_q95", ValueSpec.share(), Regulator::smallTakeShareOfQ95,
                    "takes whose daily cap is at most this share of Q95 at their node are exempt from restrictions",
                    "share", "0.05").withFallback(R.smallTakeShareOfQ95()));

    private static final PublicSupply P = UkDefaults.publicSupply();

    static final ObjectSpec<PublicSupply> PUBLIC_SUPPLY = new ObjectSpec<>("public supply", "households' drinking water",
            v -> PublicSupply.builder().litresPerPersonPerDay(v.number("litres_per_person_per_day"))
                    .shareFromCatchment(v.number("share_from_catchment"))
                    .restrictionCostPerM3(v.number("restriction_cost_per_m3")).build(),
            Field.<PublicSupply, Double>of("litres_per_person_per_day", ValueSpec.number(0, 2000),
                    PublicSupply::litresPerPersonPerDay, "household use per resident", "l/person/day", "140")
                    .withFallback(P.litresPerPersonPerDay()),
            Field.<PublicSupply, Double>of("share_from_catchment", ValueSpec.share(), PublicSupply::shareFromCatchment,
                    "share of residents' supply drawn through this catchment's public licences", "share", "1")
                    .withFallback(P.shareFromCatchment()),
            Field.<PublicSupply, Double>of("restriction_cost_per_m3", ValueSpec.number(0, 10_000), PublicSupply::restrictionCostPerM3,
                    "welfare cost of household restrictions per m³ short", "£ per m³", "5").withFallback(P.restrictionCostPerM3()));

    static final ObjectSpec<Trading> TRADING = new ObjectSpec<>("trading", "the water market (market rule)",
            v -> new Trading(v.number("transaction_cost_per_m3")),
            Field.<Trading, Double>of("transaction_cost_per_m3", ValueSpec.number(0, 1000), Trading::transactionCostPerM3,
                    "cost per m³ traded, paid by the buyer", "£ per m³", "0.05")
                    .withFallback(UkDefaults.trading().transactionCostPerM3()));

    static final ObjectSpec<WaterConfig> WATER = new ObjectSpec<>("water", "a catchment shared by licence holders",
            v -> new WaterConfig(WaterConfig.AllocationRule.of(v.text("allocation_rule")), v.get("nodes"), v.get("reservoirs"),
                    v.get("licences"), v.get("uses"), v.get("public_supply"), v.get("hydrology"), v.get("regulator"),
                    v.get("trading")),
            of("allocation_rule", ValueSpec.oneOf(WaterConfig.AllocationRule.keys()), c -> c.allocationRule().key(),
                    "how water is shared when it is short", "", "priority"),
            of("nodes", new ListSpec<>(NODE, 1), WaterConfig::nodes, "river nodes", "", "see below"),
            Field.<WaterConfig, List<Reservoir>>of("reservoirs", new ListSpec<>(RESERVOIR, 0), WaterConfig::reservoirs,
                    "reservoirs", "", "see below").withFallback(List.of()),
            Field.<WaterConfig, List<Licence>>of("licences", new ListSpec<>(LICENCE, 0), WaterConfig::licences,
                    "abstraction licences", "", "see below").withFallback(List.of()),
            Field.<WaterConfig, List<WaterUse>>of("uses", new ListSpec<>(USE, 0), WaterConfig::uses,
                    "water-using sectors", "", "see below").withFallback(List.of()),
            Field.<WaterConfig, PublicSupply>of("public_supply", PUBLIC_SUPPLY, WaterConfig::publicSupply,
                    "public water supply", "", "see below").withFallback(P),
            Field.<WaterConfig, Hydrology>of("hydrology", HYDROLOGY, WaterConfig::hydrology, "the climate", "", "see below")
                    .withFallback(H),
            Field.<WaterConfig, Regulator>of("regulator", REGULATOR, WaterConfig::regulator, "scarcity levels", "", "see below")
                    .withFallback(R),
            Field.<WaterConfig, Trading>of("trading", TRADING, WaterConfig::trading, "the water market", "", "see below")
                    .withFallback(UkDefaults.trading()));
}

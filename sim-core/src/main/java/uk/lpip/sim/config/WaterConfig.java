package uk.lpip.sim.config;

import java.util.List;
import java.util.Objects;

/**
 * A place's catchment: the river network and its reservoirs, the licences that abstract from it,
 * how much water each using sector needs, the climate that drives the flows, the regulator's
 * scarcity rules and the rule that shares water out when it is short. Flows are in Ml/d (megalitres
 * per day, 1 m³/s = 86.4 Ml/d), volumes in Ml; both are physical, whatever the run's scale.
 *
 * @param allocationRule how water is shared when it is short
 * @param nodes          river nodes; each names the next node downstream (none at the outlet)
 * @param reservoirs     storage at nodes
 * @param licences       abstraction licences
 * @param uses           how much water each using sector needs per unit of output
 * @param publicSupply   public water supply demand and the cost of restrictions
 * @param hydrology      the climate: seasons, persistence and droughts
 * @param regulator      scarcity levels and what each asks of abstractors
 * @param trading        the water market's transaction cost (used by the market rule)
 */
public record WaterConfig(AllocationRule allocationRule, List<Node> nodes, List<Reservoir> reservoirs,
                          List<Licence> licences, List<WaterUse> uses, PublicSupply publicSupply,
                          Hydrology hydrology, Regulator regulator, Trading trading) {
    /** The holder id of licences that supply households' drinking water. */
    public static final String PUBLIC_WATER_SUPPLY = "public_water_supply";

    public WaterConfig {
        Objects.requireNonNull(allocationRule, "allocationRule");
        nodes = List.copyOf(nodes);
        reservoirs = List.copyOf(reservoirs);
        licences = List.copyOf(licences);
        uses = List.copyOf(uses);
        Objects.requireNonNull(publicSupply, "publicSupply");
        Objects.requireNonNull(hydrology, "hydrology");
        Objects.requireNonNull(regulator, "regulator");
        Objects.requireNonNull(trading, "trading");
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a catchment needs at least one river node");
        }
    }

    public WaterConfig withAllocationRule(AllocationRule rule) {
        return new WaterConfig(rule, nodes, reservoirs, licences, uses, publicSupply, hydrology, regulator, trading);
    }

    public WaterConfig withHydrology(Hydrology h) {
        return new WaterConfig(allocationRule, nodes, reservoirs, licences, uses, publicSupply, h, regulator, trading);
    }

    public WaterConfig withLicences(List<Licence> l) {
        return new WaterConfig(allocationRule, nodes, reservoirs, l, uses, publicSupply, hydrology, regulator, trading);
    }

    public WaterConfig withUses(List<WaterUse> u) {
        return new WaterConfig(allocationRule, nodes, reservoirs, licences, u, publicSupply, hydrology, regulator, trading);
    }

    public WaterConfig withReservoirs(List<Reservoir> r) {
        return new WaterConfig(allocationRule, nodes, r, licences, uses, publicSupply, hydrology, regulator, trading);
    }

    /** How water is shared out when there is not enough for every licence's demand. */
    public enum AllocationRule {
        /** Senior licences (lower priority number) are served first; equal priorities share proportionally. */
        PRIORITY("priority"),
        /** Public water supply first, then every other holder gets the same share of its demand. */
        EQUAL_SHARE("equal_share"),
        /** Historic rights (as under priority) are then traded at a uniform price between firms. */
        MARKET("market");

        private final String key;

        AllocationRule(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static AllocationRule of(String key) {
            for (AllocationRule r : values()) {
                if (r.key.equals(key)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown allocation rule " + key);
        }

        public static String[] keys() {
            AllocationRule[] v = values();
            String[] out = new String[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i].key;
            }
            return out;
        }
    }

    /**
     * A point on the river network. {@code meanFlowM3PerSecond} is the long-run natural flow at the
     * node, including everything upstream; {@code downstream} is null at the outlet.
     */
    public record Node(String id, String name, String downstream, double meanFlowM3PerSecond, double catchmentAreaKm2) { }

    /**
     * A reservoir at a node: it stores the node's inflow, must release the compensation flow
     * downstream while it holds water, and spills when full.
     *
     * @param initialFullShare storage at the start of the run, as a share of capacity
     */
    public record Reservoir(String id, String node, double capacityMl, double compensationFlowMlPerDay,
                            double initialFullShare) { }

    /**
     * An abstraction licence. {@code holder} is a sector id (the sector's firms hold it together)
     * or {@link #PUBLIC_WATER_SUPPLY}. Abstraction by a non-exempt licence must leave at least the
     * hands-off flow in the river at its node.
     *
     * @param priority    seniority: 1 is the most senior
     * @param consumptive false if the water goes back to the river at the same node (cooling)
     * @param exempt      exempt from scarcity restrictions and hands-off flows (set for drinking
     *                    water; small takes and non-consumptive returns are exempt anyway)
     */
    public record Licence(String id, String holder, String node, double annualCapMl, double dailyCapMl,
                          double handsOffFlowMlPerDay, int priority, boolean consumptive, boolean exempt) {
        public boolean isPublicSupply() {
            return PUBLIC_WATER_SUPPLY.equals(holder);
        }

        public Licence withHandsOffFlow(double mlPerDay) {
            return new Licence(id, holder, node, annualCapMl, dailyCapMl, mlPerDay, priority, consumptive, exempt);
        }
    }

    /**
     * A water-using sector. Of each of its firms' output, {@code dependentShare} needs water, at
     * {@code m3PerThousandPounds} per £1,000 of that output; irrigation needs follow the growing
     * season instead of being spread over the year.
     */
    public record WaterUse(String sector, double m3PerThousandPounds, double dependentShare, boolean irrigation) {
        public WaterUse withIntensity(double m3) {
            return new WaterUse(sector, m3, dependentShare, irrigation);
        }
    }

    /**
     * Public water supply from this catchment: residents × litres per person per day × the share
     * of the place's supply drawn from it. A shortfall brings household restrictions, valued at
     * {@code restrictionCostPerM3} (a welfare cost, not a payment).
     */
    public record PublicSupply(double litresPerPersonPerDay, double shareFromCatchment, double restrictionCostPerM3) {
        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .litresPerPersonPerDay(litresPerPersonPerDay)
                    .shareFromCatchment(shareFromCatchment)
                    .restrictionCostPerM3(restrictionCostPerM3);
        }

        /** Named construction of {@link PublicSupply}. */
        public static final class Builder {
            private Double litresPerPersonPerDay;
            private Double shareFromCatchment;
            private Double restrictionCostPerM3;

            private Builder() {
            }

            public Builder litresPerPersonPerDay(double value) { litresPerPersonPerDay = value; return this; }
            public Builder shareFromCatchment(double value) { shareFromCatchment = value; return this; }
            public Builder restrictionCostPerM3(double value) { restrictionCostPerM3 = value; return this; }

            public PublicSupply build() {
                return new PublicSupply(
                        Builders.required(litresPerPersonPerDay, "PublicSupply", "litresPerPersonPerDay"),
                        Builders.required(shareFromCatchment, "PublicSupply", "shareFromCatchment"),
                        Builders.required(restrictionCostPerM3, "PublicSupply", "restrictionCostPerM3"));
            }
        }
    }

    /**
     * The climate driving natural flows. Each month's flow = mean × seasonal factor × a persistent
     * wetness factor (log-normal, AR(1)) × (1 − drought depth while a drought lasts).
     *
     * @param seasonalAmplitude          seasonal swing around the mean, 0–0.95 (flow = mean × (1 + a·cos))
     * @param wettestMonth               month of the seasonal peak, 1 = January
     * @param variability                standard deviation of the monthly log wetness factor
     * @param persistence                month-to-month autocorrelation of the wetness factor
     * @param droughtsPerDecade          expected number of droughts starting in ten years
     * @param droughtDepth               share by which flows fall during a drought
     * @param droughtMonthsMin           shortest drought, months
     * @param droughtMonthsMax           longest drought, months
     * @param referenceDroughtsPerDecade the historic drought frequency that the catchment's flow
     *                                   percentiles (Q70, Q95, …) are derived from
     * @param referenceYears             length of the simulated reference record
     */
    public record Hydrology(double seasonalAmplitude, int wettestMonth, double variability, double persistence,
                            double droughtsPerDecade, double droughtDepth, int droughtMonthsMin, int droughtMonthsMax,
                            double referenceDroughtsPerDecade, int referenceYears) {
        public Hydrology withDroughtsPerDecade(double perDecade) {
            return new Hydrology(seasonalAmplitude, wettestMonth, variability, persistence, perDecade, droughtDepth,
                    droughtMonthsMin, droughtMonthsMax, referenceDroughtsPerDecade, referenceYears);
        }

        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .seasonalAmplitude(seasonalAmplitude)
                    .wettestMonth(wettestMonth)
                    .variability(variability)
                    .persistence(persistence)
                    .droughtsPerDecade(droughtsPerDecade)
                    .droughtDepth(droughtDepth)
                    .droughtMonthsMin(droughtMonthsMin)
                    .droughtMonthsMax(droughtMonthsMax)
                    .referenceDroughtsPerDecade(referenceDroughtsPerDecade)
                    .referenceYears(referenceYears);
        }

        /** Named construction of {@link Hydrology}. */
        public static final class Builder {
            private Double seasonalAmplitude;
            private Integer wettestMonth;
            private Double variability;
            private Double persistence;
            private Double droughtsPerDecade;
            private Double droughtDepth;
            private Integer droughtMonthsMin;
            private Integer droughtMonthsMax;
            private Double referenceDroughtsPerDecade;
            private Integer referenceYears;

            private Builder() {
            }

            public Builder seasonalAmplitude(double value) { seasonalAmplitude = value; return this; }
            public Builder wettestMonth(int value) { wettestMonth = value; return this; }
            public Builder variability(double value) { variability = value; return this; }
            public Builder persistence(double value) { persistence = value; return this; }
            public Builder droughtsPerDecade(double value) { droughtsPerDecade = value; return this; }
            public Builder droughtDepth(double value) { droughtDepth = value; return this; }
            public Builder droughtMonthsMin(int value) { droughtMonthsMin = value; return this; }
            public Builder droughtMonthsMax(int value) { droughtMonthsMax = value; return this; }
            public Builder referenceDroughtsPerDecade(double value) { referenceDroughtsPerDecade = value; return this; }
            public Builder referenceYears(int value) { referenceYears = value; return this; }

            public Hydrology build() {
                return new Hydrology(
                        Builders.required(seasonalAmplitude, "Hydrology", "seasonalAmplitude"),
                        Builders.required(wettestMonth, "Hydrology", "wettestMonth"),
                        Builders.required(variability, "Hydrology", "variability"),
                        Builders.required(persistence, "Hydrology", "persistence"),
                        Builders.required(droughtsPerDecade, "Hydrology", "droughtsPerDecade"),
                        Builders.required(droughtDepth, "Hydrology", "droughtDepth"),
                        Builders.required(droughtMonthsMin, "Hydrology", "droughtMonthsMin"),
                        Builders.required(droughtMonthsMax, "Hydrology", "droughtMonthsMax"),
                        Builders.required(referenceDroughtsPerDecade, "Hydrology", "referenceDroughtsPerDecade"),
                        Builders.required(referenceYears, "Hydrology", "referenceYears"));
            }
        }
    }

    /**
     * The regulator's scarcity levels: flow at the outlet below the catchment's own Q(early
     * warning), Q(alert), Q(moderate) and Q(significant) exceedance percentiles, or reservoir
     * storage below the given shares of capacity, raise the level.
     *
     * @param earlyWarningPercentile flow exceeded this % of the time marks early warning (e.g. 70 for Q70)
     * @param moderateReduction      share by which non-exempt abstractors reduce at moderate scarcity
     * @param smallTakeShareOfQ95    takes of at most this share of Q95 at their node are exempt from
     *                               scarcity restrictions
     */
    public record Regulator(double earlyWarningPercentile, double alertPercentile, double moderatePercentile,
                            double significantPercentile, double storageAlertShare, double storageModerateShare,
                            double storageSignificantShare, double moderateReduction, double smallTakeShareOfQ95) {
        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .earlyWarningPercentile(earlyWarningPercentile)
                    .alertPercentile(alertPercentile)
                    .moderatePercentile(moderatePercentile)
                    .significantPercentile(significantPercentile)
                    .storageAlertShare(storageAlertShare)
                    .storageModerateShare(storageModerateShare)
                    .storageSignificantShare(storageSignificantShare)
                    .moderateReduction(moderateReduction)
                    .smallTakeShareOfQ95(smallTakeShareOfQ95);
        }

        /** Named construction of {@link Regulator}. */
        public static final class Builder {
            private Double earlyWarningPercentile;
            private Double alertPercentile;
            private Double moderatePercentile;
            private Double significantPercentile;
            private Double storageAlertShare;
            private Double storageModerateShare;
            private Double storageSignificantShare;
            private Double moderateReduction;
            private Double smallTakeShareOfQ95;

            private Builder() {
            }

            public Builder earlyWarningPercentile(double value) { earlyWarningPercentile = value; return this; }
            public Builder alertPercentile(double value) { alertPercentile = value; return this; }
            public Builder moderatePercentile(double value) { moderatePercentile = value; return this; }
            public Builder significantPercentile(double value) { significantPercentile = value; return this; }
            public Builder storageAlertShare(double value) { storageAlertShare = value; return this; }
            public Builder storageModerateShare(double value) { storageModerateShare = value; return this; }
            public Builder storageSignificantShare(double value) { storageSignificantShare = value; return this; }
            public Builder moderateReduction(double value) { moderateReduction = value; return this; }
            public Builder smallTakeShareOfQ95(double value) { smallTakeShareOfQ95 = value; return this; }

            public Regulator build() {
                return new Regulator(
                        Builders.required(earlyWarningPercentile, "Regulator", "earlyWarningPercentile"),
                        Builders.required(alertPercentile, "Regulator", "alertPercentile"),
                        Builders.required(moderatePercentile, "Regulator", "moderatePercentile"),
                        Builders.required(significantPercentile, "Regulator", "significantPercentile"),
                        Builders.required(storageAlertShare, "Regulator", "storageAlertShare"),
                        Builders.required(storageModerateShare, "Regulator", "storageModerateShare"),
                        Builders.required(storageSignificantShare, "Regulator", "storageSignificantShare"),
                        Builders.required(moderateReduction, "Regulator", "moderateReduction"),
                        Builders.required(smallTakeShareOfQ95, "Regulator", "smallTakeShareOfQ95"));
            }
        }
    }

    /** The water market's cost per m³ traded, paid by the buyer to brokers outside the region. */
    public record Trading(double transactionCostPerM3) { }
}

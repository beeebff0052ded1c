package uk.lpip.sim.config;

import java.util.List;

/**
 * A region: its councils, their zones, and the road links between zones.
 *
 * @param commuting how far people will travel to work, by car and by bus
 */
public record PlaceConfig(
        String regionId,
        String regionName,
        List<CouncilConfig> councils,
        List<ZoneConfig> zones,
        List<RoadLinkConfig> roadLinks,
        CommutingConfig commuting) {

    public PlaceConfig {
        councils = List.copyOf(councils);
        zones = List.copyOf(zones);
        roadLinks = List.copyOf(roadLinks);
    }

    /**
     * A council (local authority).
     *
     * @param code       its ONS/GSS code (e.g. N09000003), or null
     * @param population its own population characteristics over the region's ({@link CouncilPopulationConfig#NONE} for none)
     * @param jobs       where published, the jobs located in the council (null: jobs follow its employed
     *                   residents, weighted for towns)
     */
    public record CouncilConfig(String id, String name, String code, CouncilPopulationConfig population,
                                CouncilJobsConfig jobs) {
        public CouncilConfig {
            population = population == null ? CouncilPopulationConfig.NONE : population;
        }

        /** A council with nothing of its own beyond its name. */
        public CouncilConfig(String id, String name) {
            this(id, name, null, CouncilPopulationConfig.NONE, null);
        }

        /** A council with its own people but no published workplace jobs. */
        public CouncilConfig(String id, String name, String code, CouncilPopulationConfig population) {
            this(id, name, code, population, null);
        }

        /** A council with published workplace jobs and nothing else of its own. */
        public CouncilConfig(String id, String name, CouncilJobsConfig jobs) {
            this(id, name, null, CouncilPopulationConfig.NONE, jobs);
        }
    }

    /**
     * Jobs by workplace in a council (BRES-like).
     *
     * @param employeeJobs employee jobs located in the council at scale 1.0; the region's starting jobs
     *                     (set by the level of labour demand) are shared among councils in proportion
     */
    public record CouncilJobsConfig(int employeeJobs) { }

    /**
     * A zone: a town, a group of villages, a ward.
     *
     * @param population      residents of all ages at scale 1.0
     * @param broadbandShare  share of premises with superfast broadband, 0–1
     * @param busServiceLevel 0 (no bus) to 1 (a frequent service); sets bus waiting time
     * @param carAccessShare  share of households with a car, 0–1
     */
    public record ZoneConfig(String id, String name, String councilId, int population, boolean urban,
                             double broadbandShare, double busServiceLevel, double carAccessShare) { }

    /** A two-way road link between two zones. */
    public record RoadLinkConfig(String fromZone, String toZone, double travelMinutes) { }

    /**
     * Commuting reach.
     *
     * @param maxCarMinutes          the longest one-way commute by car people accept
     * @param maxBusMinutes          the longest one-way commute by bus (including waiting)
     * @param busSlowdown            bus in-vehicle time as a multiple of car time
     * @param busWaitMinutesAtFullService average wait at service level 1; it grows as 1/level
     * @param withinZoneMinutes      travel time inside a zone
     */
    public record CommutingConfig(double maxCarMinutes, double maxBusMinutes, double busSlowdown,
                                  double busWaitMinutesAtFullService, double withinZoneMinutes) {
        /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
        public static Builder builder() {
            return new Builder();
        }

        /** A builder holding this record's values, to change some of them by name. */
        public Builder toBuilder() {
            return new Builder()
                    .maxCarMinutes(maxCarMinutes)
                    .maxBusMinutes(maxBusMinutes)
                    .busSlowdown(busSlowdown)
                    .busWaitMinutesAtFullService(busWaitMinutesAtFullService)
                    .withinZoneMinutes(withinZoneMinutes);
        }

        /** Named construction of {@link CommutingConfig}. */
        public static final class Builder {
            private Double maxCarMinutes;
            private Double maxBusMinutes;
            private Double busSlowdown;
            private Double busWaitMinutesAtFullService;
            private Double withinZoneMinutes;

            private Builder() {
            }

            public Builder maxCarMinutes(double value) { maxCarMinutes = value; return this; }
            public Builder maxBusMinutes(double value) { maxBusMinutes = value; return this; }
            public Builder busSlowdown(double value) { busSlowdown = value; return this; }
            public Builder busWaitMinutesAtFullService(double value) { busWaitMinutesAtFullService = value; return this; }
            public Builder withinZoneMinutes(double value) { withinZoneMinutes = value; return this; }

            public CommutingConfig build() {
                return new CommutingConfig(
                        Builders.required(maxCarMinutes, "CommutingConfig", "maxCarMinutes"),
                        Builders.required(maxBusMinutes, "CommutingConfig", "maxBusMinutes"),
                        Builders.required(busSlowdown, "CommutingConfig", "busSlowdown"),
                        Builders.required(busWaitMinutesAtFullService, "CommutingConfig", "busWaitMinutesAtFullService"),
                        Builders.required(withinZoneMinutes, "CommutingConfig", "withinZoneMinutes"));
            }
        }
    }
}

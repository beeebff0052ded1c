package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import uk.lpip.sim.config.CouncilPopulationConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PlaceConfig.CommutingConfig;
import uk.lpip.sim.config.PlaceConfig.CouncilConfig;
import uk.lpip.sim.config.PlaceConfig.CouncilJobsConfig;
import uk.lpip.sim.config.PlaceConfig.RoadLinkConfig;
import uk.lpip.sim.config.PlaceConfig.ZoneConfig;
import uk.lpip.sim.config.RunSettings;

/** The {@code run} and {@code region} sections. */
final class PlaceFormat {
    private PlaceFormat() {
    }

    static final ObjectSpec<RunSettings> RUN = new ObjectSpec<>("run settings", "how long to run, from which seed, at what scale",
            v -> new RunSettings(v.integer("months"), v.integer("burn_in_months"), v.whole("seed"), v.number("scale")),
            of("months", ValueSpec.integer(1, 1200), RunSettings::months, "months recorded after the burn-in", "months", "60"),
            of("burn_in_months", ValueSpec.integer(0, 600), RunSettings::burnInMonths,
                    "months simulated first and not recorded, so the synthetic economy settles", "months", "60"),
            of("seed", ValueSpec.whole(0, Long.MAX_VALUE), RunSettings::seed,
                    "run seed: every random draw is keyed by it", "", "20260101"),
            of("scale", ValueSpec.number(1e-6, 1.0), RunSettings::scale,
                    "fraction of the real population simulated (1.0 = one agent per person); counts scale with it, "
                            + "rates and shares do not", "share", "0.05"));

    static final ObjectSpec<CouncilJobsConfig> COUNCIL_JOBS = new ObjectSpec<>("council jobs",
            "jobs by workplace in the council (BRES-like); give every council of the region its jobs or none",
            v -> new CouncilJobsConfig(v.integer("employee_jobs")),
            of("employee_jobs", ValueSpec.integer(1, 20_000_000), CouncilJobsConfig::employeeJobs,
                    "employee jobs located in the council at scale 1.0; the region's starting jobs are shared among "
                            + "councils in proportion (cities import commuters, rural councils export them)", "jobs", "230648"));

    static final ObjectSpec<CouncilPopulationConfig> COUNCIL_POPULATION = new ObjectSpec<>("council population",
            "a council's own population characteristics; each key given overrides the region's population value "
                    + "for the people of the council's zones, each key left out is the region's",
            v -> new CouncilPopulationConfig(v.get("status_shares"), v.get("adult_skill_shares"), v.get("household_types"),
                    v.get("working_age_bands")),
            of("status_shares", PopulationFormat.STATUS, CouncilPopulationConfig::statusShares,
                    "labour status at the start (all seven shares, summing to 1)", "shares", "see status shares").asOptional(),
            of("adult_skill_shares", Skills.shares("adult skill shares"), CouncilPopulationConfig::adultSkillShares,
                    "highest qualification of working-age adults", "shares", "{none: 0.12, low: 0.30, medium: 0.22, high: 0.36}")
                    .asOptional(),
            of("household_types", new ListSpec<>(PopulationFormat.HOUSEHOLD_TYPE, 1), CouncilPopulationConfig::householdTypes,
                    "household compositions and their shares (the whole list)", "", "see household type").asOptional(),
            of("working_age_bands", new ListSpec<>(PopulationFormat.AGE_BAND, 1), CouncilPopulationConfig::workingAgeBands,
                    "age structure of adults aged 16–64 (the whole list)", "", "see age band").asOptional());

    static final ObjectSpec<CouncilConfig> COUNCIL = new ObjectSpec<>("council", "a local authority",
            v -> new CouncilConfig(v.text("id"), v.text("name"), v.text("code"), v.get("population"), v.get("jobs")),
            of("id", ValueSpec.id(), CouncilConfig::id, "identifier used by zones and interventions", "", "powys"),
            of("name", ValueSpec.text(), CouncilConfig::name, "name for outputs and charts", "", "Powys"),
            of("code", ValueSpec.gssCode(), CouncilConfig::code, "the council's ONS/GSS code", "", "W06000023").asOptional(),
            of("population", COUNCIL_POPULATION, (CouncilConfig c) -> isNone(c.population()) ? null : c.population(),
                    "the council's own population characteristics (see council population)", "", "see below").asOptional(),
            of("jobs", COUNCIL_JOBS, CouncilConfig::jobs, "jobs by workplace (optional)", "", "see below").asOptional());

    private static boolean isNone(CouncilPopulationConfig p) {
        return p.statusShares() == null && p.adultSkillShares() == null && p.householdTypes() == null
                && p.workingAgeBands() == null;
    }

    static final ObjectSpec<ZoneConfig> ZONE = new ObjectSpec<>("zone", "a town, a group of villages, a ward",
            v -> new ZoneConfig(v.text("id"), v.text("name"), v.text("council"), v.integer("population"), v.bool("urban"),
                    v.number("broadband_share"), v.number("bus_service"), v.number("car_access_share")),
            of("id", ValueSpec.id(), ZoneConfig::id, "identifier used by road links", "", "newtown"),
            of("name", ValueSpec.text(), ZoneConfig::name, "name for outputs", "", "Newtown"),
            of("council", ValueSpec.id(), ZoneConfig::councilId, "the council the zone belongs to", "", "powys"),
            of("population", ValueSpec.integer(1, 20_000_000), ZoneConfig::population,
                    "residents of all ages at scale 1.0", "persons", "11500"),
            of("urban", ValueSpec.bool(), ZoneConfig::urban, "urban (a settlement of 10,000+) or rural", "", "true"),
            of("broadband_share", ValueSpec.share(), ZoneConfig::broadbandShare,
                    "share of premises with superfast broadband", "share", "0.93"),
            of("bus_service", ValueSpec.share(), ZoneConfig::busServiceLevel,
                    "bus service level: 0 none, 1 frequent; waiting time grows as 1 / level", "0–1", "0.4"),
            of("car_access_share", ValueSpec.share(), ZoneConfig::carAccessShare,
                    "share of households with a car", "share", "0.85"));

    static final ObjectSpec<RoadLinkConfig> LINK = new ObjectSpec<>("road link", "a two-way road between two zones",
            v -> new RoadLinkConfig(v.text("from"), v.text("to"), v.number("minutes")),
            of("from", ValueSpec.id(), RoadLinkConfig::fromZone, "a zone id", "", "newtown"),
            of("to", ValueSpec.id(), RoadLinkConfig::toZone, "a zone id", "", "welshpool"),
            of("minutes", ValueSpec.number(0.1, 600), RoadLinkConfig::travelMinutes, "driving time", "minutes", "25"));

    static final ObjectSpec<CommutingConfig> COMMUTING = new ObjectSpec<>("commuting", "how far people travel to work",
            v -> CommutingConfig.builder().maxCarMinutes(v.number("max_car_minutes")).maxBusMinutes(v.number("max_bus_minutes"))
                    .busSlowdown(v.number("bus_slowdown")).busWaitMinutesAtFullService(v.number("bus_wait_minutes_at_full_service"))
                    .withinZoneMinutes(v.number("within_zone_minutes")).build(),
            of("max_car_minutes", ValueSpec.number(1, 240), CommutingConfig::maxCarMinutes,
                    "longest one-way commute by car", "minutes", "45"),
            of("max_bus_minutes", ValueSpec.number(1, 240), CommutingConfig::maxBusMinutes,
                    "longest one-way commute by bus, waiting included", "minutes", "60"),
            of("bus_slowdown", ValueSpec.number(1, 5), CommutingConfig::busSlowdown,
                    "bus in-vehicle time as a multiple of car time", "ratio", "1.6"),
            of("bus_wait_minutes_at_full_service", ValueSpec.number(0, 120), CommutingConfig::busWaitMinutesAtFullService,
                    "average wait where bus_service is 1", "minutes", "10"),
            of("within_zone_minutes", ValueSpec.number(0, 120), CommutingConfig::withinZoneMinutes,
                    "travel time within a zone", "minutes", "10"));

    static final ObjectSpec<PlaceConfig> REGION = new ObjectSpec<>("region", "the place: its councils, zones and roads",
            v -> new PlaceConfig(v.text("id"), v.text("name"), v.get("councils"), v.get("zones"), v.get("road_links"),
                    v.get("commuting")),
            of("id", ValueSpec.id(), PlaceConfig::regionId, "identifier used in outputs (area region:<id>)", "", "rural-wales"),
            of("name", ValueSpec.text(), PlaceConfig::regionName, "name for outputs and charts", "", "Rural Wales"),
            of("councils", new ListSpec<>(COUNCIL, 1), PlaceConfig::councils, "the councils", "", "see below"),
            of("zones", new ListSpec<>(ZONE, 1), PlaceConfig::zones, "the zones of all councils", "", "see below"),
            Field.<PlaceConfig, java.util.List<RoadLinkConfig>>of("road_links", new ListSpec<>(LINK, 0),
                    PlaceConfig::roadLinks, "roads between zones", "", "see below").withFallback(java.util.List.of()),
            of("commuting", COMMUTING, PlaceConfig::commuting, "commuting reach", "", "see below")
                    .withFallback(uk.lpip.sim.config.UkDefaults.commuting()));
}

package uk.lpip.scenarios.load;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.lpip.scenarios.HeapBudget;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.format.Suggestions;
import uk.lpip.scenarios.yaml.Node.MapNode;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.config.PopulationConfig.HouseholdTypeConfig;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.TaxBenefitConfig;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.policy.CommonSpec;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.InterventionType;
import uk.lpip.sim.policy.InterventionTypes;
import uk.lpip.sim.policy.SpecChecks;

/**
 * Checks that need the whole scenario: references between sections (a zone's council, a road's
 * zones, a licence's node), unique ids, shares across list entries that must sum to 1, and the
 * memory a scenario would need. Problems point at the value in the file where there is one.
 */
final class ScenarioChecks {
    private static final double SUM_TOLERANCE = 1e-3;

    private final MapNode root;
    private final Problems problems;

    ScenarioChecks(MapNode root, Problems problems) {
        this.root = root;
        this.problems = problems;
    }

    void check(Scenario s) {
        check(s.run(), s.region(), s.population(), s.sectors(), s.labour(), s.taxBenefit(), s.water());
        checkInterventions(s.interventions(), s.region(), s.run());
        if (s.interventions() != null && s.sectors() != null) {
            new WaterChecks(this).checkInterventions(s.interventions(), s.water(),
                    s.sectors().stream().map(SectorConfig::id).toList());
        }
    }

    /** Interventions act where the place has councils, zones and roads, and while the run records. */
    void checkInterventions(List<InterventionSpec> interventions, PlaceConfig region, RunSettings run) {
        if (interventions == null || region == null) {
            return;
        }
        Set<String> councils = new HashSet<>();
        region.councils().forEach(c -> councils.add(c.id()));
        Set<String> zones = new HashSet<>();
        region.zones().forEach(z -> zones.add(z.id()));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < interventions.size(); i++) {
            InterventionSpec spec = interventions.get(i);
            CommonSpec c = spec.common();
            String at = "interventions[" + i + "]";
            if (!names.add(c.name())) {
                add(at + ".name", "duplicate intervention name '" + c.name() + "'");
            }
            for (int k = 0; k < c.councils().size(); k++) {
                reference(c.councils().get(k), councils, at + ".councils[" + k + "]", "council");
            }
            for (int k = 0; k < c.zones().size(); k++) {
                reference(c.zones().get(k), zones, at + ".zones[" + k + "]", "zone");
            }
            String funder = c.funder();
            if (funder.startsWith("council:")) {
                reference(funder.substring("council:".length()), councils, at + ".funder", "council");
            } else if (!FUNDERS.contains(funder)) {
                String near = Suggestions.nearest(funder, FUNDERS);
                add(at + ".funder", "expected council:<id>, uk_government, devolved_government or partnership, found '"
                        + funder + "'" + (near != null ? "; did you mean '" + near + "'?" : ""));
            }
            if (run != null && c.startMonth() >= run.months()) {
                add(at + ".start_month", "starts in month " + c.startMonth() + " but the run records months 0–"
                        + (run.months() - 1) + "; raise run.months or start earlier");
            }
            InterventionType<?> type = InterventionTypes.of(spec);
            if (!type.needsACatchment()) {
                type.check(spec, forEntry(at, region, null, List.of()));
            }
        }
    }

    /** What one intervention's own checks see, reporting at paths under its entry {@code at}. */
    SpecChecks forEntry(String at, PlaceConfig region, WaterConfig water, List<String> sectorIds) {
        return new SpecChecks() {
            @Override
            public PlaceConfig region() {
                return region;
            }

            @Override
            public WaterConfig water() {
                return water;
            }

            @Override
            public List<String> sectorIds() {
                return sectorIds;
            }

            @Override
            public void add(String path, String message) {
                ScenarioChecks.this.add(at + path, message);
            }

            @Override
            public void reference(String value, Set<String> known, String path, String what) {
                ScenarioChecks.this.reference(value, known, at + path, what);
            }
        };
    }

    private static final List<String> FUNDERS = List.of("uk_government", "devolved_government", "partnership");

    /** Checks whichever sections could be read (a null section had problems of its own and is skipped). */
    void check(RunSettings run, PlaceConfig region, PopulationConfig population, List<SectorConfig> sectors,
               LabourConfig labour, TaxBenefitConfig taxBenefit, WaterConfig water) {
        if (region != null) {
            checkRegion(region);
            if (run != null) {
                checkMemory(region, run.scale());
                checkNobody(region, run.scale());
            }
        }
        if (population != null) {
            checkPopulation(population.workingAgeBands(), population.householdTypes(), "population");
        }
        Set<String> sectorIds = null;
        if (sectors != null) {
            sectorIds = uniqueIds(sectors, SectorConfig::id, "sectors", "sector");
            sumToOne(sectors.stream().mapToDouble(SectorConfig::employmentShare).sum(), "sectors", "sector employment shares");
        }
        if (sectors != null && labour != null && taxBenefit != null) {
            checkSectorsCanPayTheMinimumWage(sectors, labour, taxBenefit);
        }
        if (labour != null) {
            Set<String> reasons = new HashSet<>();
            for (int i = 0; i < labour.inactivity().size(); i++) {
                String reason = labour.inactivity().get(i).reason();
                if (!reasons.add(reason)) {
                    add("labour.inactivity[" + i + "].reason", "inactivity reason '" + reason + "' is listed twice");
                }
            }
        }
        if (labour != null && region != null) {
            checkCouncilHazards(labour, region);
        }
        if (water != null && sectorIds != null) {
            new WaterChecks(this).check(water, sectorIds);
        }
    }

    /** A population's (the region's or a council's) age bands and household types; either may be null (not given). */
    private void checkPopulation(List<PopulationConfig.AgeBandConfig> bands, List<HouseholdTypeConfig> types, String at) {
        if (bands != null) {
            checkAgeBands(bands, at + ".working_age_bands");
        }
        if (types != null) {
            uniqueIds(types, HouseholdTypeConfig::name, at + ".household_types", "household type");
            sumToOne(types.stream().mapToDouble(HouseholdTypeConfig::share).sum(), at + ".household_types",
                    "household type shares");
        }
    }

    /** Each council named at most once, and only councils of the region. */
    private void checkCouncilHazards(LabourConfig labour, PlaceConfig region) {
        Set<String> councils = new HashSet<>();
        region.councils().forEach(c -> councils.add(c.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labour.councils().size(); i++) {
            String id = labour.councils().get(i).council();
            String at = "labour.councils[" + i + "].council";
            if (!seen.add(id)) {
                add(at, "council '" + id + "' is listed twice in labour.councils");
            }
            reference(id, councils, at, "council");
        }
    }

    private void checkRegion(PlaceConfig region) {
        Set<String> councils = uniqueIds(region.councils(), PlaceConfig.CouncilConfig::id, "region.councils", "council");
        Set<String> zones = uniqueIds(region.zones(), PlaceConfig.ZoneConfig::id, "region.zones", "zone");
        Set<String> councilsWithZones = new HashSet<>();
        for (int i = 0; i < region.zones().size(); i++) {
            String council = region.zones().get(i).councilId();
            councilsWithZones.add(council);
            reference(council, councils, "region.zones[" + i + "].council", "council");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < region.councils().size(); i++) {
            PlaceConfig.CouncilConfig council = region.councils().get(i);
            String id = council.id();
            if (!councilsWithZones.contains(id)) {
                add("region.councils[" + i + "]", "council '" + id + "' has no zones; give it at least one zone");
            }
            if (council.code() != null && !codes.add(council.code())) {
                add("region.councils[" + i + "].code", "duplicate council code '" + council.code() + "'");
            }
            checkPopulation(council.population().workingAgeBands(), council.population().householdTypes(),
                    "region.councils[" + i + "].population");
        }
        boolean anyJobs = region.councils().stream().anyMatch(c -> c.jobs() != null);
        for (int i = 0; i < region.councils().size() && anyJobs; i++) {
            if (region.councils().get(i).jobs() == null) {
                add("region.councils[" + i + "]", "council '" + region.councils().get(i).id() + "' has no jobs while "
                        + "other councils do; give every council its jobs.employee_jobs or none");
            }
        }
        for (int i = 0; i < region.roadLinks().size(); i++) {
            PlaceConfig.RoadLinkConfig link = region.roadLinks().get(i);
            reference(link.fromZone(), zones, "region.road_links[" + i + "].from", "zone");
            reference(link.toZone(), zones, "region.road_links[" + i + "].to", "zone");
            if (link.fromZone().equals(link.toZone())) {
                add("region.road_links[" + i + "]", "a road link joins a zone ('" + link.fromZone() + "') to itself");
            }
        }
    }

    /**
     * An impossible combination: if a job at a sector's lowest required skill adds less value than a
     * minimum-wage job costs (with employer NI), every such firm loses money on it and closes.
     */
    private void checkSectorsCanPayTheMinimumWage(List<SectorConfig> sectors, LabourConfig labour, TaxBenefitConfig tax) {
        double minimum = labour.minimumMonthlyWage();
        double cost = minimum + Math.max(0, minimum - tax.employerNiThreshold()) * tax.employerNiRate();
        for (int i = 0; i < sectors.size(); i++) {
            SectorConfig s = sectors.get(i);
            double[] mix = s.skillMix();
            int lowest = 0;
            while (lowest < mix.length - 1 && mix[lowest] == 0) {
                lowest++;
            }
            double added = s.valueAddedPerWorkerMonthly() * labour.skillProductivity()[lowest];
            if (added < cost - 0.5) {
                add("sectors[" + i + "].value_added_per_worker_monthly", String.format(java.util.Locale.ROOT,
                        "sector '%s' cannot pay the minimum wage: its least-skilled jobs add £%,.0f a month but a "
                                + "minimum-wage job costs £%,.0f with employer NI; raise value_added_per_worker_monthly to "
                                + "at least %.0f or take that skill level out of its skill_mix",
                        s.id(), added, cost, Math.ceil(cost / labour.skillProductivity()[lowest])));
            }
        }
    }

    /** Bands must cover 16–64 exactly once, in order, and their shares sum to 1. */
    private void checkAgeBands(List<PopulationConfig.AgeBandConfig> bands, String at) {
        int next = 16;
        for (int i = 0; i < bands.size(); i++) {
            PopulationConfig.AgeBandConfig b = bands.get(i);
            if (b.fromAge() != next) {
                add(at + "[" + i + "].from_age", "expected the bands to run on from age " + next
                        + " (bands cover 16–64 in order without gaps or overlaps), found " + b.fromAge());
                return;
            }
            next = b.toAge() + 1;
        }
        if (next != 65) {
            add(at, "the last band ends at " + (next - 1) + "; the bands must reach 64");
            return;
        }
        sumToOne(bands.stream().mapToDouble(PopulationConfig.AgeBandConfig::share).sum(), at, "age band shares");
    }

    private void checkMemory(PlaceConfig region, double scale) {
        long persons = 0;
        for (PlaceConfig.ZoneConfig z : region.zones()) {
            persons += Math.round(z.population() * scale);
        }
        long heap = Runtime.getRuntime().maxMemory();
        long limit = HeapBudget.maxPersons(heap);
        if (persons > limit) {
            add("run.scale", String.format(java.util.Locale.ROOT,
                    "at scale %s the scenario simulates %,d people, about %s; this Java heap (%s) allows about %,d "
                            + "(after %d MB the run needs whatever its size). Lower run.scale (e.g. --set run.scale=%s) or give Java more memory "
                            + "(e.g. LPIP_JAVA_OPTS=-Xmx%dg ./lpip ...)",
                    fmt(scale), persons, size(HeapBudget.bytesNeeded(persons)), size(heap), limit, HeapBudget.FIXED_BYTES >> 20,
                    fmt(Math.max(1e-6, Math.floor(scale * limit / persons * 1000) / 1000)),
                    (long) Math.ceil(HeapBudget.bytesNeeded(persons) / 1e9) + 1));
        }
    }

    /** Every zone simulates someone: a zone of nobody has no rates to report, and a region of nobody no run. */
    private void checkNobody(PlaceConfig region, double scale) {
        PlaceConfig.ZoneConfig smallest = null;
        long persons = 0;
        for (PlaceConfig.ZoneConfig z : region.zones()) {
            persons += Math.round(z.population() * scale);
            if (smallest == null || z.population() < smallest.population()) {
                smallest = z;
            }
        }
        if (smallest == null || Math.round(smallest.population() * scale) >= 1) {
            return;
        }
        // The smallest scale at which round(population × scale) is 1, rounded up to two significant figures.
        double least = 0.5 / smallest.population();
        double unit = Math.pow(10, Math.floor(Math.log10(least)) - 1);
        double suggested = Math.ceil(least / unit) * unit;
        if (Math.round(smallest.population() * suggested) < 1) {
            suggested += unit;
        }
        add("run.scale", String.format(java.util.Locale.ROOT,
                "at scale %s zone '%s' (population %,d) would simulate nobody (the whole region %,d %s); the smallest "
                        + "scale that gives every zone at least one person is %s",
                java.math.BigDecimal.valueOf(scale).stripTrailingZeros().toPlainString(), smallest.id(), smallest.population(), persons, persons == 1 ? "person" : "people",
                new java.math.BigDecimal(suggested).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString()));
    }

    /** A heap size in GB (one decimal), or in MB below 1 GB. */
    private static String size(long bytes) {
        return bytes >= 1e9 ? String.format(java.util.Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(java.util.Locale.ROOT, "%d MB", bytes >> 20);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    <T> Set<String> uniqueIds(List<T> items, Function<T, String> id, String path, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            if (!seen.add(value)) {
                add(path + "[" + i + "]", "duplicate " + what + " id '" + value + "'");
            }
        }
        return seen;
    }

    void reference(String value, Set<String> known, String path, String what) {
        if (!known.contains(value)) {
            String near = Suggestions.nearest(value, known);
            add(path, "no " + what + " '" + value + "'" + (near != null ? "; did you mean '" + near + "'?"
                    : "; expected one of " + String.join(", ", known.stream().sorted().toList())));
        }
    }

    private void sumToOne(double sum, String path, String what) {
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            add(path, "the " + what + " must sum to 1, they sum to " + fmt(Math.round(sum * 10000) / 10000.0));
        }
    }

    /** Records a problem at the node the path names (or its nearest existing parent). */
    void add(String path, String message) {
        problems.add(NodePaths.locate(root, path), path, message);
    }
}

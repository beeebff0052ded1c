package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import java.util.List;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.scenarios.Scenario;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.UkDefaults;

/**
 * The scenario file format: its sections and every key. Absent keys take their value from
 * {@link #DEFAULTS} (UK-wide values, see UkDefaults); only {@code name} and {@code region} must be
 * given. The JSON Schema and the key tables in docs/scenario-format.md are generated from this.
 */
public final class ScenarioFormat {
    private ScenarioFormat() {
    }

    /** The key that names a scenario to inherit from; handled by the loader before reading. */
    public static final String EXTENDS = "extends";

    /** The top-level sections' specs, for reading one section on its own. */
    public static final class Sections {
        public static final Spec<RunSettings> RUN = PlaceFormat.RUN;
        public static final Spec<uk.lpip.sim.config.PlaceConfig> REGION = PlaceFormat.REGION;
        public static final Spec<uk.lpip.sim.config.PopulationConfig> POPULATION = PopulationFormat.POPULATION;
        public static final Spec<List<SectorConfig>> SECTORS = new ListSpec<>(SectorFormat.SECTOR, 1);
        public static final Spec<uk.lpip.sim.config.LabourConfig> LABOUR = EconomyFormat.LABOUR;
        public static final Spec<uk.lpip.sim.config.TaxBenefitConfig> TAX_BENEFIT = EconomyFormat.TAX_BENEFIT;
        public static final Spec<uk.lpip.sim.config.WaterConfig> WATER = WaterFormat.WATER;
        public static final Spec<List<InterventionSpec>> INTERVENTIONS = InterventionFormat.INTERVENTIONS;

        private Sections() {
        }
    }

    /** What every key defaults to. */
    public static final Scenario DEFAULTS = new Scenario(null, null, new RunSettings(60, 60, 20_260_101L, 1.0), null,
            UkDefaults.population(), UkDefaults.sectors(), UkDefaults.labour(), UkDefaults.firmDynamics(),
            UkDefaults.households(), UkDefaults.taxBenefit(), UkDefaults.councilFinance(), null, List.of(), 1);

    public static final ObjectSpec<Scenario> SCENARIO = new ObjectSpec<>("scenario", "a place and how to run it",
            v -> new Scenario(v.text("name"), v.text("description"), v.get("run"), v.get("region"), v.get("population"),
                    v.get("sectors"), v.get("labour"), v.get("firms"), v.get("households"), v.get("tax_benefit"),
                    v.get("council_finance"), v.get("water"), v.get("interventions"), v.integer("replicates")),
            of("name", ValueSpec.id(), Scenario::name, "the scenario's name, used for results directories and run ids", "",
                    "rural-wales"),
            Field.<Scenario, String>of(EXTENDS, ValueSpec.text(), s -> null,
                    "a bundled scenario name or a path (relative to this file) to inherit from: mappings merge key by key, "
                            + "lists are replaced whole", "", "demo").asOptional(),
            of("description", ValueSpec.text(), Scenario::description, "one line for 'lpip scenarios'", "",
                    "Powys, Ceredigion and Gwynedd").asOptional(),
            of("run", PlaceFormat.RUN, Scenario::run, "run settings", "", "see below"),
            of("region", PlaceFormat.REGION, Scenario::region, "the place", "", "see below"),
            of("population", PopulationFormat.POPULATION, Scenario::population, "population structure", "", "see below"),
            Field.<Scenario, List<SectorConfig>>of("sectors", Sections.SECTORS, Scenario::sectors,
                    "industries (a list replaces the default list whole)", "", "see below"),
            of("labour", EconomyFormat.LABOUR, Scenario::labour, "labour market", "", "see below"),
            of("firms", EconomyFormat.FIRMS, Scenario::firms, "firm dynamics", "", "see below"),
            of("households", EconomyFormat.HOUSEHOLDS, Scenario::households, "household spending", "", "see below"),
            of("tax_benefit", EconomyFormat.TAX_BENEFIT, Scenario::taxBenefit, "taxes and benefits", "", "see below"),
            of("council_finance", EconomyFormat.COUNCIL_FINANCE, Scenario::councilFinance, "council finance", "", "see below"),
            of("water", WaterFormat.WATER, Scenario::water, "a catchment (optional)", "", "see below").asOptional(),
            Field.<Scenario, List<InterventionSpec>>of("interventions", InterventionFormat.INTERVENTIONS,
                    Scenario::interventions, "interventions to run (each entry has a type); with any, lpip run runs "
                            + "paired baseline and intervention arms", "", "see docs/interventions.md"),
            of("replicates", ValueSpec.integer(1, 1000), Scenario::replicates, "paired replicates lpip run simulates when "
                    + "--replicates is not given (each pair with its own derived seed; sweeps, comparisons and trials set "
                    + "their own)", "", "5"));
}

package uk.lpip.scenarios;

import java.util.List;
import java.util.Objects;
import uk.lpip.sim.config.CouncilFinanceConfig;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.HouseholdConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.config.RunSettings;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.TaxBenefitConfig;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * A scenario as read from its file (after {@code extends} and {@code --set}): every section as an
 * immutable record. {@link #model()} resolves it into sim-core's typed configuration.
 * {@code replicates} is how many paired replicates {@code lpip run} simulates when the command
 * line does not say (1 unless the scenario sets it; the bundled intervention scenarios do).
 */
public record Scenario(
        String name,
        String description,
        RunSettings run,
        PlaceConfig region,
        PopulationConfig population,
        List<SectorConfig> sectors,
        LabourConfig labour,
        FirmDynamicsConfig firms,
        HouseholdConfig households,
        TaxBenefitConfig taxBenefit,
        CouncilFinanceConfig councilFinance,
        WaterConfig water,
        List<InterventionSpec> interventions,
        int replicates) {

    public Scenario {
        sectors = sectors == null ? null : List.copyOf(sectors);
        interventions = interventions == null ? null : List.copyOf(interventions);
    }

    /** A scenario that leaves the replicates to the command line (one unless it says). */
    public Scenario(String name, String description, RunSettings run, PlaceConfig region, PopulationConfig population,
                    List<SectorConfig> sectors, LabourConfig labour, FirmDynamicsConfig firms, HouseholdConfig households,
                    TaxBenefitConfig taxBenefit, CouncilFinanceConfig councilFinance, WaterConfig water,
                    List<InterventionSpec> interventions) {
        this(name, description, run, region, population, sectors, labour, firms, households, taxBenefit, councilFinance, water,
                interventions, 1);
    }

    /** The configuration sim-core runs. */
    public ModelConfig model() {
        Objects.requireNonNull(region, "region");
        return new ModelConfig(name, run, region, population, sectors, labour, firms, households, taxBenefit,
                councilFinance, water);
    }

    /** The same scenario without its interventions: the baseline arm of a paired run. */
    public Scenario baseline() {
        return new Scenario(name, description, run, region, population, sectors, labour, firms, households,
                taxBenefit, councilFinance, water, List.of(), replicates);
    }

    public Scenario withRun(RunSettings newRun) {
        return new Scenario(name, description, newRun, region, population, sectors, labour, firms, households,
                taxBenefit, councilFinance, water, interventions, replicates);
    }
}

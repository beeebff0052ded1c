package uk.lpip.sim.config;

import java.util.List;
import java.util.Objects;

/**
 * Everything a run of the model needs, fully resolved and typed. Scenario files are read
 * and validated elsewhere (the scenarios module) and turned into one of these; sim-core
 * never sees a file. {@code water} is null for a place without a catchment.
 */
public record ModelConfig(
        String name,
        RunSettings run,
        PlaceConfig place,
        PopulationConfig population,
        List<SectorConfig> sectors,
        LabourConfig labour,
        FirmDynamicsConfig firmDynamics,
        HouseholdConfig households,
        TaxBenefitConfig taxBenefit,
        CouncilFinanceConfig councilFinance,
        WaterConfig water) {

    public ModelConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(population, "population");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(labour, "labour");
        Objects.requireNonNull(firmDynamics, "firmDynamics");
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(taxBenefit, "taxBenefit");
        Objects.requireNonNull(councilFinance, "councilFinance");
        if (sectors.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one sector");
        }
    }

    /** A place without a catchment: firms are never short of water. */
    public ModelConfig(String name, RunSettings run, PlaceConfig place, PopulationConfig population,
                       List<SectorConfig> sectors, LabourConfig labour, FirmDynamicsConfig firmDynamics,
                       HouseholdConfig households, TaxBenefitConfig taxBenefit, CouncilFinanceConfig councilFinance) {
        this(name, run, place, population, sectors, labour, firmDynamics, households, taxBenefit, councilFinance, null);
    }

    /** The same model with another catchment ({@code null} for none). */
    public ModelConfig withWater(WaterConfig newWater) {
        return new ModelConfig(name, run, place, population, sectors, labour, firmDynamics,
                households, taxBenefit, councilFinance, newWater);
    }

    public ModelConfig withRun(RunSettings newRun) {
        return new ModelConfig(name, newRun, place, population, sectors, labour, firmDynamics,
                households, taxBenefit, councilFinance, water);
    }

    public ModelConfig withLabour(LabourConfig newLabour) {
        return new ModelConfig(name, run, place, population, sectors, newLabour, firmDynamics,
                households, taxBenefit, councilFinance, water);
    }

    public ModelConfig withFirmDynamics(FirmDynamicsConfig newFirmDynamics) {
        return new ModelConfig(name, run, place, population, sectors, labour, newFirmDynamics,
                households, taxBenefit, councilFinance, water);
    }

    public ModelConfig withPlace(PlaceConfig newPlace) {
        return new ModelConfig(name, run, newPlace, population, sectors, labour, firmDynamics,
                households, taxBenefit, councilFinance, water);
    }

    public ModelConfig withSectors(List<SectorConfig> newSectors) {
        return new ModelConfig(name, run, place, population, newSectors, labour, firmDynamics,
                households, taxBenefit, councilFinance, water);
    }
}

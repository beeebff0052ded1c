package uk.lpip.sim.build;

import uk.lpip.sim.accounts.Ledger;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Councils;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/** Builds the starting economy of a configuration: places, people, firms, jobs and council budgets. */
public final class EconomyBuilder {
    private EconomyBuilder() {
    }

    public static Economy build(ModelConfig config, ParallelChunks parallel) {
        Places places = new Places(config.place());
        long expected = 0;
        for (int z = 0; z < places.zoneCount(); z++) {
            expected += Math.round(places.configuredPopulation(z) * config.run().scale());
        }
        int capacity = (int) Math.min(Integer.MAX_VALUE - 64, expected + expected / 8 + 64);
        Persons persons = new Persons(capacity, config.labour().hours());
        Households households = new Households((int) (expected / 2 + 16));
        Firms firms = new Firms((int) (expected / 20 + 16));
        Councils councils = new Councils(places.councilCount());
        KeyedRandom rng = new KeyedRandom(config.run().seed());
        PopulationBuilder.build(config, places, persons, households, rng);
        persons.trim();
        households.trim();
        Economy e = new Economy(config, parallel, places, persons, households, firms, councils, new Ledger());
        FirmBuilder.build(config, places, persons, firms, e.sectors, rng, PopulationBuilder.BUILD_MONTH);
        InitialPlacement.place(e, PopulationBuilder.BUILD_MONTH);
        firms.rebuildWorkforce(persons.employer, persons.jobLevel, persons.status, persons.count(), Status.EMPLOYED, parallel);
        for (int f = 0; f < firms.count(); f++) {
            if (e.sectors.kind(firms.sector[f]) == SectorConfig.SectorKind.TRADABLE) {
                e.externalDemandBySector[firms.sector[f]] += firms.baseDemand[f];
            }
        }
        int workingAge = 0;
        for (int p = 0; p < persons.count(); p++) {
            workingAge += persons.isWorkingAge(p) ? 1 : 0;
        }
        e.setWorkingAge(workingAge, true);
        CouncilSetup.initialise(config, places, households, firms, e.sectors, councils);
        return e;
    }
}

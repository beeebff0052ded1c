package uk.lpip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.engine.Economy;
import uk.lpip.sim.engine.EconomyModel;
import uk.lpip.sim.population.Persons;
import uk.lpip.sim.population.Status;

/** The recorded rates are the definitions in MODEL.md, recomputed here from the agents themselves. */
class MetricsPhaseTest {
    @Test
    void ratesMatchTheirDefinitions() {
        try (EconomyModel model = new EconomyModel(TestPlaces.place(5_000, 1, 3, 131), 2)) {
            MetricsTable table = model.run();
            Economy e = model.economy();
            Persons persons = e.persons;
            int town = table.areas().council(0);
            double workingAge = 0;
            double employed = 0;
            double unemployed = 0;
            double active = 0;
            double discouraged = 0;
            for (int p = 0; p < persons.count(); p++) {
                if (persons.status[p] == Status.DEAD || e.places.councilOf(persons.zone[p]) != 0) {
                    continue;
                }
                byte s = persons.status[p];
                if (s == Status.EMPLOYED || s == Status.UNEMPLOYED) {
                    active++;
                    unemployed += s == Status.UNEMPLOYED ? 1 : 0;
                }
                if (persons.isWorkingAge(p)) {
                    workingAge++;
                    employed += s == Status.EMPLOYED ? 1 : 0;
                    discouraged += s == Status.DISCOURAGED ? 1 : 0;
                }
            }
            assertEquals(workingAge, table.value(0, town, Metric.WORKING_AGE_POPULATION));
            assertEquals(employed / workingAge, table.value(0, town, Metric.EMPLOYMENT_RATE), 1e-12);
            assertEquals(unemployed / active, table.value(0, town, Metric.UNEMPLOYMENT_RATE), 1e-12);
            assertEquals(discouraged / workingAge, table.value(0, town, Metric.DISCOURAGED_RATE), 1e-12);
            // Zones add up to their council, councils to the region.
            double zones = 0;
            for (int z = 0; z < e.places.zoneCount(); z++) {
                if (e.places.councilOf(z) == 0) {
                    zones += table.value(0, table.areas().zone(z), Metric.EMPLOYED);
                }
            }
            assertEquals(zones, table.value(0, town, Metric.EMPLOYED));
            assertEquals(table.value(0, town, Metric.POPULATION) + table.value(0, table.areas().council(1), Metric.POPULATION),
                    table.value(0, table.areas().region(), Metric.POPULATION));
        }
    }
}

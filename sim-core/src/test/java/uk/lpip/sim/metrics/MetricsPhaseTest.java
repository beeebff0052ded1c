package uk.lpip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/** The recorded rates are the definitions in docs/model.md, recomputed here from the agents themselves. */
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

    /** The firm-size shares count the filled jobs of each firm's enterprise: micro below 10, SMEs below 250. */
    @Test
    void firmSizeSharesCountFilledJobs() {
        try (EconomyModel model = new EconomyModel(TestPlaces.place(20_000, 1, 3, 17), 2)) {
            MetricsTable table = model.run();
            Firms firms = model.economy().firms;
            double alive = 0;
            double micro = 0;
            double jobs = 0;
            double smeJobs = 0;
            int largest = 0;
            int[] enterprise = new int[firms.count()];
            for (int f = 0; f < firms.count(); f++) {
                if (firms.alive[f]) {
                    enterprise[firms.enterprise[f]] += firms.totalJobs(f);
                }
            }
            for (int f = 0; f < firms.count(); f++) {
                if (!firms.alive[f]) {
                    continue;
                }
                int filled = 0;
                for (int k = 0; k < Skill.LEVELS; k++) {
                    filled += firms.jobs[f * Skill.LEVELS + k];
                }
                int size = enterprise[firms.enterprise[f]];
                alive++;
                micro += size < 10 ? 1 : 0;
                jobs += filled;
                smeJobs += size < 250 ? filled : 0;
                largest = Math.max(largest, size);
            }
            int region = table.areas().region();
            double microShare = table.value(0, region, Metric.MICRO_FIRM_SHARE);
            assertEquals(micro / alive, microShare, 1e-12);
            assertEquals(smeJobs / jobs, table.value(0, region, Metric.SME_EMPLOYMENT_SHARE), 1e-12);
            // A skewed size distribution: most firms are micro, yet they are not all.
            assertTrue(microShare > 0.5 && microShare < 1, "micro share " + microShare);
            assertEquals(alive, table.value(0, region, Metric.FIRMS));
        }
    }
}

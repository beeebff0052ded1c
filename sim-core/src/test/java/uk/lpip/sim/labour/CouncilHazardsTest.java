package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.config.CouncilHazardsConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/** A council's hazard multipliers change how often its own residents move into and out of inactivity. */
class CouncilHazardsTest {
    /** Persons of working age in {@code zone} who became long-term sick over {@code months} months of the phase alone. */
    private static int[] newlySickByZone(ModelConfig config, int months) {
        Economy e = EconomyBuilder.build(config, new ParallelChunks(1));
        Persons persons = e.persons;
        boolean[] sickBefore = new boolean[persons.count()];
        for (int p = 0; p < persons.count(); p++) {
            sickBefore[p] = persons.status[p] == Status.LONG_TERM_SICK;
        }
        for (int m = 0; m < months; m++) {
            e.setMonth(m);
            new InactivityFlows().step(e);
        }
        int[] out = new int[3];
        for (int p = 0; p < persons.count(); p++) {
            if (!sickBefore[p] && persons.status[p] == Status.LONG_TERM_SICK) {
                out[persons.zone[p]]++;
            }
        }
        return out;
    }

    @Test
    void aCouncilsLongTermSickMultiplierRaisesItsInflowAndLeavesTheOtherCouncilAlone() {
        ModelConfig base = TestPlaces.place(30_000, 12, 0, 5);
        ModelConfig sicker = base.withLabour(base.labour().toBuilder().councils(List.of(
                CouncilHazardsConfig.neutral("rural").toBuilder().longTermSick(3).build())).build());
        int[] before = newlySickByZone(base, 12);
        int[] after = newlySickByZone(sicker, 12);
        // the town council's zones draw the same numbers against the same hazards: nothing changes there
        assertEquals(before[TestPlaces.TOWN], after[TestPlaces.TOWN]);
        assertEquals(before[TestPlaces.SUBURB], after[TestPlaces.SUBURB]);
        double ratio = (double) after[TestPlaces.VILLAGE] / before[TestPlaces.VILLAGE];
        assertTrue(before[TestPlaces.VILLAGE] > 20, "village inflow " + before[TestPlaces.VILLAGE]);
        assertTrue(ratio > 2.2 && ratio < 3.8, "three times the hazard gave " + ratio + " times the inflow");
    }

    @Test
    void aLowerExitMultiplierKeepsTheCouncilsInactiveLonger() {
        ModelConfig base = TestPlaces.place(30_000, 12, 0, 5);
        ModelConfig stickier = base.withLabour(base.labour().toBuilder().councils(List.of(
                CouncilHazardsConfig.neutral("rural").toBuilder().inactivityExit(0.2).build())).build());
        assertTrue(returnsToSearch(stickier) < 0.5 * returnsToSearch(base));
    }

    private static int returnsToSearch(ModelConfig config) {
        Economy e = EconomyBuilder.build(config, new ParallelChunks(1));
        Persons persons = e.persons;
        boolean[] caring = new boolean[persons.count()];
        for (int p = 0; p < persons.count(); p++) {
            caring[p] = persons.zone[p] == TestPlaces.VILLAGE && persons.status[p] == Status.CARING;
        }
        for (int m = 0; m < 12; m++) {
            e.setMonth(m);
            new InactivityFlows().step(e);
        }
        int back = 0;
        for (int p = 0; p < persons.count(); p++) {
            back += caring[p] && persons.status[p] == Status.UNEMPLOYED ? 1 : 0;
        }
        return back;
    }
}

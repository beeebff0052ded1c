package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * The screening weights are read from the configuration: with the same people and the same luck,
 * the spell cap and the penalty per month decide how much a longer spell costs an applicant.
 */
class ScreeningParametersTest {
    private static final int L = Skill.LEVELS;

    /** Hire rates {12-month group, 24-month group} in one oversubscribed month. */
    private static double[] hireRates(LabourConfig lc) {
        Economy e = EconomyBuilder.build(TestPlaces.place(4_000, 12, 0, 21).withLabour(lc), new ParallelChunks(1));
        Persons persons = e.persons;
        boolean[] searcher = new boolean[persons.count()];
        for (int p = 0; p < persons.count(); p++) {
            if (persons.isWorkingAge(p) && persons.status[p] != Status.EMPLOYED) {
                persons.changeStatus(p, Status.UNEMPLOYED);
                // past the permitted period, so everyone applies at the posted wage
                persons.monthsInStatus[p] = (short) (p % 2 == 0 ? 12 : 24);
                persons.monthlyWage[p] = 2_000f;
                searcher[p] = true;
            }
        }
        Firms firms = e.firms;
        Arrays.fill(firms.vacancies, 0);
        Arrays.fill(firms.layoffShare, 0f);
        for (int f = 0; f < firms.count(); f += 3) {
            if (firms.alive[f]) {
                firms.vacancies[f * L + Skill.NONE] = 1;
                firms.postedWage[f * L + Skill.NONE] = 2_500f;
            }
        }
        new LabourMarket().step(e);
        int[] pool = new int[2];
        int[] hired = new int[2];
        for (int p = 0; p < searcher.length; p++) {
            if (searcher[p]) {
                pool[p % 2]++;
                hired[p % 2] += persons.status[p] == Status.EMPLOYED ? 1 : 0;
            }
        }
        assertTrue(pool[0] > 150 && pool[1] > 150, "searchers: " + Arrays.toString(pool));
        return new double[] {(double) hired[0] / pool[0], (double) hired[1] / pool[1]};
    }

    @Test
    void theSpellCapDecidesWhetherTwoYearsOutCostMoreThanOne() {
        LabourConfig defaults = UkDefaults.labour();
        assertEquals(24, defaults.screeningSpellCapMonths());
        double[] uncapped = hireRates(defaults);
        double[] capped = hireRates(defaults.toBuilder().screeningSpellCapMonths(12).build());
        double gapUncapped = uncapped[0] - uncapped[1];
        double gapCapped = capped[0] - capped[1];
        // Default: 24 months out scores 0.36 below 12 months out, on a luck term of 0–1.
        assertTrue(gapUncapped > 0.03, "hire rates at 12 and 24 months, cap 24: " + Arrays.toString(uncapped));
        // Capped at 12 months, both groups carry the same penalty: the gap closes.
        assertTrue(gapCapped < gapUncapped / 3, "cap 12: " + Arrays.toString(capped) + " against cap 24: "
                + Arrays.toString(uncapped));
    }

    @Test
    void noPenaltyPerMonthMeansTheSpellDoesNotMatterToEmployers() {
        LabourConfig defaults = UkDefaults.labour();
        double[] withPenalty = hireRates(defaults);
        double[] without = hireRates(defaults.toBuilder().screeningPenaltyPerMonth(0).build());
        double[] doubled = hireRates(defaults.toBuilder().screeningPenaltyPerMonth(0.06).build());
        double gap = withPenalty[0] - withPenalty[1];
        assertTrue(Math.abs(without[0] - without[1]) < gap / 3, "no penalty: " + Arrays.toString(without));
        // A heavier penalty lowers both groups' chances, so the absolute gap need not widen once the longer-out
        // group's chance is near zero; what must grow is their disadvantage relative to the shorter-out group.
        assertTrue(withPenalty[1] > 0 && doubled[1] / doubled[0] < withPenalty[1] / withPenalty[0],
                "penalty 0.06: " + Arrays.toString(doubled) + " against 0.03: " + Arrays.toString(withPenalty));
    }
}

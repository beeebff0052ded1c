package uk.lpip.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.UkDefaults;

/** The behavioural constants' scenario keys: absent they are the UK defaults, given they are read and bounded. */
class BehaviouralKeysTest {
    @TempDir
    Path tmp;

    @Test
    void absentKeysAreTheUkDefaults() throws Exception {
        Scenario demo = ScenarioLoader.load("demo");
        assertEquals(UkDefaults.labour().screeningSpellCapMonths(), demo.labour().screeningSpellCapMonths());
        assertEquals(UkDefaults.firmDynamics().entrantJobs(), demo.firms().entrantJobs());
        assertEquals(UkDefaults.households().initialSavingsPerAdult(), demo.households().initialSavingsPerAdult());
    }

    @Test
    void givenKeysAreRead() throws Exception {
        Scenario s = ScenarioLoader.load("demo", List.of("labour.screening_spell_cap_months=12",
                "labour.screening_penalty_per_month=0.05", "labour.wage_markup_max=1.2", "labour.min_search_intensity=0.2",
                "labour.discouragement.tightness_factor_max=3", "firms.entrant_jobs=3", "firms.exit_hazard_half_jobs=20",
                "firms.urban_job_weight=1.1", "households.initial_savings_per_adult=500",
                "council_finance.income_trend_weight=0.1", "population.mortality_cap_yearly=0.5"));
        assertEquals(12, s.labour().screeningSpellCapMonths());
        assertEquals(0.05, s.labour().screeningPenaltyPerMonth());
        assertEquals(1.2, s.labour().wageMarkupMax());
        assertEquals(0.2, s.labour().minSearchIntensity());
        assertEquals(3, s.labour().discouragement().tightnessFactorMax());
        assertEquals(UkDefaults.labour().discouragement().durationCapMonths(), s.labour().discouragement().durationCapMonths());
        assertEquals(3, s.firms().entrantJobs());
        assertEquals(20, s.firms().exitHazardHalfJobs());
        assertEquals(1.1, s.firms().urbanJobWeight());
        assertEquals(500, s.households().initialSavingsPerAdult());
        assertEquals(0.1, s.councilFinance().incomeTrendWeight());
        assertEquals(0.5, s.population().mortalityCapYearly());
    }

    @Test
    void valuesOutOfRangeAreRefusedWithTheirLocation() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), String.join("\n",
                "extends: demo",
                "name: bad",
                "labour:",
                "  wage_markup_min: 1.2",
                "  screening_spell_cap_months: 500",
                "firms:",
                "  entrant_jobs: 0",
                ""));
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file.toString()));
        assertEquals(List.of(
                file + ":4:20: labour.wage_markup_min: expected a number from 0.5 to 1, found the number 1.2",
                file + ":5:31: labour.screening_spell_cap_months: expected a whole number from 0 to 120, found the number 500",
                file + ":7:17: firms.entrant_jobs: expected a number from 0.5 to 100, found the number 0"),
                ScenarioLoader.lines(e));
    }
}

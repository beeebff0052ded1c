package uk.lpip.sim.households;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.rules.TaxBenefit;

class TaxBenefitTest {
    private final TaxBenefit rules = new TaxBenefit(UkDefaults.taxBenefit());

    @Test
    void incomeTaxFollowsTheBands() {
        assertEquals(0, rules.incomeTax(1_000), 1e-9);
        // £30,000 a year: (30,000 − 12,570) × 20% = £3,486 a year
        assertEquals(3_486 / 12.0, rules.incomeTax(30_000 / 12.0), 1e-6);
        // £60,000: basic band 37,700 × 20% + (60,000 − 50,270) × 40% = 7,540 + 3,892
        assertEquals((7_540 + 3_892) / 12.0, rules.incomeTax(60_000 / 12.0), 1e-6);
    }

    @Test
    void nationalInsuranceFollowsTheThresholds() {
        assertEquals(0, rules.employeeNi(1_000), 1e-9);
        assertEquals((2_500 - 1_048) * 0.08, rules.employeeNi(2_500), 1e-9);
        assertEquals((4_189 - 1_048) * 0.08 + (5_000 - 4_189) * 0.02, rules.employeeNi(5_000), 1e-9);
        assertEquals((2_500 - 758) * 0.138, rules.employerNi(2_500), 1e-9);
    }

    @Test
    void theBenefitIsTaperedAt55PenceInThePoundAboveTheWorkAllowance() {
        double single = rules.benefit(1, 0, 0);
        assertEquals(393.45, single, 1e-9);
        assertEquals(single - 0.55 * 100, rules.benefit(1, 0, 100), 1e-9);
        assertEquals(0, rules.benefit(1, 0, 2_000), 1e-9);
        double parent = rules.benefit(1, 2, 0);
        assertEquals(parent, rules.benefit(1, 2, 404), 1e-9, "earnings up to the work allowance are disregarded");
        assertEquals(parent - 0.55 * 96, rules.benefit(1, 2, 500), 1e-9);
        assertEquals(0, rules.benefit(0, 0, 0), 1e-9, "pensioner households receive pensions instead");
    }

    @Test
    void theModifiedOecdScale() {
        assertEquals(1.0, HouseholdIncomes.equivalenceScale(1, 0, 1), 1e-12);
        // Couple with two children under 14: 1 + 0.5 + 0.3 + 0.3
        assertEquals(2.1, HouseholdIncomes.equivalenceScale(2, 2, 2), 1e-12);
        // Couple with a 15-year-old and a 10-year-old: 1 + 0.5 + 0.5 + 0.3
        assertEquals(2.3, HouseholdIncomes.equivalenceScale(2, 2, 3), 1e-12);
    }
}

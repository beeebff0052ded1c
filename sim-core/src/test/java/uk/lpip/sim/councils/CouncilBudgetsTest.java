package uk.lpip.sim.councils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.config.CouncilFinanceConfig;
import uk.lpip.sim.config.UkDefaults;

class CouncilBudgetsTest {
    @Test
    void councilsSpendTheirIncomeAndMoveReservesTowardsTheirTarget() {
        CouncilFinanceConfig cf = UkDefaults.councilFinance();
        double income = 1_000_000;
        double target = cf.reserveTargetMonths() * income;
        assertEquals(income, CouncilBudgets.plannedBudget(income, target, cf), 1e-6);
        assertTrue(CouncilBudgets.plannedBudget(income, 2 * target, cf) > income, "surplus reserves are spent down");
        assertTrue(CouncilBudgets.plannedBudget(income, 0, cf) < income, "depleted reserves are rebuilt");
    }
}

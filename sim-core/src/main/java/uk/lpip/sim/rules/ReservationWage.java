package uk.lpip.sim.rules;

import uk.lpip.sim.config.LabourConfig;

/**
 * The lowest wage an unemployed person accepts. It starts near the last wage (or, for someone
 * who has not worked, a wage typical of their skill) and falls with the length of the spell, as
 * job-search theory and the evidence on unemployment duration suggest; it never falls below the
 * legal minimum, which is the lowest wage any firm may offer. After the permitted period of
 * Universal Credit conditionality, a claimant is expected to take any job they can do: the
 * reservation wage is then the minimum.
 */
public final class ReservationWage {
    private ReservationWage() {
    }

    public static double of(LabourConfig c, double lastWage, int skill, int monthsUnemployed) {
        if (monthsUnemployed >= c.permittedPeriodMonths()) {
            return c.minimumMonthlyWage();
        }
        double start = lastWage > 0 ? lastWage * c.reservationStartRatio()
                : c.minimumMonthlyWage() * (1.0 + c.reservationSkillStep() * skill);
        double decayed = start * Math.pow(1.0 - c.reservationDecayPerMonth(), monthsUnemployed);
        return Math.max(decayed, c.minimumMonthlyWage());
    }
}

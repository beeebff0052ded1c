package uk.lpip.sim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.policy.Participant;
import uk.lpip.sim.state.Status;

/**
 * Participants' outcome k months after their own start, on a planted case small enough to check
 * by hand: ten participants, nine starting in month 2 and one in month 8, over a 10-month record.
 */
class ParticipantOutcomeTest {
    private static final int MONTHS = 10;

    /** Each recorded month's statuses: everyone unemployed except {@code employedAt8} in month 8. */
    private static EmploymentHistory history(int... employedAt8) {
        List<byte[]> months = new ArrayList<>();
        for (int m = 0; m < MONTHS; m++) {
            byte[] status = new byte[10];
            java.util.Arrays.fill(status, Status.UNEMPLOYED);
            if (m == 8) {
                for (int p : employedAt8) {
                    status[p] = Status.EMPLOYED;
                }
            }
            months.add(status);
        }
        return EmploymentHistory.of(months);
    }

    private static List<Participant> people() {
        List<Participant> out = new ArrayList<>();
        for (int p = 0; p < 9; p++) {
            out.add(new Participant(p, 2, 8, true));
        }
        out.add(new Participant(9, 8, 14, true));
        return out;
    }

    @Test
    void recoversAPlantedEffectOnTheSamePeople() {
        // with the programme persons 0-5 are in work in month 8, without it persons 0, 1 and 6
        EmploymentHistory with = history(0, 1, 2, 3, 4, 5, 9);
        EmploymentHistory without = history(0, 1, 6, 9);
        ParticipantOutcome o = ParticipantOutcome.of(people(), 6, with, without);
        // person 9 started in month 8: 6 months on is month 14, beyond the horizon, so not observed
        assertEquals(new ParticipantOutcome(6, 9, 6, 3, 2), o);
        assertEquals(6.0 / 9, o.shareWith(), 1e-12);
        assertEquals(3.0 / 9, o.shareWithout(), 1e-12);
        assertEquals(3.0 / 9, o.effect(), 1e-12, "(6 - 3) / 9");
        // paired differences: four +1 (persons 2-5), one -1 (person 6), four 0: variance (5 - 9 (1/3)^2) / 8 = 0.5
        assertEquals(Math.sqrt(0.5 / 9), o.effectSe(), 1e-12);
        assertEquals(1.0, o.relativeRise(), 1e-12, "6 / 3 - 1");
        assertTrue(o.relativeRiseSe() > 0);
    }

    @Test
    void nothingIsObservedBeyondTheHorizon() {
        EmploymentHistory h = history(0);
        ParticipantOutcome o = ParticipantOutcome.of(people(), 8, h, h);
        assertEquals(0, o.observed(), "2 + 8 = month 10 is past the last recorded month, 9");
        assertTrue(Double.isNaN(o.effect()) && Double.isNaN(o.effectSe()) && Double.isNaN(o.relativeRise()));
        assertEquals(9, ParticipantOutcome.of(people(), 7, h, h).observed(), "month 9 is the horizon: observed");
    }
}

package uk.lpip.sim.labour;

import java.util.Arrays;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Skill;

/**
 * Time to fill ({@code labour.recruiting_chance}): which posts recruit this month. A post (a firm's jobs at one
 * level) with vacancies is recruiting — taking applications and making offers — with the chance, by its own
 * draw for the month, the same in every matching round and in every arm of a paired run. The others' vacancies
 * stay open, as vacancies do while employers advertise and shortlist, so a vacancy lasts about 1/chance months
 * even where searchers are at hand. Also counts the vacancies open as the month's matching begins, for the
 * fill rate ({@code vacancy_fill_rate}).
 */
final class Recruiting {
    private static final int L = Skill.LEVELS;
    private long[] slots = new long[0];

    /**
     * Counts the open vacancies by zone into the month's counters and marks the posts recruiting this month:
     * a bit a slot ({@code firm * LEVELS + level}), or null if every post recruits (a chance of 1).
     */
    long[] mark(Economy e) {
        Firms firms = e.firms;
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f]) {
                e.counters.vacanciesAtMatching[firms.zone[f]] += firms.totalVacancies(f);
            }
        }
        double chance = e.config.labour().recruitingChance();
        if (chance >= 1.0) {
            return null;
        }
        int words = (firms.count() * L + 63) >> 6;
        if (slots.length < words) {
            slots = new long[words + (words >> 3) + 1];
        }
        Arrays.fill(slots, 0, words, 0L);   // only the words this month's slots use
        int month = e.month();
        for (int s = 0; s < firms.count() * L; s++) {
            if (firms.vacancies[s] > 0 && e.random.uniform(Purpose.RECRUITING, month, s) < chance) {
                slots[s >>> 6] |= 1L << s;
            }
        }
        return slots;
    }
}

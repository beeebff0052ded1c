package uk.lpip.sim.metrics;

import java.util.Arrays;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Gross flows of working-age residents (16–64, below pension age) between employment (E),
 * unemployment (U) and inactivity (I): who changed state since last month, and since three months
 * ago — the quarter-to-quarter transitions that the LFS longitudinal flows (ONS dataset X02)
 * publish — and the exit rate from unemployment by the length of the spell last month.
 *
 * <p>Each person's last three months are kept in one byte indexed by person id: last month's state
 * (with the spell band while unemployed; 3 bits), and for two and three months ago only the flow
 * state (E, U, I or not counted; 2 bits each), all a quarterly flow needs. A slot reused by a newborn
 * starts from "not of working age", so births and people turning 16 or 65 make no flow. Counted per zone in parallel
 * chunks, with no allocation per person.
 */
final class FlowMetrics {
    /** Person states: not counted, employed, inactive, unemployed with spell < 3, 3–5, 6–11, 12+ months. */
    private static final byte NONE = 0;
    private static final byte E = 1;
    private static final byte I = 2;
    private static final byte U = 3;
    /** The three states of a flow, in E, U, I order. */
    static final int STATES = 3;
    static final int BANDS = 4;
    /** Per zone: monthly 3×3 transitions, quarterly 3×3 transitions, per band unemployed last month and exits. */
    static final int MONTHLY = 0;
    static final int QUARTERLY = STATES * STATES;
    static final int BAND_STOCK = 2 * STATES * STATES;
    static final int BAND_EXITS = BAND_STOCK + BANDS;
    static final int K = BAND_EXITS + BANDS;

    /** Bits 0–2: last month's state; 3–4 and 5–6: {@link #index} + 1 of two and of three months ago (0: not counted). */
    private static final int LAST_BITS = 3;
    private static final int TWO_AGO_SHIFT = 3;
    private static final int THREE_AGO_SHIFT = 5;
    private byte[] history = new byte[0];
    private long[][] byChunk = new long[0][];
    private int observed;

    /** Counts this month's flows per zone (laid out {@code zone * K + component}) and remembers the states. */
    long[] observe(Economy e) {
        Persons persons = e.persons;
        int n = persons.count();
        int zones = e.places.zoneCount();
        if (history.length < n) {
            history = Arrays.copyOf(history, Math.max(n, persons.capacity()));   // grows with the persons' arrays
        }
        byte[] months = history;
        boolean monthly = observed >= 1;
        boolean quarterly = observed >= 3;
        int pensionAge = e.config.population().statePensionAgeYears() * 12;
        int chunks = ParallelChunks.chunkCount(n, Economy.COUNT_CHUNK);
        if (byChunk.length < chunks || (chunks > 0 && byChunk[0].length != zones * K)) {
            byChunk = new long[chunks][zones * K];
        }
        e.parallel.forEachChunk(n, Economy.COUNT_CHUNK, (chunk, from, to) -> {
            long[] k = byChunk[chunk];
            Arrays.fill(k, 0);
            for (int p = from; p < to; p++) {
                byte state = state(persons, p, pensionAge);
                int base = persons.zone[p] * K;
                int to3 = index(state);
                int h = months[p];
                byte before = (byte) (h & ((1 << LAST_BITS) - 1));
                if (monthly && to3 >= 0) {
                    int from3 = index(before);
                    if (from3 >= 0) {
                        k[base + MONTHLY + from3 * STATES + to3]++;
                    }
                    if (before >= U) {
                        int band = before - U;
                        k[base + BAND_STOCK + band]++;
                        if (state < U) {
                            k[base + BAND_EXITS + band]++;
                        }
                    }
                }
                if (quarterly && to3 >= 0) {
                    int from3 = ((h >>> THREE_AGO_SHIFT) & 3) - 1;
                    if (from3 >= 0) {
                        k[base + QUARTERLY + from3 * STATES + to3]++;
                    }
                }
                months[p] = (byte) (state | (index(before) + 1) << TWO_AGO_SHIFT | ((h >>> TWO_AGO_SHIFT) & 3) << THREE_AGO_SHIFT);
            }
        });
        observed++;
        long[] total = new long[zones * K];
        for (int c = 0; c < chunks; c++) {
            for (int i = 0; i < total.length; i++) {
                total[i] += byChunk[c][i];
            }
        }
        return total;
    }

    private static byte state(Persons persons, int p, int pensionAge) {
        byte s = persons.status[p];
        int age = persons.ageMonths[p];
        if (s == Status.DEAD || age < 16 * 12 || age >= 65 * 12 || age >= pensionAge) {
            return NONE;
        }
        switch (s) {
            case Status.EMPLOYED:
                return E;
            case Status.UNEMPLOYED:
                int months = persons.monthsInStatus[p];
                return (byte) (U + (months < 3 ? 0 : months < 6 ? 1 : months < 12 ? 2 : 3));
            case Status.STUDENT, Status.CARING, Status.LONG_TERM_SICK, Status.RETIRED, Status.DISCOURAGED:
                return I;
            default:
                return NONE;
        }
    }

    /** 0 for E, 1 for U, 2 for I, −1 for not counted. */
    private static int index(byte state) {
        return state == NONE ? -1 : state == E ? 0 : state == I ? 2 : 1;
    }
}

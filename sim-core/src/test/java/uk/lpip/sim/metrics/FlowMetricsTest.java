package uk.lpip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * The gross flows, their monthly and quarterly rates and the exit rates from unemployment by
 * spell are their definitions (docs/outputs.md), recomputed here from snapshots of every person
 * taken after each month.
 */
class FlowMetricsTest {
    private static final Metric[] FLOWS = {Metric.FLOW_E_U, Metric.FLOW_E_I, Metric.FLOW_U_E, Metric.FLOW_U_I,
        Metric.FLOW_I_E, Metric.FLOW_I_U};
    private static final Metric[] RATES = {Metric.FLOW_RATE_E_U, Metric.FLOW_RATE_E_I, Metric.FLOW_RATE_U_E,
        Metric.FLOW_RATE_U_I, Metric.FLOW_RATE_I_E, Metric.FLOW_RATE_I_U};
    private static final Metric[] QUARTERLY = {Metric.QUARTERLY_RATE_E_U, Metric.QUARTERLY_RATE_E_I,
        Metric.QUARTERLY_RATE_U_E, Metric.QUARTERLY_RATE_U_I, Metric.QUARTERLY_RATE_I_E, Metric.QUARTERLY_RATE_I_U};
    private static final int[][] PAIRS = {{0, 1}, {0, 2}, {1, 0}, {1, 2}, {2, 0}, {2, 1}};
    private static final Metric[] EXITS = {Metric.U_EXIT_RATE_UNDER_3_MONTHS, Metric.U_EXIT_RATE_3_TO_6_MONTHS,
        Metric.U_EXIT_RATE_6_TO_12_MONTHS, Metric.U_EXIT_RATE_12_MONTHS_PLUS};

    /** E 0, U 1, I 2, or −1 for someone not of working age. */
    private static int state(byte status, int ageMonths, int pensionAge) {
        if (status == Status.DEAD || ageMonths < 16 * 12 || ageMonths >= 65 * 12 || ageMonths >= pensionAge) {
            return -1;
        }
        return switch (status) {
            case Status.EMPLOYED -> 0;
            case Status.UNEMPLOYED -> 1;
            case Status.STUDENT, Status.CARING, Status.LONG_TERM_SICK, Status.RETIRED, Status.DISCOURAGED -> 2;
            default -> -1;
        };
    }

    private static int band(int months) {
        return months < 3 ? 0 : months < 6 ? 1 : months < 12 ? 2 : 3;
    }

    @Test
    void flowsAndRatesAreTheirDefinitions() {
        List<int[]> states = new ArrayList<>();
        List<short[]> spells = new ArrayList<>();
        MetricsTable table;
        int zoneCount;
        try (EconomyModel model = new EconomyModel(TestPlaces.place(5_000, 12, 6, 17), 2)) {
            int pa = model.economy().config.population().statePensionAgeYears() * 12;
            zoneCount = model.economy().places.zoneCount();
            model.addStateProbe(e -> {
                Persons persons = e.persons;
                int[] s = new int[persons.count()];
                for (int p = 0; p < s.length; p++) {
                    s[p] = state(persons.status[p], persons.ageMonths[p], pa);
                }
                states.add(s);
                spells.add(Arrays.copyOf(persons.monthsInStatus, persons.count()));
            });
            table = model.run();
        }
        int region = table.areas().region();
        int burnIn = 6;
        long totalFlows = 0;
        for (int m = 0; m < table.monthCount(); m++) {
            int[] now = states.get(burnIn + m);
            int[] last = states.get(burnIn + m - 1);
            int[] quarterAgo = states.get(burnIn + m - 3);
            long[][] monthly = new long[3][3];
            long[][] quarterly = new long[3][3];
            long[] bandStock = new long[4];
            long[] bandExits = new long[4];
            short[] lastSpell = spells.get(burnIn + m - 1);
            for (int p = 0; p < now.length; p++) {
                if (now[p] < 0) {
                    continue;
                }
                if (p < last.length && last[p] >= 0) {
                    monthly[last[p]][now[p]]++;
                    if (last[p] == 1) {
                        bandStock[band(lastSpell[p])]++;
                        bandExits[band(lastSpell[p])] += now[p] != 1 ? 1 : 0;
                    }
                }
                if (p < quarterAgo.length && quarterAgo[p] >= 0) {
                    quarterly[quarterAgo[p]][now[p]]++;
                }
            }
            for (int i = 0; i < FLOWS.length; i++) {
                int from = PAIRS[i][0];
                int to = PAIRS[i][1];
                assertEquals(monthly[from][to], table.value(m, region, FLOWS[i]), 0.0, FLOWS[i].id() + " month " + m);
                assertEquals((double) monthly[from][to] / Arrays.stream(monthly[from]).sum(), table.value(m, region, RATES[i]),
                        1e-12, RATES[i].id());
                assertEquals((double) quarterly[from][to] / Arrays.stream(quarterly[from]).sum(),
                        table.value(m, region, QUARTERLY[i]), 1e-12, QUARTERLY[i].id());
                totalFlows += monthly[from][to];
            }
            for (int b = 0; b < 4; b++) {
                double expected = bandStock[b] > 0 ? (double) bandExits[b] / bandStock[b] : 0.0;
                assertEquals(expected, table.value(m, region, EXITS[b]), 1e-12, EXITS[b].id());
            }
        }
        assertTrue(totalFlows > 100, "flows were checked: " + totalFlows);
        // Zones add up to the region.
        double zones = 0;
        for (int z = 0; z < zoneCount; z++) {
            zones += table.value(0, table.areas().zone(z), Metric.FLOW_U_E);
        }
        assertEquals(table.value(0, region, Metric.FLOW_U_E), zones, 0.0);
    }
}

package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Status;

/**
 * Job search straight from inactivity ({@code direct_search_share}): the inactive who look for work are
 * hired without a spell of unemployment, the flows count them as I→E (not I→U then U→E), those not hired
 * stay inactive, and the result is the same at any thread count.
 */
class DirectSearchTest {
    private static final int MONTHS = 12;
    private static final int BURN_IN = 6;

    /**
     * The test place with no way out of inactivity into unemployment (every exit hazard 0, students
     * staying in education, the discouraged never returning) and the caring searching directly with
     * {@code caringShare} a month.
     */
    private static ModelConfig place(double caringShare) {
        ModelConfig c = TestPlaces.place(6_000, MONTHS, BURN_IN, 23);
        LabourConfig lc = c.labour();
        List<InactivityReasonConfig> reasons = new ArrayList<>();
        for (InactivityReasonConfig r : lc.inactivity()) {
            reasons.add(r.toBuilder().exitHazard(0.0)
                    .directSearchShare(r.reason().equals("caring") ? caringShare : 0.0).build());
        }
        lc = lc.toBuilder().inactivity(reasons)
                .discouragement(lc.discouragement().toBuilder().baseReturnHazard(0.0).build()).build();
        c = c.withLabour(lc);
        return new ModelConfig(c.name(), c.run(), c.place(), c.population().toBuilder().studentExitHazardAfter18(0.0).build(),
                c.sectors(), c.labour(), c.firmDynamics(), c.households(), c.taxBenefit(), c.councilFinance(), c.water());
    }

    /** As {@link #place(double)}, with the unemployed's and the direct searchers' match chances set. */
    private static ModelConfig place(double caringShare, double unemployedMatch, double directMatch) {
        ModelConfig c = place(caringShare);
        return c.withLabour(c.labour().toBuilder().matchChance(unemployedMatch).directSearchMatchChance(directMatch).build());
    }

    private static MetricsTable run(ModelConfig c) {
        try (EconomyModel model = new EconomyModel(c, 2)) {
            return model.run();
        }
    }

    private static double sum(MetricsTable t, Metric metric) {
        double s = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            s += t.value(m, t.areas().region(), metric);
        }
        return s;
    }

    @Test
    void theCaringWhoSearchAreHiredStraightFromInactivityAndCountedAsInactiveToEmployed() {
        List<byte[]> statuses = new ArrayList<>();
        MetricsTable on;
        try (EconomyModel model = new EconomyModel(place(0.2), 2)) {
            model.addStateProbe(e -> statuses.add(java.util.Arrays.copyOf(e.persons.status, e.persons.count())));
            on = model.run();
        }
        MetricsTable off;
        try (EconomyModel model = new EconomyModel(place(0.0), 2)) {
            off = model.run();
        }
        // Off: nobody leaves inactivity for work or search at all.
        assertEquals(0.0, sum(off, Metric.FLOW_I_E), 0.0, "no path from inactivity to work when the share is 0");
        assertEquals(0.0, sum(off, Metric.FLOW_I_U), 0.0, "no path from inactivity to search");
        // On: the caring go straight into work, and never through unemployment.
        double direct = sum(on, Metric.FLOW_I_E);
        assertTrue(direct > 50, "hires straight from inactivity: " + direct);
        assertEquals(0.0, sum(on, Metric.FLOW_I_U), 0.0, "nobody passes through unemployment on the way");
        // Person by person: every month's moves out of caring are into work, and only caring people move.
        int caringToWork = 0;
        for (int m = 1; m < statuses.size(); m++) {
            byte[] before = statuses.get(m - 1);
            byte[] now = statuses.get(m);
            for (int p = 0; p < Math.min(before.length, now.length); p++) {
                if (before[p] == Status.CARING && now[p] != Status.CARING && now[p] != Status.DEAD
                        && now[p] != Status.PENSIONER) {
                    assertEquals(Status.EMPLOYED, now[p], "a carer who left caring in month " + m + " went to work");
                    caringToWork++;
                }
                if (now[p] == Status.EMPLOYED && before[p] != Status.EMPLOYED && before[p] != Status.UNEMPLOYED
                        && before[p] != Status.CHILD) {
                    assertEquals(Status.CARING, before[p], "only the caring search from inactivity");
                }
            }
        }
        assertTrue(caringToWork > 50, "carers hired: " + caringToWork);
    }

    /**
     * The unemployed's match chance filters only the unemployed's applications: with it at 0.02, carers
     * searching straight from inactivity (3% a month, so that vacancies do not bind) are hired as before
     * unless their own chance ({@code direct_search_match_chance}) is lowered too (the unemployed's own filter:
     * {@code LabourMarketTest#theUnemployedsMatchChanceScalesTheirHiringWhenVacanciesAreAmple}).
     */
    @Test
    void theUnemployedsMatchChanceLeavesDirectSearchersToTheirOwn() {
        MetricsTable open = run(place(0.03, 1.0, 1.0));
        MetricsTable unemployedFiltered = run(place(0.03, 0.02, 1.0));
        MetricsTable bothFiltered = run(place(0.03, 0.02, 0.02));
        double directOpen = sum(open, Metric.FLOW_I_E);
        double directKept = sum(unemployedFiltered, Metric.FLOW_I_E);
        double directCut = sum(bothFiltered, Metric.FLOW_I_E);
        assertTrue(directKept >= 0.8 * directOpen,
                "direct hires with only the unemployed filtered: " + directKept + " against " + directOpen);
        assertTrue(directCut < 0.4 * directKept,
                "direct hires with their own chance at 0.02: " + directCut + " against " + directKept);
    }

    @Test
    void theSameAtOneTwoAndFourThreadsWithTheShareOn() {
        double[][] byThreads = new double[3][];
        int[] threads = {1, 2, 4};
        for (int i = 0; i < threads.length; i++) {
            ModelConfig c = place(0.2);
            MetricsTable t;
            try (EconomyModel model = new EconomyModel(c, threads[i])) {
                t = model.run();
            }
            double[] v = new double[t.monthCount() * 2];
            for (int m = 0; m < t.monthCount(); m++) {
                v[2 * m] = t.value(m, t.areas().region(), Metric.FLOW_I_E);
                v[2 * m + 1] = t.value(m, t.areas().region(), Metric.EMPLOYMENT_RATE);
            }
            byThreads[i] = v;
        }
        assertArrayEquals(byThreads[0], byThreads[1], 0.0);
        assertArrayEquals(byThreads[0], byThreads[2], 0.0);
    }
}

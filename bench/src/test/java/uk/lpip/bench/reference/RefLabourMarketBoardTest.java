package uk.lpip.bench.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.places.CommutingReach;

/**
 * The reference's job board: in every matching round of a run, the vacancy units a searcher sees in
 * reach and the remote-able units anywhere (the totals each application draws against) equal the
 * sums recomputed over every firm's vacancies, and every unit resolves to the firm and level the walk
 * over the firms (the reference's draw before the board) gives — the same draw, without a per-application
 * pass over the firms.
 */
class RefLabourMarketBoardTest {
    private static final int L = RefFirm.L;

    /** One unit of the walk over firms: for every searcher's unit, the firm and level it falls in. */
    private record Unit(RefFirm firm, int level) { }

    @Test
    void boardTotalsAndPostsEqualTheFirmsVacanciesInEveryRound() throws Exception {
        ModelConfig c = ScenarioLoader.load("yorkshire-humber-unfitted").baseline().model();
        ModelConfig config = c.withRun(c.run().withScale(0.003).withBurnIn(0).withMonths(6).withSeed(7));
        int[] rounds = {0};
        long[] checkedUnits = {0, 0};
        try (ReferenceModel model = new ReferenceModel(config, 2)) {
            model.labourMarket().afterListing = (m, market) -> {
                rounds[0]++;
                CommutingReach reach = m.places().reach();
                for (int top = 0; top < L; top++) {
                    List<Unit> remote = remoteWalk(m, top);
                    assertEquals(remote.size(), market.remoteTotal(top), "remote-able units at or below level " + top);
                    for (int u = 0; u < remote.size(); u++) {
                        RefLabourMarket.Post post = market.remotePost(top, u);
                        assertSame(remote.get(u).firm(), post.firm(), "remote unit " + u);
                        assertEquals(remote.get(u).level(), post.level(), "remote unit " + u);
                    }
                    checkedUnits[1] += remote.size();
                    for (int cls = 0; cls < reach.classCount(); cls++) {
                        int[] zones = reach.zones(cls);
                        List<Unit> local = localWalk(m, zones, top);
                        assertEquals(local.size(), market.localUnits(zones, top), "units in reach of class " + cls);
                        for (int u = 0; u < local.size(); u += 7) {
                            RefLabourMarket.Post post = market.localPost(zones, top, u);
                            assertSame(local.get(u).firm(), post.firm(), "class " + cls + " unit " + u);
                            assertEquals(local.get(u).level(), post.level(), "class " + cls + " unit " + u);
                        }
                        checkedUnits[0] += local.size();
                    }
                }
            };
            model.run();
        }
        // not vacuous: several rounds a month, with local and remote-able vacancies in them
        assertTrue(rounds[0] >= config.run().totalMonths(), "rounds checked: " + rounds[0]);
        assertTrue(checkedUnits[0] > 0 && checkedUnits[1] > 0, "units checked: " + checkedUnits[0] + ", " + checkedUnits[1]);
    }

    /** Every vacancy unit in the zones at or below {@code top}, in order: zone, level, firm, then unit. */
    private static List<Unit> localWalk(ReferenceModel m, int[] zones, int top) {
        List<Unit> units = new ArrayList<>();
        for (int z : zones) {
            for (int k = 0; k <= top; k++) {
                for (RefFirm f : m.firms()) {
                    if (f.zone == z) {
                        for (int v = 0; v < f.vacancies[k]; v++) {
                            units.add(new Unit(f, k));
                        }
                    }
                }
            }
        }
        return units;
    }

    /** Every remote-able vacancy unit at or below {@code top}, in order: level, firm, then unit. */
    private static List<Unit> remoteWalk(ReferenceModel m, int top) {
        List<Unit> units = new ArrayList<>();
        for (int k = 0; k <= top; k++) {
            for (RefFirm f : m.firms()) {
                if (f.vacancies[k] > 0) {
                    for (long v = 0; v < RefLabourMarket.remoteUnits(m, f, k); v++) {
                        units.add(new Unit(f, k));
                    }
                }
            }
        }
        return units;
    }
}

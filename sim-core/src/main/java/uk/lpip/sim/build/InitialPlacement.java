package uk.lpip.sim.build;

import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.rules.Hours;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Status;
import uk.lpip.sim.state.VacancyPool;

/**
 * Gives the people drawn as employed their starting jobs: each takes a vacancy drawn within their
 * reach whose requirement they meet, in a random order; those who find none start unemployed.
 * The burn-in then lets the labour market settle from this starting point.
 */
public final class InitialPlacement {
    private static final int TRIES = 12;
    /**
     * The pool of vacancies is rebuilt after this many placements, or after 1/{@value #REBUILDS} of
     * all candidates if that is more: between rebuilds a drawn vacancy may have been filled (it is
     * then drawn again, up to {@value #TRIES} times). A fixed interval would make building quadratic
     * in the population (each rebuild scans every firm); at most {@value #REBUILDS} rebuilds keep it
     * linear, with the same small share of stale draws at any size. Below 131,072 candidates (every
     * bundled scenario at its own scale) the interval is the fixed one.
     */
    private static final int REBUILD_EVERY = 512;
    private static final int REBUILDS = 256;

    private InitialPlacement() {
    }

    public static void place(Economy e, int buildMonth) {
        Persons persons = e.persons;
        Firms firms = e.firms;
        SectorTable sectors = e.sectors;
        LabourConfig lc = e.config.labour();
        KeyedRandom rng = e.random;
        double[] weight = lc.skillProductivity();
        for (int f = 0; f < firms.count(); f++) {
            int sector = firms.sector[f];
            double perWorker = sectors.wageShare(sector) * firms.productivity[f] * (1.0 - sectors.intermediateShare(sector));
            for (int s = 0; s < weight.length; s++) {
                firms.postedWage[f * weight.length + s] = (float) FirmRules.postedWage(perWorker, weight[s], 1.0,
                        lc.minimumMonthlyWage());
            }
        }
        // A random order: sort (hash, person) pairs.
        int n = persons.count();
        long[] order = new long[n];
        int candidates = 0;
        for (int p = 0; p < n; p++) {
            if (persons.status[p] == Status.EMPLOYED) {
                long h = (long) (rng.uniform(Purpose.INITIAL_PLACEMENT, buildMonth, p) * (1L << 31));
                order[candidates++] = (h << 32) | p;
            }
        }
        java.util.Arrays.sort(order, 0, candidates);
        VacancyPool pool = new VacancyPool();
        CommutingReach reach = e.places.reach();
        int rebuildEvery = Math.max(REBUILD_EVERY, candidates / REBUILDS);
        for (int i = 0; i < candidates; i++) {
            if (i % rebuildEvery == 0) {
                pool.rebuild(firms, e.places.zoneCount(), sectors);
            }
            int p = (int) order[i];
            int[] zones = reach.zones(CommutingReach.classOf(persons.zone[p], persons.hasCar(p)));
            int level = persons.skill[p];
            long total = pool.unitsInReach(zones, level);
            int slot = -1;
            for (int t = 0; t < TRIES && total > 0 && slot < 0; t++) {
                int candidate = pool.draw(zones, level, total, rng.uniform(Purpose.INITIAL_PLACEMENT, buildMonth, p, 1 + t));
                if (firms.vacancies[candidate] > 0) {
                    slot = candidate;
                }
            }
            if (slot < 0) {
                persons.changeStatus(p, Status.UNEMPLOYED);
                continue;
            }
            persons.employer[p] = slot / weight.length;
            persons.jobLevel[p] = (byte) (slot % weight.length);
            persons.monthlyWage[p] = firms.postedWage[slot];
            Hours.onBuild(persons, p, firms.sector[slot / weight.length], sectors, e.config.labour().hours(), rng, buildMonth);
            persons.monthsInStatus[p] = (short) rng.below(Purpose.INITIAL_PLACEMENT, buildMonth, p, 0, 120);
            firms.vacancies[slot]--;
            firms.jobs[slot]++;
        }
    }
}

package uk.lpip.sim.policy;

import java.util.Arrays;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;

/**
 * The employers a wage subsidy's additional posts are referred to ({@link WageSubsidy}): live firms by zone
 * with running totals of their size (regular and scheme jobs, at least 1), to draw an employer within a
 * person's commuting reach in proportion to its size.
 */
final class SchemeEmployers {
    private static final int L = Skill.LEVELS;

    final int[][] firmsByZone;
    final double[][] runningSize;

    SchemeEmployers(Economy e) {
        Firms firms = e.firms;
        int zones = e.places.zoneCount();
        int[] count = new int[zones];
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f]) {
                count[firms.zone[f]]++;
            }
        }
        firmsByZone = new int[zones][];
        runningSize = new double[zones][];
        for (int z = 0; z < zones; z++) {
            firmsByZone[z] = new int[count[z]];
            runningSize[z] = new double[count[z]];
        }
        int[] at = new int[zones];
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f]) {
                int z = firms.zone[f];
                int size = 0;
                for (int s = 0; s < L; s++) {
                    size += firms.jobs[f * L + s];
                }
                int i = at[z]++;
                firmsByZone[z][i] = f;
                runningSize[z][i] = (i == 0 ? 0 : runningSize[z][i - 1]) + Math.max(1, size);
            }
        }
    }

    /** A firm within person {@code p}'s commuting reach, in proportion to size, for a uniform draw {@code u}; -1 if none. */
    int draw(Economy e, int p, double u) {
        Persons persons = e.persons;
        int[] zones = e.places.reach().zones(CommutingReach.classOf(persons.zone[p], persons.hasCar(p)));
        double total = 0;
        for (int z : zones) {
            double[] r = runningSize[z];
            total += r.length == 0 ? 0 : r[r.length - 1];
        }
        if (total <= 0) {
            return -1;
        }
        double target = u * total;
        for (int z : zones) {
            double[] r = runningSize[z];
            double zoneTotal = r.length == 0 ? 0 : r[r.length - 1];
            if (target < zoneTotal) {
                int i = Arrays.binarySearch(r, target);
                i = i >= 0 ? i + 1 : -i - 1;     // the first entry whose running total exceeds the target
                return firmsByZone[z][Math.min(i, r.length - 1)];
            }
            target -= zoneTotal;
        }
        int[] last = null;
        for (int z : zones) {
            if (firmsByZone[z].length > 0) {
                last = firmsByZone[z];
            }
        }
        return last == null ? -1 : last[last.length - 1];
    }
}

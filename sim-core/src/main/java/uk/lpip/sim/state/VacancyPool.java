package uk.lpip.sim.state;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Open vacancies grouped by workplace zone and required skill, so that a searcher can draw a
 * vacancy uniformly among those within their reach whose requirement they meet, without
 * scanning firms. Remote-able vacancy units (a slot's vacancies × its sector's remote share) are
 * also kept region-wide by level, for searchers with broadband. Rebuilt at the start of each round.
 */
public final class VacancyPool {
    private static final int L = Skill.LEVELS;

    private int[] slot = new int[16];
    /** Units before each entry (running totals; ints, which halve the memory the draws' searches touch). */
    private int[] unitsBefore = new int[17];
    private int entries;
    private int[] zoneStart;
    /** Entry index just past the last entry of zone z with level ≤ k: {@code levelEnd[z * L + k]}. */
    private int[] levelEnd;
    private int[] remoteSlot = new int[16];
    private int[] remoteBefore = new int[17];
    private final int[] remoteLevelEnd = new int[L];
    /** Running totals of units over each reach class's zones, by level: see {@link #sumReaches}. */
    private long[] reachRunning = new long[0];
    /** The slots recruiting in this rebuild (a bit a slot), or null for all. */
    private long[] recruiting;
    private int[] reachOffset = new int[0];

    public void rebuild(Firms firms, int zones, SectorTable sectors) {
        rebuild(firms, zones, sectors, null);
    }

    /**
     * Rebuilds the pool from the slots with vacancies that are recruiting: those whose bit is set in
     * {@code recruiting} (a bit per slot, {@code firm * LEVELS + level}), or every slot if it is null.
     */
    public void rebuild(Firms firms, int zones, SectorTable sectors, long[] recruiting) {
        this.recruiting = recruiting;
        rebuildLocal(firms, zones);
        // Remote-able units by level then firm id: count per level, then place in one pass over the firms.
        int n = firms.count();
        int[] perLevel = new int[L + 1];
        for (int f = 0; f < n; f++) {
            double share = sectors.remoteShare(firms.sector[f]);
            for (int s = 0; s < L; s++) {
                int v = vacancies(firms, f * L + s);
                if (v > 0 && Math.round(v * share) > 0) {
                    perLevel[s + 1]++;
                }
            }
        }
        for (int s = 0; s < L; s++) {
            perLevel[s + 1] += perLevel[s];
        }
        int entries = perLevel[L];
        if (remoteSlot.length < entries) {
            remoteSlot = new int[entries + (entries >> 2) + 16];
            remoteBefore = new int[remoteSlot.length + 1];
        }
        int[] cursor = Arrays.copyOf(perLevel, L);
        for (int f = 0; f < n; f++) {
            double share = sectors.remoteShare(firms.sector[f]);
            for (int s = 0; s < L; s++) {
                int v = vacancies(firms, f * L + s);
                if (v <= 0) {
                    continue;
                }
                long u = Math.round(v * share);
                if (u > 0) {
                    int at = cursor[s]++;
                    remoteSlot[at] = f * L + s;
                    remoteBefore[at + 1] = (int) u;   // the units, summed into running totals below
                }
            }
        }
        remoteBefore[0] = 0;
        long running = 0;
        for (int i = 0; i < entries; i++) {
            running += remoteBefore[i + 1];
            remoteBefore[i + 1] = (int) running;
        }
        requireIntUnits(running);
        System.arraycopy(perLevel, 1, remoteLevelEnd, 0, L);
    }

    /** A slot's vacancies if it is recruiting in this rebuild, else 0. */
    private int vacancies(Firms firms, int s) {
        return recruiting == null || (recruiting[s >>> 6] & 1L << s) != 0 ? firms.vacancies[s] : 0;
    }

    /** Remote-able vacancy units anywhere in the region with a requirement at or below {@code level}. */
    public long remoteUnits(int level) {
        return remoteBefore[remoteLevelEnd[level]];
    }

    /** Draws a remote-able slot uniformly among the units at or below a level, given a uniform draw. */
    public int drawRemote(int level, double u) {
        long target = (long) (u * remoteUnits(level));
        int lo = 0;
        int hi = remoteLevelEnd[level] - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (remoteBefore[mid] <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return remoteSlot[lo];
    }

    private void rebuildLocal(Firms firms, int zones) {
        if (zoneStart == null || zoneStart.length != zones + 1) {
            zoneStart = new int[zones + 1];
            levelEnd = new int[zones * L];
        }
        // Entries ordered by zone, then level, then firm id: a counting sort on (zone, level), one
        // pass over the firms (their vacancies by level are adjacent in memory) to count, one to place.
        int n = firms.count();
        int[] bucketEnd = new int[zones * L + 1];
        for (int f = 0; f < n; f++) {
            int base = firms.zone[f] * L + 1;
            for (int s = 0; s < L; s++) {
                if (vacancies(firms, f * L + s) > 0) {
                    bucketEnd[base + s]++;
                }
            }
        }
        for (int b = 0; b < zones * L; b++) {
            bucketEnd[b + 1] += bucketEnd[b];
        }
        int total = bucketEnd[zones * L];
        for (int z = 0; z <= zones; z++) {
            zoneStart[z] = bucketEnd[z * L];
        }
        System.arraycopy(bucketEnd, 1, levelEnd, 0, zones * L);
        if (slot.length < total) {
            slot = new int[total + (total >> 2) + 16];
            unitsBefore = new int[slot.length + 1];
        }
        int[] cursor = Arrays.copyOf(bucketEnd, zones * L);
        for (int f = 0; f < n; f++) {
            int base = firms.zone[f] * L;
            for (int s = 0; s < L; s++) {
                if (vacancies(firms, f * L + s) > 0) {
                    slot[cursor[base + s]++] = f * L + s;
                }
            }
        }
        entries = total;
        unitsBefore[0] = 0;
        long running = 0;
        for (int i = 0; i < total; i++) {
            running += firms.vacancies[slot[i]];
            unitsBefore[i + 1] = (int) running;
        }
        requireIntUnits(running);
    }

    public boolean isEmpty() {
        return entries == 0;
    }

    /** Vacancy units in zone {@code z} with a requirement at or below {@code level}. */
    public long units(int z, int level) {
        return unitsBefore[levelEnd[z * L + level]] - unitsBefore[zoneStart[z]];
    }

    /**
     * Sums the units of each reach class's zones once for the round (after {@link #rebuild}): for
     * each class and level, running totals over the class's zones in order. An application then
     * reads its reach's units in one read ({@link #unitsInReach(int, int)}) and draws its vacancy
     * by a binary search ({@link #draw(int, int[], int, long, double)}) instead of a loop over the
     * reach's zones; the sums are the same integers and the draws the same slots.
     */
    public void sumReaches(int classes, IntFunction<int[]> zonesOfClass) {
        if (reachOffset.length < classes + 1) {
            reachOffset = new int[classes + 1];
        }
        int size = 0;
        for (int c = 0; c < classes; c++) {
            reachOffset[c] = size;
            size += zonesOfClass.apply(c).length * L;
        }
        reachOffset[classes] = size;
        if (reachRunning.length < size) {
            reachRunning = new long[size + (size >> 3)];
        }
        for (int c = 0; c < classes; c++) {
            int[] zones = zonesOfClass.apply(c);
            int n = zones.length;
            for (int level = 0; level < L; level++) {
                int at = reachOffset[c] + level * n;
                long running = 0;
                for (int i = 0; i < n; i++) {
                    running += units(zones[i], level);
                    reachRunning[at + i] = running;
                }
            }
        }
    }

    /** Vacancy units within reach class {@code reachClass} at or below {@code level}, as summed by {@link #sumReaches}. */
    public long unitsInReach(int reachClass, int level) {
        int n = (reachOffset[reachClass + 1] - reachOffset[reachClass]) / L;
        return n == 0 ? 0 : reachRunning[reachOffset[reachClass] + level * n + n - 1];
    }

    /**
     * As {@link #draw(int[], int, long, double)} for reach class {@code reachClass} (whose zones are
     * {@code zones}), from the running totals of {@link #sumReaches}: the same slot.
     */
    public int draw(int reachClass, int[] zones, int level, long total, double u) {
        long k = (long) (u * total);
        int n = zones.length;
        int at = reachOffset[reachClass] + level * n;
        if (n == 0 || k >= reachRunning[at + n - 1]) {
            int last = zones[n - 1];
            return slotAt(last, level, units(last, level) - 1);
        }
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {          // the first zone whose running total exceeds k
            int mid = (lo + hi) >>> 1;
            if (reachRunning[at + mid] > k) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return slotAt(zones[lo], level, lo == 0 ? k : k - reachRunning[at + lo - 1]);
    }

    /** Vacancy units within a set of zones (a reach) with a requirement at or below {@code level}. */
    public long unitsInReach(int[] zones, int level) {
        long total = 0;
        for (int z : zones) {
            total += units(z, level);
        }
        return total;
    }

    /**
     * Draws a vacancy slot uniformly among the {@code total} units within reach at or below the
     * level (every unit equally likely), given a uniform draw {@code u}.
     */
    public int draw(int[] zones, int level, long total, double u) {
        long k = (long) (u * total);
        for (int z : zones) {
            long units = units(z, level);
            if (k < units) {
                return slotAt(z, level, k);
            }
            k -= units;
        }
        int last = zones[zones.length - 1];
        return slotAt(last, level, units(last, level) - 1);
    }

    /**
     * The slot ({@code firm * L + level}) holding the {@code k}-th unit of zone z's vacancies at or
     * below a level: a binary search over the zone's entries up to that level (those above it hold
     * none of these units).
     */
    public int slotAt(int z, int level, long k) {
        long target = unitsBefore[zoneStart[z]] + k;
        int lo = zoneStart[z];
        int hi = levelEnd[z * L + level] - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (unitsBefore[mid] <= target) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return slot[lo];
    }

    private static void requireIntUnits(long units) {
        if (units > Integer.MAX_VALUE) {
            throw new IllegalStateException(units + " vacancy units: more than the pool's running totals hold");
        }
    }
}

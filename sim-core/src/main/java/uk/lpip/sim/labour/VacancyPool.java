package uk.lpip.sim.labour;

import java.util.Arrays;
import uk.lpip.sim.firms.Firms;
import uk.lpip.sim.firms.SectorTable;
import uk.lpip.sim.population.Skill;

/**
 * Open vacancies grouped by workplace zone and required skill, so that a searcher can draw a
 * vacancy uniformly among those within their reach whose requirement they meet, without
 * scanning firms. Remote-able vacancy units (a slot's vacancies × its sector's remote share) are
 * also kept region-wide by level, for searchers with broadband. Rebuilt at the start of each round.
 */
final class VacancyPool {
    private static final int L = Skill.LEVELS;

    private int[] slot = new int[16];
    private long[] unitsBefore = new long[17];
    private int entries;
    private int[] zoneStart;
    /** Entry index just past the last entry of zone z with level ≤ k: {@code levelEnd[z * L + k]}. */
    private int[] levelEnd;
    private int[] remoteSlot = new int[16];
    private long[] remoteBefore = new long[17];
    private final int[] remoteLevelEnd = new int[L];

    void rebuild(Firms firms, int zones, SectorTable sectors) {
        rebuildLocal(firms, zones);
        int n = firms.count();
        int entries = 0;
        remoteBefore[0] = 0;
        for (int s = 0; s < L; s++) {
            for (int f = 0; f < n; f++) {
                int v = firms.vacancies[f * L + s];
                if (v <= 0) {
                    continue;
                }
                long units = Math.round(v * sectors.remoteShare(firms.sector[f]));
                if (units <= 0) {
                    continue;
                }
                if (entries == remoteSlot.length) {
                    remoteSlot = Arrays.copyOf(remoteSlot, entries * 2);
                    remoteBefore = Arrays.copyOf(remoteBefore, entries * 2 + 1);
                }
                remoteSlot[entries] = f * L + s;
                remoteBefore[entries + 1] = remoteBefore[entries] + units;
                entries++;
            }
            remoteLevelEnd[s] = entries;
        }
    }

    /** Remote-able vacancy units anywhere in the region with a requirement at or below {@code level}. */
    long remoteUnits(int level) {
        return remoteBefore[remoteLevelEnd[level]];
    }

    /** Draws a remote-able slot uniformly among the units at or below a level, given a uniform draw. */
    int drawRemote(int level, double u) {
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
        int[] perZone = new int[zones + 1];
        int total = 0;
        int n = firms.count();
        for (int f = 0; f < n; f++) {
            for (int s = 0; s < L; s++) {
                if (firms.vacancies[f * L + s] > 0) {
                    perZone[firms.zone[f] + 1]++;
                    total++;
                }
            }
        }
        for (int z = 0; z < zones; z++) {
            perZone[z + 1] += perZone[z];
        }
        System.arraycopy(perZone, 0, zoneStart, 0, zones + 1);
        if (slot.length < total) {
            slot = new int[total + (total >> 2) + 16];
            unitsBefore = new long[slot.length + 1];
        }
        // Within a zone, order entries by level then firm id: fill level by level.
        int[] cursor = Arrays.copyOf(perZone, zones);
        for (int s = 0; s < L; s++) {
            for (int f = 0; f < n; f++) {
                if (firms.vacancies[f * L + s] > 0) {
                    slot[cursor[firms.zone[f]]++] = f * L + s;
                }
            }
            for (int z = 0; z < zones; z++) {
                levelEnd[z * L + s] = cursor[z];
            }
        }
        entries = total;
        unitsBefore[0] = 0;
        for (int i = 0; i < total; i++) {
            unitsBefore[i + 1] = unitsBefore[i] + firms.vacancies[slot[i]];
        }
    }

    boolean isEmpty() {
        return entries == 0;
    }

    /** Vacancy units in zone {@code z} with a requirement at or below {@code level}. */
    long units(int z, int level) {
        return unitsBefore[levelEnd[z * L + level]] - unitsBefore[zoneStart[z]];
    }

    /** Vacancy units within a set of zones (a reach) with a requirement at or below {@code level}. */
    long unitsInReach(int[] zones, int level) {
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
    int draw(int[] zones, int level, long total, double u) {
        long k = (long) (u * total);
        for (int z : zones) {
            long units = units(z, level);
            if (k < units) {
                return slotAt(z, k);
            }
            k -= units;
        }
        int last = zones[zones.length - 1];
        return slotAt(last, units(last, level) - 1);
    }

    /** The slot ({@code firm * L + level}) holding the {@code k}-th unit of zone z's vacancies at or below a level. */
    int slotAt(int z, long k) {
        long target = unitsBefore[zoneStart[z]] + k;
        int lo = zoneStart[z];
        int hi = zoneStart[z + 1] - 1;
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
}

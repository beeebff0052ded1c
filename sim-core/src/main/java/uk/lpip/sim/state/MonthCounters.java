package uk.lpip.sim.state;

import java.util.Arrays;

/**
 * Events counted during a month, by zone, for the metrics: hires, job-to-job moves, firm births
 * and deaths, births and deaths of persons. Incremented only from sequential code.
 */
public final class MonthCounters {
    public final int[] hires;
    public final int[] jobToJobMoves;
    public final int[] firmBirths;
    public final int[] firmDeaths;
    public final int[] births;
    public final int[] deaths;
    public final int[] layoffs;
    /** Hires of residents into remote jobs at workplaces beyond their commuting reach. */
    public final int[] remoteHires;
    /** Vacancies open when the month's matching began (after separations), by the firm's zone. */
    public final int[] vacanciesAtMatching;

    public MonthCounters(int zones) {
        hires = new int[zones];
        jobToJobMoves = new int[zones];
        firmBirths = new int[zones];
        firmDeaths = new int[zones];
        births = new int[zones];
        deaths = new int[zones];
        layoffs = new int[zones];
        remoteHires = new int[zones];
        vacanciesAtMatching = new int[zones];
    }

    public void reset() {
        Arrays.fill(hires, 0);
        Arrays.fill(jobToJobMoves, 0);
        Arrays.fill(firmBirths, 0);
        Arrays.fill(firmDeaths, 0);
        Arrays.fill(births, 0);
        Arrays.fill(deaths, 0);
        Arrays.fill(layoffs, 0);
        Arrays.fill(remoteHires, 0);
        Arrays.fill(vacanciesAtMatching, 0);
    }
}

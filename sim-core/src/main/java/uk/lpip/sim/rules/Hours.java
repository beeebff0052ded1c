package uk.lpip.sim.rules;

import uk.lpip.sim.config.HoursConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.SectorTable;

/**
 * The hours of a post, drawn when it is filled: part time with the sector's share of part-time
 * posts, its odds multiplied by the person's ({@link Persons#partTimeOdds(int)}: higher for the first
 * job after caring or long-term sickness), otherwise full time. The number of posts and who is hired
 * do not depend on it; a part-time job pays the posted full-time rate for its share of full-time
 * hours and produces that share of a full-time job's output.
 */
public final class Hours {
    /** Draw index of a hire's hours (in a month, a person is hired at most once). */
    private static final int HIRE_DRAW = 0;
    /** Draw index of the hours of the starting population's jobs (drawn in the build month). */
    private static final int BUILD_DRAW = 1;

    private Hours() {
    }

    /** The chance that a post in a sector with part-time share {@code share} is part time for a person with this odds multiplier. */
    public static double partTimeChance(double share, double oddsMultiplier) {
        if (share <= 0) {
            return 0;
        }
        if (share >= 1) {
            return 1;
        }
        double odds = share / (1.0 - share) * oddsMultiplier;
        return odds / (1.0 + odds);
    }

    /** Sets the hours of the job person {@code p} has just been hired into, and uses up their odds multiplier. */
    public static void onHire(Persons persons, int p, int sector, SectorTable sectors, HoursConfig hc, KeyedRandom rng, int month) {
        assign(persons, p, sector, sectors, hc, rng.uniform(Purpose.JOB_HOURS, month, p, HIRE_DRAW));
        persons.resetPartTimeOdds(p);
    }

    /** Sets the hours of a job held by the starting population. */
    public static void onBuild(Persons persons, int p, int sector, SectorTable sectors, HoursConfig hc, KeyedRandom rng,
                               int buildMonth) {
        assign(persons, p, sector, sectors, hc, rng.uniform(Purpose.JOB_HOURS, buildMonth, p, BUILD_DRAW));
    }

    private static void assign(Persons persons, int p, int sector, SectorTable sectors, HoursConfig hc, double u) {
        boolean partTime = u < partTimeChance(sectors.partTimeShare(sector), persons.partTimeOdds(p));
        persons.setPartTime(p, partTime);   // its hours: hc.partTimeFte(), which Persons holds
    }
}

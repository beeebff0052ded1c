package uk.lpip.sim.state;

import java.util.Arrays;

/**
 * Every person, as parallel primitive arrays indexed by person id (structure of arrays).
 * A person is an index; nothing here is an object per person.
 *
 * <p>Slots of people who have died are marked {@link Status#DEAD} and reused for births,
 * lowest id first, so the arrays stay dense.
 */
public final class Persons {
    public static final byte FLAG_CAR = 1;
    public static final byte FLAG_IN_TRAINING = 2;

    private int count;
    /** Age in months. */
    public short[] ageMonths;
    public int[] household;
    /** Home zone (the household's zone, kept here for locality in hot loops). */
    public int[] zone;
    public byte[] skill;
    public byte[] status;
    /** Required skill of the job held; meaningful while employed. */
    public byte[] jobLevel;
    /** Bit flags: {@link #FLAG_CAR}, {@link #FLAG_IN_TRAINING}. (Broadband at home is a keyed draw, not a flag.) */
    public byte[] flags;
    /** Employer firm id, or -1. */
    public int[] employer;
    /** Gross monthly wage of the current job, or of the last job while out of work (0 if none yet). */
    public float[] monthlyWage;
    /** Months in the current labour status (spell length). */
    public short[] monthsInStatus;
    /**
     * Months without work before the current spell began, when the current spell followed another
     * spell without work (unemployed, discouraged, caring, long-term sick, early retired): see
     * {@link #monthsWithoutWork}. 0 after work, education or childhood.
     */
    public short[] priorMonthsWithoutWork;
    /**
     * Search effort relative to a normal searcher (1.0). Interventions change it (for example a
     * training course lowers it: lock-in); the labour market reads it.
     */
    public float[] searchIntensity;
    /**
     * Added to the person's screening score when a firm ranks applicants: what a hiring incentive
     * attached to the person (a wage subsidy) is worth to the employer, in score points; 0 for most.
     */
    public float[] hiringBonus;
    /**
     * Multiplies the monthly hazard that an inactive person (discouraged, caring, long-term sick,
     * early retired) returns to search: 1 for most; outreach and training raise it for a while for
     * the people they support. Students are not affected.
     */
    public float[] returnHazardFactor;
    /**
     * Hours of the current job (or of the last one while out of work) as a share of a full-time job's:
     * 1 for a full-time job. {@link #monthlyWage} is the full-time rate of the job; the month's
     * earnings are the rate times this ({@link #earnings}).
     */
    public float[] hours;
    /**
     * Multiplies the odds that the person's next job is part time: above 1 for someone returning to
     * work from caring or long-term sickness, 1 for most; the next hire uses it and resets it to 1.
     */
    public float[] partTimeOdds;

    public Persons(int capacity) {
        ageMonths = new short[capacity];
        household = new int[capacity];
        zone = new int[capacity];
        skill = new byte[capacity];
        status = new byte[capacity];
        jobLevel = new byte[capacity];
        flags = new byte[capacity];
        employer = new int[capacity];
        monthlyWage = new float[capacity];
        monthsInStatus = new short[capacity];
        priorMonthsWithoutWork = new short[capacity];
        searchIntensity = new float[capacity];
        hiringBonus = new float[capacity];
        returnHazardFactor = new float[capacity];
        hours = new float[capacity];
        partTimeOdds = new float[capacity];
    }

    /** Number of slots in use (alive or dead). */
    public int count() {
        return count;
    }

    /** Adds a person at the end and returns the id. */
    public int add(int ageMonthsValue, int householdId, int zoneId, byte skillLevel, byte statusCode, boolean hasCar) {
        ensureCapacity(count + 1);
        int p = count++;
        set(p, ageMonthsValue, householdId, zoneId, skillLevel, statusCode, hasCar);
        return p;
    }

    /** Fills slot {@code p} (a new or a recycled one). */
    public void set(int p, int ageMonthsValue, int householdId, int zoneId, byte skillLevel, byte statusCode,
                    boolean hasCar) {
        ageMonths[p] = (short) ageMonthsValue;
        household[p] = householdId;
        zone[p] = zoneId;
        skill[p] = skillLevel;
        status[p] = statusCode;
        jobLevel[p] = 0;
        flags[p] = hasCar ? FLAG_CAR : 0;
        employer[p] = -1;
        monthlyWage[p] = 0f;
        monthsInStatus[p] = 0;
        priorMonthsWithoutWork[p] = 0;
        searchIntensity[p] = 1f;
        hiringBonus[p] = 0f;
        returnHazardFactor[p] = 1f;
        hours[p] = 1f;
        partTimeOdds[p] = 1f;
    }

    /** The month's gross earnings of the job held: the full-time rate times the job's hours (0 if not employed). */
    public double earnings(int p) {
        return status[p] == Status.EMPLOYED ? (double) monthlyWage[p] * hours[p] : 0.0;
    }

    /** Whether the person holds a part-time job. */
    public boolean partTime(int p) {
        return status[p] == Status.EMPLOYED && hours[p] < 1f;
    }

    public boolean hasCar(int p) {
        return (flags[p] & FLAG_CAR) != 0;
    }

    public boolean inTraining(int p) {
        return (flags[p] & FLAG_IN_TRAINING) != 0;
    }

    public void setFlag(int p, byte flag, boolean on) {
        flags[p] = (byte) (on ? flags[p] | flag : flags[p] & ~flag);
    }

    public int ageYears(int p) {
        return ageMonths[p] / 12;
    }

    public boolean isWorkingAge(int p) {
        int age = ageMonths[p];
        return age >= 16 * 12 && age < 65 * 12 && status[p] != Status.DEAD;
    }

    /** Ends person {@code p}'s job (laid off, left for inactivity, retired, or a temporary job over) and changes their status. */
    public void leaveJob(int p, byte newStatus) {
        employer[p] = -1;
        changeStatus(p, newStatus);
    }

    /** Changes status and starts a new spell (carrying the months without work across spells without work). */
    public void changeStatus(int p, byte newStatus) {
        priorMonthsWithoutWork[p] = withoutWork(status[p]) && withoutWork(newStatus)
                ? (short) Math.min(Short.MAX_VALUE, monthsWithoutWork(p)) : 0;
        status[p] = newStatus;
        monthsInStatus[p] = 0;
    }

    /**
     * Months since the person last worked or left education, across consecutive spells of
     * unemployment and inactivity (a spell of unemployment, then discouragement, then unemployment
     * again counts as one time without work); 0 for the employed, students, children and
     * pensioners. For the starting population, whose history is unknown, it is the current spell.
     */
    public int monthsWithoutWork(int p) {
        return withoutWork(status[p]) ? priorMonthsWithoutWork[p] + monthsInStatus[p] : 0;
    }

    /** Unemployed or inactive for a reason other than education (working age, alive). */
    public static boolean withoutWork(byte status) {
        return status == Status.UNEMPLOYED || status == Status.DISCOURAGED || status == Status.CARING
                || status == Status.LONG_TERM_SICK || status == Status.RETIRED;
    }

    public void ensureCapacity(int needed) {
        if (needed <= ageMonths.length) {
            return;
        }
        int cap = Math.max(needed, ageMonths.length + (ageMonths.length >> 1) + 16);
        ageMonths = Arrays.copyOf(ageMonths, cap);
        household = Arrays.copyOf(household, cap);
        zone = Arrays.copyOf(zone, cap);
        skill = Arrays.copyOf(skill, cap);
        status = Arrays.copyOf(status, cap);
        jobLevel = Arrays.copyOf(jobLevel, cap);
        flags = Arrays.copyOf(flags, cap);
        employer = Arrays.copyOf(employer, cap);
        monthlyWage = Arrays.copyOf(monthlyWage, cap);
        monthsInStatus = Arrays.copyOf(monthsInStatus, cap);
        priorMonthsWithoutWork = Arrays.copyOf(priorMonthsWithoutWork, cap);
        searchIntensity = Arrays.copyOf(searchIntensity, cap);
        hiringBonus = Arrays.copyOf(hiringBonus, cap);
        returnHazardFactor = Arrays.copyOf(returnHazardFactor, cap);
        hours = Arrays.copyOf(hours, cap);
        partTimeOdds = Arrays.copyOf(partTimeOdds, cap);
    }
}

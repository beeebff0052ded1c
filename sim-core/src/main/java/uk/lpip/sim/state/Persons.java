package uk.lpip.sim.state;

import java.util.Arrays;
import uk.lpip.sim.config.HoursConfig;

/**
 * Every person, as parallel primitive arrays indexed by person id (structure of arrays).
 * A person is an index; nothing here is an object per person.
 *
 * <p>Slots of people who have died are marked {@link Status#DEAD} and reused for births,
 * lowest id first, so the arrays stay dense.
 *
 * <p>Kept compact (docs/performance.md, "Where the bytes are"): a job's hours and a returner's
 * part-time odds take one of two or three values each and are codes in {@link #flags}; the factors
 * only interventions change ({@link #searchIntensity}, {@link #hiringBonus},
 * {@link #returnHazardFactor}) are arrays made when an intervention first sets a value other than
 * the default, so a run without them carries none.
 */
public final class Persons {
    public static final byte FLAG_CAR = 1;
    public static final byte FLAG_IN_TRAINING = 2;
    /** The job held (or the last one) is part time: its hours are {@link #partTimeHours}, else 1. */
    private static final byte FLAG_PART_TIME = 4;
    /**
     * Two bits: the inactivity a searcher last returned from (0 none or discouragement, 1 caring, 2 long-term
     * sickness, 3 early retirement); the first two make the next job likelier part time.
     */
    private static final int ODDS_SHIFT = 3;
    private static final int ODDS_MASK = 3 << ODDS_SHIFT;
    /**
     * The job held is a post that exists only because of a scheme (a wage subsidy's additional post):
     * its employer does not count it in its regular workforce. Cleared at any change of status or job.
     */
    private static final byte FLAG_SCHEME_POST = 32;
    /**
     * A scheme's post whose funding ends this month: its employer keeps the person in a regular job if
     * its plan has a place for them ({@code FirmPlanning}), else the post ends in the month's separations.
     */
    private static final byte FLAG_SCHEME_ENDING = 64;
    /**
     * A scheme's post whose holder is supported to look for a regular job this month, as the unemployed do
     * (a wage subsidy's {@code search_support_months}). Cleared with the post.
     */
    private static final byte FLAG_SCHEME_SEARCH = (byte) 128;
    private static final byte SCHEME_FLAGS = (byte) (FLAG_SCHEME_POST | FLAG_SCHEME_ENDING | FLAG_SCHEME_SEARCH);
    /** Zones a person's home zone can number (its 16 bits). */
    public static final int MAX_ZONES = Character.MAX_VALUE + 1;
    /** Growth of the arrays when births outnumber the free slots: an eighth. */
    private static final int GROWTH_SHIFT = 3;

    private int count;
    /** Age in months. */
    public short[] ageMonths;
    public int[] household;
    /**
     * Home zone (the household's zone, kept here for locality in hot loops), as an unsigned 16-bit
     * number: a place has at most {@value #MAX_ZONES} zones ({@link #set} refuses more).
     */
    public char[] zone;
    public byte[] skill;
    public byte[] status;
    /** Required skill of the job held; meaningful while employed. */
    public byte[] jobLevel;
    /**
     * Bit flags: {@link #FLAG_CAR}, {@link #FLAG_IN_TRAINING}, part time, the part-time odds code
     * (see {@link #hours} and {@link #partTimeOdds}) and a scheme's post ({@link #inSchemePost}). (Broadband at home is a keyed draw, not a flag.)
     */
    public byte[] flags;
    /** Set once any person has held a scheme's post ({@link #setSchemePost}); never cleared. */
    private boolean schemePostsEver;
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
    /** See {@link #searchIntensity(int)}; no array while everyone's is 1. */
    private final DefaultedFloats searchIntensity = new DefaultedFloats(1f);
    /** See {@link #hiringBonus(int)}; no array while everyone's is 0. */
    private final DefaultedFloats hiringBonus = new DefaultedFloats(0f);
    /** See {@link #returnHazardFactor(int)}; no array while everyone's is 1. */
    private final DefaultedFloats returnHazardFactor = new DefaultedFloats(1f);
    /** A part-time job's hours as a share of a full-time job's (the configured part-time FTE, as a float). */
    private final float partTimeHours;
    /** The part-time odds multiplier of a returner from caring, and from long-term sickness (as floats). */
    private final float oddsAfterCaring;
    private final float oddsAfterSickness;

    /** Persons with the UK's hours (tests that build populations without a configuration). */
    public Persons(int capacity) {
        this(capacity, uk.lpip.sim.config.UkHours.hours());
    }

    public Persons(int capacity, HoursConfig hours) {
        ageMonths = new short[capacity];
        household = new int[capacity];
        zone = new char[capacity];
        skill = new byte[capacity];
        status = new byte[capacity];
        jobLevel = new byte[capacity];
        flags = new byte[capacity];
        employer = new int[capacity];
        monthlyWage = new float[capacity];
        monthsInStatus = new short[capacity];
        priorMonthsWithoutWork = new short[capacity];
        partTimeHours = (float) hours.partTimeFte();
        oddsAfterCaring = (float) hours.partTimeOddsAfterCaring();
        oddsAfterSickness = (float) hours.partTimeOddsAfterLongTermSickness();
    }

    /** The home zones of persons {@code [0, n)} as ints (for the api's records). */
    public int[] zones(int n) {
        int[] out = new int[n];
        for (int p = 0; p < n; p++) {
            out[p] = zone[p];
        }
        return out;
    }

    /** Length of the arrays: slots that can be filled before they grow (person-indexed scratch arrays follow it). */
    public int capacity() {
        return ageMonths.length;
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
        if (zoneId < 0 || zoneId >= MAX_ZONES) {
            throw new IllegalArgumentException("zone " + zoneId + ": a place has at most " + MAX_ZONES + " zones");
        }
        zone[p] = (char) zoneId;
        skill[p] = skillLevel;
        status[p] = statusCode;
        jobLevel[p] = 0;
        flags[p] = hasCar ? FLAG_CAR : 0;
        employer[p] = -1;
        monthlyWage[p] = 0f;
        monthsInStatus[p] = 0;
        priorMonthsWithoutWork[p] = 0;
        searchIntensity.reset(p);
        hiringBonus.reset(p);
        returnHazardFactor.reset(p);
    }

    /**
     * Search effort relative to a normal searcher (1.0). Interventions change it (for example a
     * training course lowers it: lock-in); the labour market reads it.
     */
    public float searchIntensity(int p) {
        return searchIntensity.get(p);
    }

    public void setSearchIntensity(int p, float value) {
        searchIntensity.set(p, value, ageMonths.length);
    }

    /**
     * Added to the person's screening score when a firm ranks applicants: what a hiring incentive
     * attached to the person (a wage subsidy) is worth to the employer, in score points; 0 for most.
     */
    public float hiringBonus(int p) {
        return hiringBonus.get(p);
    }

    public void setHiringBonus(int p, float value) {
        hiringBonus.set(p, value, ageMonths.length);
    }

    /**
     * Multiplies the monthly hazard that an inactive person (discouraged, caring, long-term sick,
     * early retired) returns to search: 1 for most; outreach and training raise it for a while for
     * the people they support. Students are not affected.
     */
    public float returnHazardFactor(int p) {
        return returnHazardFactor.get(p);
    }

    public void setReturnHazardFactor(int p, float value) {
        returnHazardFactor.set(p, value, ageMonths.length);
    }

    /**
     * Hours of the current job (or of the last one while out of work) as a share of a full-time job's:
     * 1 for a full-time job, the configured part-time share for a part-time one. {@link #monthlyWage}
     * is the full-time rate of the job; the month's earnings are the rate times this ({@link #earnings}).
     */
    public float hours(int p) {
        return (flags[p] & FLAG_PART_TIME) != 0 ? partTimeHours : 1f;
    }

    /** Sets the hours of the job just taken: part time or full time. */
    public void setPartTime(int p, boolean partTime) {
        setFlag(p, FLAG_PART_TIME, partTime);
    }

    /**
     * Multiplies the odds that the person's next job is part time: above 1 for someone returning to
     * work from caring or long-term sickness, 1 for most; the next hire uses it and resets it to 1.
     */
    public float partTimeOdds(int p) {
        int code = (flags[p] & ODDS_MASK) >>> ODDS_SHIFT;
        return code == 1 ? oddsAfterCaring : code == 2 ? oddsAfterSickness : 1f;
    }

    /**
     * Records that a person returns to search from inactivity for {@code reason}: their part-time odds
     * become the configured odds after caring or after long-term sickness, 1 for any other reason, and
     * {@link #returnedFrom} gives the reason (caring, long-term sickness or early retirement) until a hire.
     */
    public void setReturnedFrom(int p, byte reason) {
        int code = reason == Status.CARING ? 1 : reason == Status.LONG_TERM_SICK ? 2 : reason == Status.RETIRED ? 3 : 0;
        flags[p] = (byte) (flags[p] & ~ODDS_MASK | code << ODDS_SHIFT);
    }

    /**
     * The inactivity a searcher last returned from, as recorded by {@link #setReturnedFrom} since their
     * last hire: {@link Status#CARING}, {@link Status#LONG_TERM_SICK} or {@link Status#RETIRED}, else
     * {@link Status#DISCOURAGED} (the discouraged's return is not recorded, nor is leaving education).
     */
    public byte returnedFrom(int p) {
        int code = (flags[p] & ODDS_MASK) >>> ODDS_SHIFT;
        return code == 1 ? Status.CARING : code == 2 ? Status.LONG_TERM_SICK : code == 3 ? Status.RETIRED : Status.DISCOURAGED;
    }

    /**
     * Whether an unemployed person's spell began in inactivity (discouragement, caring, long-term
     * sickness or early retirement) rather than in work or education: their months without work before
     * it are counted ({@link #priorMonthsWithoutWork}).
     */
    public boolean reentrant(int p) {
        return status[p] == Status.UNEMPLOYED && priorMonthsWithoutWork[p] > 0;
    }

    /** The odds multiplier used up by a hire: back to 1. */
    public void resetPartTimeOdds(int p) {
        flags[p] = (byte) (flags[p] & ~ODDS_MASK);
    }

    /** The month's gross earnings of the job held: the full-time rate times the job's hours (0 if not employed). */
    public double earnings(int p) {
        return status[p] == Status.EMPLOYED ? (double) monthlyWage[p] * hours(p) : 0.0;
    }

    /** Whether the person holds a part-time job. */
    public boolean partTime(int p) {
        return status[p] == Status.EMPLOYED && hours(p) < 1f;
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

    /**
     * Whether the job held is a post created by a scheme (a wage subsidy's additional post), outside
     * its employer's regular workforce: firms do not plan or lay off on it ({@code FirmPlanning},
     * {@code LabourMarket}); the scheme ends it or turns it into a regular job.
     */
    public boolean inSchemePost(int p) {
        return (flags[p] & FLAG_SCHEME_POST) != 0;
    }

    /** Marks the job now held as a scheme's post, or (false) as a regular job. Called from one thread at a time. */
    public void setSchemePost(int p, boolean on) {
        flags[p] = (byte) (on ? flags[p] | FLAG_SCHEME_POST : flags[p] & ~SCHEME_FLAGS);
        schemePostsEver |= on;
    }

    /**
     * Whether anyone has ever held a scheme's post in this run: until then no flag can be set, so firms'
     * planning skips its pass over persons counting them.
     */
    public boolean anySchemePostsEver() {
        return schemePostsEver;
    }

    /** Whether the scheme's post held ends this month unless the employer takes the person on (see {@link #inSchemePost}). */
    public boolean schemePostEnding(int p) {
        return (flags[p] & FLAG_SCHEME_ENDING) != 0;
    }

    /** Marks the scheme's post held as ending this month. */
    public void setSchemePostEnding(int p) {
        flags[p] |= FLAG_SCHEME_ENDING;
    }

    /** Whether the holder of a scheme's post looks for a regular job as the unemployed do (see {@link #setSupportedSearch}). */
    public boolean supportedSearch(int p) {
        return (flags[p] & FLAG_SCHEME_SEARCH) != 0;
    }

    /** Marks the scheme's post held as one whose holder searches as the unemployed do, until the post ends. */
    public void setSupportedSearch(int p) {
        flags[p] |= FLAG_SCHEME_SEARCH;
    }

    /**
     * Changes status and starts a new spell (carrying the months without work across spells without
     * work). Any change of status or job (a hire is one) leaves a scheme's post.
     */
    public void changeStatus(int p, byte newStatus) {
        flags[p] &= ~SCHEME_FLAGS;
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
        resize(Math.max(needed, ageMonths.length + (ageMonths.length >> GROWTH_SHIFT) + 16));
    }

    /**
     * Fits the arrays to the persons built plus a 128th for births outnumbering
     * deaths (they first fill the slots of the dead); beyond that the arrays grow by an eighth.
     */
    public void trim() {
        resize(count + (count >> 7) + 64);
    }

    private void resize(int cap) {
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
        searchIntensity.resize(cap);
        hiringBonus.resize(cap);
        returnHazardFactor.resize(cap);
    }
}

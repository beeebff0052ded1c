package uk.lpip.sim.engine;

/**
 * What a random draw is for. The id is part of the key of every draw, so ids are fixed
 * forever: add new purposes at the end with a new id, never renumber, or every stored
 * run stops being reproducible.
 */
public enum Purpose {
    // Building the synthetic population and firms
    HOUSEHOLD_TYPE(1), PERSON_AGE(2), PERSON_SKILL(3), PERSON_STATUS(4), CAR_ACCESS(5),
    FIRM_SIZE(6), FIRM_PRODUCTIVITY(7), INITIAL_PLACEMENT(8), FIRM_SITE(9),
    // Demography
    DEATH(20), BIRTH(21), SCHOOL_LEAVING(22), CHILDREN(23),
    // Inactivity and status flows
    INACTIVITY_ENTRY(30), INACTIVITY_EXIT(31), DISCOURAGEMENT(32), SKILL_SCARRING(33), EDUCATION_SKILL(34),
    DIRECT_SEARCH(35),
    // Firms
    DEMAND_SHOCK(40), FIRM_ENTRY(41), FIRM_EXIT(42), ENTRANT_SECTOR(43),
    // Labour market
    LAYOFF(50), ON_THE_JOB_SEARCH(51), APPLICATION(52), SCREENING(53), JOB_HOURS(54),
    EMPLOYABILITY(55), RECRUITING(56),
    // Interventions (id 70 is retired)
    PROGRAMME_SELECTION(71), PROGRAMME_COMPLETION(72), PROGRAMME_DROPOUT(73),
    OUTREACH_CONTACT(74), OUTREACH_RETURN(75), BROADBAND_COVERAGE(76), BROADBAND_ADOPTION(77), REMOTE_SEARCH(78),
    PLACES_ROUNDING(79),
    // Water: the catchment's climate (wetness factor, drought onsets and lengths) and licence holders
    RIVER_WETNESS(80), DROUGHT_ONSET(81), DROUGHT_LENGTH(82), LICENCE_ASSIGNMENT(83),
    // Simulated trials: a person's allocation to an offer (month 0: one draw for the whole run)
    TRIAL_OFFER(90),
    // A wage subsidy's additional posts: the order eligible people are referred in, and the employer drawn
    SUBSIDY_POST(91);

    private final int id;

    Purpose(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }
}

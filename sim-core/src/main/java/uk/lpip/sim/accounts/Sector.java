package uk.lpip.sim.accounts;

/** The institutional sectors whose money accounts must close. */
public enum Sector {
    HOUSEHOLDS, FIRMS, COUNCILS, CENTRAL_GOVERNMENT, REST_OF_WORLD
}

package uk.lpip.sim.accounts;

import static uk.lpip.sim.accounts.Sector.CENTRAL_GOVERNMENT;
import static uk.lpip.sim.accounts.Sector.COUNCILS;
import static uk.lpip.sim.accounts.Sector.FIRMS;
import static uk.lpip.sim.accounts.Sector.HOUSEHOLDS;
import static uk.lpip.sim.accounts.Sector.REST_OF_WORLD;

/** Every kind of payment in the model, with the sector it leaves and the sector it enters. */
public enum Flow {
    WAGES(FIRMS, HOUSEHOLDS),
    EMPLOYER_NI(FIRMS, CENTRAL_GOVERNMENT),
    INCOME_TAX(HOUSEHOLDS, CENTRAL_GOVERNMENT),
    EMPLOYEE_NI(HOUSEHOLDS, CENTRAL_GOVERNMENT),
    BENEFITS(CENTRAL_GOVERNMENT, HOUSEHOLDS),
    PENSIONS(CENTRAL_GOVERNMENT, HOUSEHOLDS),
    COUNCIL_TAX(HOUSEHOLDS, COUNCILS),
    BUSINESS_RATES(FIRMS, COUNCILS),
    CENTRAL_GRANT(CENTRAL_GOVERNMENT, COUNCILS),
    PUBLIC_SERVICE_PURCHASES(COUNCILS, FIRMS),
    LOCAL_CONSUMPTION(HOUSEHOLDS, FIRMS),
    CONSUMPTION_LEAKAGE(HOUSEHOLDS, REST_OF_WORLD),
    EXPORTS(REST_OF_WORLD, FIRMS),
    INTERMEDIATE_IMPORTS(FIRMS, REST_OF_WORLD),
    DIVIDENDS(FIRMS, REST_OF_WORLD),
    /** Paid-out profit of firms owned by people living in the region. */
    OWNER_INCOME(FIRMS, HOUSEHOLDS),
    START_UP_CAPITAL(REST_OF_WORLD, FIRMS),
    /** Creditors outside the region absorb the debts of a closing firm. */
    DEBT_WRITE_OFF(REST_OF_WORLD, FIRMS),
    /** A closing firm's remaining cash goes to its owners. */
    CLOSURE_PAYOUT(FIRMS, REST_OF_WORLD),
    /** The savings of a household whose last member died pass to the state. */
    ESTATES(HOUSEHOLDS, CENTRAL_GOVERNMENT),
    INTERVENTION_COUNCIL_TO_HOUSEHOLDS(COUNCILS, HOUSEHOLDS),
    INTERVENTION_GOVERNMENT_TO_HOUSEHOLDS(CENTRAL_GOVERNMENT, HOUSEHOLDS),
    INTERVENTION_COUNCIL_TO_FIRMS(COUNCILS, FIRMS),
    INTERVENTION_GOVERNMENT_TO_FIRMS(CENTRAL_GOVERNMENT, FIRMS),
    /** Programme running costs bought from providers outside the region. */
    INTERVENTION_COUNCIL_TO_PROVIDERS(COUNCILS, REST_OF_WORLD),
    INTERVENTION_GOVERNMENT_TO_PROVIDERS(CENTRAL_GOVERNMENT, REST_OF_WORLD),
    /** Transaction costs of water trades, paid by buying firms to brokers outside the region. */
    WATER_TRADE_COSTS(FIRMS, REST_OF_WORLD);

    private final Sector from;
    private final Sector to;

    Flow(Sector from, Sector to) {
        this.from = from;
        this.to = to;
    }

    public Sector from() {
        return from;
    }

    public Sector to() {
        return to;
    }
}

package uk.lpip.runs.appraisal;

/**
 * The appraisal's conventions, each with its source or an {@code ASSUMPTION} tag and the range its
 * sensitivity test uses (docs/appraisal.md explains each one). Amounts are in the model's
 * 2024/25 prices.
 *
 * @param appraisalYears          appraisal period from year 0 (the first recorded year); benefits between the
 *                                simulated horizon and its end are extrapolated. ASSUMPTION: 10 years, the
 *                                period the brief and most local-growth business cases use (sensitivity 5, 20)
 * @param persistenceDecay        annual decay of the effects beyond the simulated horizon: each year keeps
 *                                (1 − decay) of the year before, starting from the mean of the last 12 simulated
 *                                months. ASSUMPTION: 25% a year (sensitivity 0%, full persistence, and 100%, none
 *                                beyond the horizon)
 * @param nonMarketTimeShare      the value of the non-market time (caring, recovering, leisure) given up by a
 *                                person who moves from inactivity into work, as a share of the net wage: the DWP
 *                                social cost–benefit framework (Fujiwara 2010, DWP working paper 86) counts this
 *                                opportunity cost; the share is an ASSUMPTION: 50% (sensitivity 0% and 100%)
 * @param demandSideDisplacement  share of the region's labour-market and output gains from demand-side
 *                                interventions (wage subsidy, broadband, transport) displaced from the rest of
 *                                the UK (Green Book 2022 place-based analysis: national displacement of
 *                                demand-side effects is high; supply-side effects are not displaced).
 *                                ASSUMPTION: 50%, the ready reckoner's "medium" (sensitivity 25% and 75%)
 * @param commutingPoundsPerHour  value of commuting time saved, £ per person-hour (commuting is non-working
 *                                time in TAG): TAG unit 3.5.6 (2006) £5.04 an hour in 2002 prices and values,
 *                                uplifted × 2.2 for prices and real income growth to 2024/25 (ASSUMPTION for the
 *                                uplift, not the current TAG data book; sensitivity × 0.5 and × 1.5, the latter
 *                                close to the 50% rise in commuting values Batley et al. 2017 recommended)
 * @param commutingDaysPerMonth   days a month an employed person commutes. ASSUMPTION: 220 working days a year
 *                                (not in the sensitivity table: the value of time's range covers a change this size)
 * @param profitsCounted          count net additional GVA (with profits) instead of labour cost: only a
 *                                sensitivity, since profits may leave the area and the UK
 */
public record Conventions(int appraisalYears, double persistenceDecay, double nonMarketTimeShare,
                          double demandSideDisplacement, double commutingPoundsPerHour, double commutingDaysPerMonth,
                          boolean profitsCounted) {
    /** The defaults the headline uses. */
    public static final Conventions DEFAULT = new Conventions(10, 0.25, 0.5, 0.5, 5.04 * 2.2, 220.0 / 12, false);

    public Conventions {
        if (appraisalYears < 1 || persistenceDecay < 0 || persistenceDecay > 1 || nonMarketTimeShare < 0
                || demandSideDisplacement < 0 || demandSideDisplacement > 1 || commutingPoundsPerHour < 0
                || commutingDaysPerMonth < 0) {
            throw new IllegalArgumentException("appraisal conventions out of range: " + this);
        }
    }

    public Conventions withAppraisalYears(int years) {
        return new Conventions(years, persistenceDecay, nonMarketTimeShare, demandSideDisplacement, commutingPoundsPerHour,
                commutingDaysPerMonth, profitsCounted);
    }

    public Conventions withPersistenceDecay(double decay) {
        return new Conventions(appraisalYears, decay, nonMarketTimeShare, demandSideDisplacement, commutingPoundsPerHour,
                commutingDaysPerMonth, profitsCounted);
    }

    public Conventions withNonMarketTimeShare(double share) {
        return new Conventions(appraisalYears, persistenceDecay, share, demandSideDisplacement, commutingPoundsPerHour,
                commutingDaysPerMonth, profitsCounted);
    }

    public Conventions withDemandSideDisplacement(double share) {
        return new Conventions(appraisalYears, persistenceDecay, nonMarketTimeShare, share, commutingPoundsPerHour,
                commutingDaysPerMonth, profitsCounted);
    }

    public Conventions withCommutingPoundsPerHour(double pounds) {
        return new Conventions(appraisalYears, persistenceDecay, nonMarketTimeShare, demandSideDisplacement, pounds,
                commutingDaysPerMonth, profitsCounted);
    }

    public Conventions withCommutingDaysPerMonth(double days) {
        return new Conventions(appraisalYears, persistenceDecay, nonMarketTimeShare, demandSideDisplacement,
                commutingPoundsPerHour, days, profitsCounted);
    }

    public Conventions withProfitsCounted(boolean counted) {
        return new Conventions(appraisalYears, persistenceDecay, nonMarketTimeShare, demandSideDisplacement,
                commutingPoundsPerHour, commutingDaysPerMonth, counted);
    }
}

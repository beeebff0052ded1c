package uk.lpip.sim.firms;

import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.rules.SectorPresence;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.SectorTable;

/**
 * Firm exit and entry. A private firm closes by economics: after several months of negative cash
 * (insolvency), or with a chance that rises with the months it has made operating losses; an
 * owner-managed small enterprise may also close by an exogenous hazard (owners retire) that falls
 * with size and is zero from {@code exogenousExitMaxJobs} jobs, so a large profitable employer
 * does not vanish at random. A closed firm's debts are written off by creditors outside the region
 * and any remaining cash goes to its owners; its customers move to rivals over months (its market
 * weight fades, and meanwhile its share of demand goes unserved). New firms replace the posts of
 * the firms that closed — over a cycle the entrants' posts match the closed firms' posts, so the
 * room closures leave in each market is taken by newcomers and the employment of each size band
 * stays where the business population estimates put it (matching closures by count instead lets
 * micro employment drift up, because the firms that close are not the size of a new one) — spread
 * over zones by resident population and broadband coverage, funded by start-up capital from
 * outside the region. Sequential: firms are few and ids must be assigned in order.
 */
public final class FirmDemography {
    /** Below this market weight a closed firm's last customers have all moved. */
    private static final double FADED = 1.0;

    void step(Economy e) {
        Firms firms = e.firms;
        FirmDynamicsConfig fd = e.config.firmDynamics();
        KeyedRandom rng = e.random;
        int month = e.month();
        SectorTable sectors = e.sectors;
        int existing = firms.count();
        int[] enterpriseJobs = firms.enterpriseJobs();
        double closedJobs = 0;
        for (int f = 0; f < existing; f++) {
            if (!firms.alive[f]) {
                fade(firms, f, fd.customerMoveMonthly());
                continue;
            }
            if (sectors.kind(firms.sector[f]) == SectorKind.PUBLIC_SERVICES) {
                continue;
            }
            countLosses(firms, f, fd);
            boolean insolvent = firms.negativeCashMonths[f] >= fd.negativeCashMonthsToExit();
            double hazard = exitHazard(fd, enterpriseJobs[firms.enterprise[f]], firms.lossMonths[f]);
            if (insolvent || rng.chance(Purpose.FIRM_EXIT, month, f, hazard)) {
                closedJobs += firms.totalJobs(f) + firms.totalVacancies(f);
                close(e, f);
            }
        }
        Places places = e.places;
        int[] residents = residentsByZone(e);
        double residentsTotal = 0;
        for (int r : residents) {
            residentsTotal += r;
        }
        double entrantMeanJobs = FirmRules.entrantMeanJobs(fd);
        if (Double.isNaN(firms.closureTrend)) {
            firms.closureTrend = fd.entriesPerThousandResidentsYearly() / 12.0 * residentsTotal / 1000.0 * entrantMeanJobs;
        }
        firms.closureTrend = fd.entryExitSmoothing() * closedJobs + (1.0 - fd.entryExitSmoothing()) * firms.closureTrend;
        for (int z = 0; z < places.zoneCount(); z++) {
            // at the broadband coverage the place started with, entrants' posts replace the posts of the
            // firms that closed; better coverage raises entry above that, worse coverage lowers it
            double perMonth = firms.closureTrend / entrantMeanJobs * residents[z] / Math.max(residentsTotal, 1.0)
                    * FirmRules.broadbandEntryFactor(fd, places.broadbandShare(z)) / firms.startingEntryFactor;
            int entrants = (int) perMonth;
            if (rng.chance(Purpose.FIRM_ENTRY, month, z, perMonth - entrants)) {
                entrants++;
            }
            for (int k = 0; k < entrants; k++) {
                enter(e, z, k);
            }
        }
    }

    /**
     * A private firm's monthly closure chance: the exogenous hazard of an owner-managed enterprise —
     * the configured rate for a one-person firm, halving by {@code exitHazardHalfJobs} jobs (ONS
     * Business Demography: survival rises steeply with size) and zero from {@code exogenousExitMaxJobs}
     * jobs — plus, after a year of operating losses, {@code lossExitHazardMonthly} times the years of
     * losses.
     *
     * @param enterpriseJobs filled jobs of the firm's enterprise over all its sites
     * @param lossMonths     consecutive months of operating losses
     */
    public static double exitHazard(FirmDynamicsConfig fd, int enterpriseJobs, int lossMonths) {
        double exogenous = 0;
        if (enterpriseJobs < fd.exogenousExitMaxJobs()) {
            int half = fd.exitHazardHalfJobs();
            exogenous = fd.exitHazardMonthly() * (half + 1.0) / (half + Math.max(enterpriseJobs, 1));
        }
        double losses = lossMonths >= 12 ? fd.lossExitHazardMonthly() * lossMonths / 12.0 : 0;
        return Math.min(1.0, exogenous + losses);
    }

    /** Last month's operating result: sales less inputs, business rates and the wage bill. */
    private static void countLosses(Firms firms, int f, FirmDynamicsConfig fd) {
        double profit = firms.valueAdded[f] - firms.wageBill[f] - firms.sales[f] * fd.businessRatesShareOfSales();
        if (profit < 0) {
            if (firms.lossMonths[f] < Short.MAX_VALUE) {
                firms.lossMonths[f]++;
            }
        } else {
            firms.lossMonths[f] = 0;
        }
    }

    /** A closed firm's customers move to rivals: its market weight fades each month until it is gone. */
    private static void fade(Firms firms, int f, double movePerMonth) {
        if (firms.baseDemand[f] > 0) {
            firms.baseDemand[f] *= 1.0 - movePerMonth;
            if (firms.baseDemand[f] < FADED) {
                firms.baseDemand[f] = 0;
            }
        }
    }

    private static void close(Economy e, int f) {
        Firms firms = e.firms;
        firms.alive[f] = false;
        double cash = firms.cash[f];
        if (cash < 0) {
            e.ledger.record(Flow.DEBT_WRITE_OFF, -cash);
        } else if (cash > 0) {
            e.ledger.record(Flow.CLOSURE_PAYOUT, cash);
        }
        firms.cash[f] = 0;
        e.counters.firmDeaths[firms.zone[f]]++;
    }

    private static void enter(Economy e, int zone, int k) {
        FirmDynamicsConfig fd = e.config.firmDynamics();
        SectorTable sectors = e.sectors;
        KeyedRandom rng = e.random;
        int month = e.month();
        long key = RandomKey.of(zone, k);
        int sector = drawPrivateSector(sectors, e.firms.sectorFactors, e.places.isUrban(zone), rng.uniform(Purpose.ENTRANT_SECTOR, month, key));
        double productivity = sectors.grossOutputPerWorker(sector)
                * Math.exp(fd.entrantProductivitySpread() * rng.gaussian(Purpose.FIRM_PRODUCTIVITY, month, key, 0));
        double jobs = fd.entrantJobs() * Math.exp(fd.entrantSizeSigma() * rng.gaussian(Purpose.FIRM_SIZE, month, key, 0));
        double demand = jobs * sectors.meanJobWeight(sector) * productivity;
        double capital = e.config.firmDynamics().startUpCapitalMonths() * demand;
        int f = e.firms.add((byte) sector, zone, (float) productivity, demand, capital);
        e.firms.expectedDemand[f] = demand;
        e.firms.demand[f] = demand;
        e.ledger.record(Flow.START_UP_CAPITAL, capital);
        e.counters.firmBirths[zone]++;
    }

    /**
     * Draws an entrant's sector from the private sectors' employment in micro enterprises in a zone of
     * this kind (the sector's presence there, {@code rules.SectorPresence}, times its micro band share).
     */
    public static int drawPrivateSector(SectorTable sectors, double[] factors, boolean urban, double u) {
        double total = 0;
        for (int s = 0; s < sectors.count(); s++) {
            total += entryWeight(sectors.config(s), factors[s], urban);
        }
        double acc = 0;
        int last = 0;
        for (int s = 0; s < sectors.count(); s++) {
            double w = entryWeight(sectors.config(s), factors[s], urban);
            if (w <= 0) {
                continue;
            }
            last = s;
            acc += w / total;
            if (u < acc) {
                return s;
            }
        }
        return last;
    }

    private static double entryWeight(SectorConfig s, double factor, boolean urban) {
        if (s.kind() == SectorKind.PUBLIC_SERVICES) {
            return 0;
        }
        // new firms are micro businesses: they enter sectors in proportion to the sector's micro employment
        return factor * SectorPresence.seed(s, urban) * s.sizeBands()[0];
    }

    private static int[] residentsByZone(Economy e) {
        int[] residents = new int[e.places.zoneCount()];
        for (int h = 0; h < e.households.count(); h++) {
            residents[e.households.zone[h]] += e.households.size(h);
        }
        return residents;
    }
}

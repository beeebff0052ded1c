package uk.lpip.sim.firms;

import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.SectorTable;

/**
 * Firm exit and entry. A private firm closes after several months of negative cash or by an
 * exogenous hazard (owners retire, premises close); its debts are written off by creditors
 * outside the region and any remaining cash goes to its owners. New firms enter each zone at a
 * rate that rises with the resident population and broadband coverage, funded by start-up
 * capital from outside the region. Sequential: firms are few and ids must be assigned in order.
 */
public final class FirmDemography {
    void step(Economy e) {
        Firms firms = e.firms;
        FirmDynamicsConfig fd = e.config.firmDynamics();
        KeyedRandom rng = e.random;
        int month = e.month();
        SectorTable sectors = e.sectors;
        int existing = firms.count();
        for (int f = 0; f < existing; f++) {
            if (!firms.alive[f] || sectors.kind(firms.sector[f]) == SectorKind.PUBLIC_SERVICES) {
                continue;
            }
            boolean insolvent = firms.negativeCashMonths[f] >= fd.negativeCashMonthsToExit();
            if (insolvent || rng.chance(Purpose.FIRM_EXIT, month, f, exitHazard(fd, firms.totalJobs(f)))) {
                close(e, f);
            }
        }
        Places places = e.places;
        int[] residents = residentsByZone(e);
        for (int z = 0; z < places.zoneCount(); z++) {
            double perMonth = fd.entriesPerThousandResidentsYearly() / 12.0 * residents[z] / 1000.0
                    * Math.max(0.0, 1.0 - fd.entryBroadbandEffect() * (1.0 - places.broadbandShare(z)));
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
     * The exogenous closure hazard falls with size: the configured rate applies to a one-person
     * firm and halves by {@code exitHazardHalfJobs} jobs (ONS Business Demography: survival rises
     * steeply with size), so a large employer rarely vanishes at random.
     */
    public static double exitHazard(FirmDynamicsConfig fd, int jobs) {
        int half = fd.exitHazardHalfJobs();
        return fd.exitHazardMonthly() * (half + 1.0) / (half + Math.max(jobs, 1));
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
        int sector = drawPrivateSector(sectors, e.places.isUrban(zone), rng.uniform(Purpose.ENTRANT_SECTOR, month, key));
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

    /** Draws an entrant's sector from the private sectors' employment shares, weighted for rural zones. */
    public static int drawPrivateSector(SectorTable sectors, boolean urban, double u) {
        double total = 0;
        for (int s = 0; s < sectors.count(); s++) {
            total += entryWeight(sectors.config(s), urban);
        }
        double acc = 0;
        int last = 0;
        for (int s = 0; s < sectors.count(); s++) {
            double w = entryWeight(sectors.config(s), urban);
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

    private static double entryWeight(SectorConfig s, boolean urban) {
        if (s.kind() == SectorKind.PUBLIC_SERVICES) {
            return 0;
        }
        return s.employmentShare() * (urban ? 1.0 : s.ruralWeight()) / Math.max(s.meanFirmSize(), 1.0);
    }

    private static int[] residentsByZone(Economy e) {
        int[] residents = new int[e.places.zoneCount()];
        for (int h = 0; h < e.households.count(); h++) {
            residents[e.households.zone[h]] += e.households.size[h];
        }
        return residents;
    }
}

package uk.lpip.bench.reference;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.firms.FirmDemography;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.SectorTable;

/**
 * Firm exit and entry, and the markets firms sell into (outside demand for tradables, local
 * spending within reach, council budgets), as the fast model's {@code FirmDemography} and
 * {@code Production} compute them, over the reference's firm objects.
 */
final class RefFirmRegistry {
    /** Closes insolvent firms and those hit by the size-dependent exit hazard; new firms enter each zone. */
    void exitAndEntry(ReferenceModel m) {
        FirmDynamicsConfig fd = m.config().firmDynamics();
        SectorTable sectors = m.sectors();
        MersenneTwisterFast r = m.random;
        List<RefFirm> gone = new ArrayList<>();
        for (RefFirm f : m.firms()) {
            if (!f.alive) {
                if (f.workers.isEmpty()) {
                    gone.add(f);   // closed earlier and its workers have left
                }
                continue;
            }
            if (sectors.kind(f.sector) == SectorKind.PUBLIC_SERVICES) {
                continue;
            }
            boolean insolvent = f.negativeCashMonths >= fd.negativeCashMonthsToExit();
            if (insolvent || r.nextDouble() < FirmDemography.exitHazard(fd, f.totalJobs())) {
                f.alive = false;
                f.cash = 0;
                m.counters().firmDeaths++;
            }
        }
        m.removeFirms(gone);
        Places places = m.places();
        int[] residents = new int[places.zoneCount()];
        for (RefHousehold h : m.households()) {
            residents[h.zone] += h.members.size();
        }
        for (int z = 0; z < places.zoneCount(); z++) {
            double perMonth = fd.entriesPerThousandResidentsYearly() / 12.0 * residents[z] / 1000.0
                    * Math.max(0.0, 1.0 - fd.entryBroadbandEffect() * (1.0 - places.broadbandShare(z)));
            int entrants = (int) perMonth;
            if (r.nextDouble() < perMonth - entrants) {
                entrants++;
            }
            for (int k = 0; k < entrants; k++) {
                int sector = FirmDemography.drawPrivateSector(sectors, places.isUrban(z), r.nextDouble());
                double productivity = sectors.grossOutputPerWorker(sector)
                        * Math.exp(fd.entrantProductivitySpread() * r.nextGaussian());
                double jobs = fd.entrantJobs() * Math.exp(fd.entrantSizeSigma() * r.nextGaussian());
                double demand = jobs * sectors.meanJobWeight(sector) * productivity;
                RefFirm f = new RefFirm(sector, z, places.councilOf(z), (float) productivity, demand,
                        fd.startUpCapitalMonths() * demand, m.firms().size() % m.threads());
                f.demand = demand;
                f.expectedDemand = demand;
                m.addFirm(f);
                m.counters().firmBirths++;
            }
        }
    }

    /** Outside demand per unit of market weight of each tradable sector's live firms, growing with the working-age population. */
    double[] tradableDemandPerWeight(ReferenceModel m) {
        double[] weight = new double[m.sectors().count()];
        for (RefFirm f : m.firms()) {
            if (f.alive && m.sectors().kind(f.sector) == SectorKind.TRADABLE) {
                weight[f.sector] += f.marketWeight();
            }
        }
        double growth = m.workingAgeAtStart > 0 ? m.workingAgeNow / m.workingAgeAtStart : 1.0;
        double[] perWeight = new double[weight.length];
        for (int s = 0; s < weight.length; s++) {
            perWeight[s] = weight[s] > 0 ? m.externalDemandBySector[s] * growth / weight[s] : 0;
        }
        return perWeight;
    }

    /** Households' local spending shared among the local-services firms within car reach of home, by market weight. */
    static double[] localDemandPerWeight(ReferenceModel m, double[] spendingByZone) {
        Places places = m.places();
        int zones = places.zoneCount();
        double[] weightInZone = new double[zones];
        for (RefFirm f : m.firms()) {
            if (f.alive && m.sectors().kind(f.sector) == SectorKind.LOCAL_SERVICES) {
                weightInZone[f.zone] += f.marketWeight();
            }
        }
        double[] perWeight = new double[zones];
        for (int home = 0; home < zones; home++) {
            int[] reachable = places.reach().zones(CommutingReach.classOf(home, true));
            double weightInReach = 0;
            for (int z : reachable) {
                weightInReach += weightInZone[z];
            }
            if (weightInReach <= 0) {
                continue;
            }
            for (int z : reachable) {
                perWeight[z] += spendingByZone[home] / weightInReach;
            }
        }
        return perWeight;
    }

    /** Each council's public-service budget per unit of market weight of its public-services firms. */
    static double[] publicDemandPerWeight(ReferenceModel m, double[] budgets) {
        double[] weight = new double[budgets.length];
        for (RefFirm f : m.firms()) {
            if (f.alive && m.sectors().kind(f.sector) == SectorKind.PUBLIC_SERVICES) {
                weight[f.council] += f.marketWeight();
            }
        }
        double[] perWeight = new double[budgets.length];
        for (int c = 0; c < budgets.length; c++) {
            perWeight[c] = weight[c] > 0 ? budgets[c] / weight[c] : 0;
        }
        return perWeight;
    }
}

package uk.lpip.bench.reference;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.firms.FirmDemography;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.SectorTable;

/**
 * Firm exit and entry, and the markets firms sell into (outside demand for tradables, local
 * spending within reach, council budgets), as the fast model's {@code FirmDemography} and
 * {@code Production} compute them, over the reference's firm objects.
 */
final class RefFirmRegistry {
    /**
     * Closes firms by economics (insolvency, losses) and small ones by the exogenous hazard; closed
     * firms' customers move to rivals over months; new firms replace the posts of the closed (the trend of closed posts).
     */
    void exitAndEntry(ReferenceModel m) {
        FirmDynamicsConfig fd = m.config().firmDynamics();
        SectorTable sectors = m.sectors();
        MersenneTwisterFast r = m.random;
        List<RefFirm> gone = new ArrayList<>();
        for (RefFirm f : m.firms()) {
            f.enterprise.enterpriseJobs = 0;
        }
        for (RefFirm f : m.firms()) {
            if (f.alive) {
                f.enterprise.enterpriseJobs += f.totalJobs();
            }
        }
        double closedPosts = 0;
        for (RefFirm f : m.firms()) {
            if (!f.alive) {
                if (f.baseDemand > 0) {
                    f.baseDemand *= 1.0 - fd.customerMoveMonthly();
                    if (f.baseDemand < 1.0) {
                        f.baseDemand = 0;
                    }
                }
                if (f.workers.isEmpty() && f.baseDemand == 0) {
                    gone.add(f);   // closed earlier, its workers have left and its customers moved
                }
                continue;
            }
            if (sectors.kind(f.sector) == SectorKind.PUBLIC_SERVICES) {
                continue;
            }
            double profit = f.valueAdded - f.wageBill - f.sales * fd.businessRatesShareOfSales();
            f.lossMonths = profit < 0 ? Math.min(f.lossMonths + 1, Short.MAX_VALUE) : 0;
            boolean insolvent = f.negativeCashMonths >= fd.negativeCashMonthsToExit();
            if (insolvent || r.nextDouble() < FirmDemography.exitHazard(fd, f.enterprise.enterpriseJobs, f.lossMonths)) {
                for (int k = 0; k < f.jobs.length; k++) {
                    closedPosts += f.jobs[k] + f.vacancies[k];
                }
                f.alive = false;
                f.cash = 0;
                m.counters().firmDeaths++;
            }
        }
        m.removeFirms(gone);
        Places places = m.places();
        int[] residents = new int[places.zoneCount()];
        double residentsTotal = 0;
        for (RefHousehold h : m.households()) {
            residents[h.zone] += h.members.size();
            residentsTotal += h.members.size();
        }
        double entrantMeanJobs = FirmRules.entrantMeanJobs(fd);
        if (Double.isNaN(m.closureTrend)) {
            m.closureTrend = fd.entriesPerThousandResidentsYearly() / 12.0 * residentsTotal / 1000.0 * entrantMeanJobs;
        }
        m.closureTrend = fd.entryExitSmoothing() * closedPosts + (1.0 - fd.entryExitSmoothing()) * m.closureTrend;
        for (int z = 0; z < places.zoneCount(); z++) {
            double perMonth = m.closureTrend / entrantMeanJobs * residents[z] / Math.max(residentsTotal, 1.0)
                    * FirmRules.broadbandEntryFactor(fd, places.broadbandShare(z)) / m.startingEntryFactor;
            int entrants = (int) perMonth;
            if (r.nextDouble() < perMonth - entrants) {
                entrants++;
            }
            for (int k = 0; k < entrants; k++) {
                int sector = FirmDemography.drawPrivateSector(sectors, m.sectorFactors, places.isUrban(z), r.nextDouble());
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
            if (f.inMarket() && m.sectors().kind(f.sector) == SectorKind.TRADABLE) {
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
            if (f.inMarket() && m.sectors().kind(f.sector) == SectorKind.LOCAL_SERVICES) {
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
            if (f.inMarket() && m.sectors().kind(f.sector) == SectorKind.PUBLIC_SERVICES) {
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

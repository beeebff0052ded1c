package uk.lpip.sim.firms;

import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Phase;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Firms plan the month: entry and exit first ({@link FirmDemography}), then each firm draws its
 * demand shock (proportional to size: Gibrat), turns expected demand into a target workforce by
 * skill, and posts vacancies for the gap or marks the excess for layoff. A local- or
 * public-services firm first sets its price from its unit cost ({@link FirmRules#price}). Posted
 * wages follow value added per worker at that price and local tightness, never below the legal
 * minimum; they are full-time rates (a part-time post pays its share of hours). Workforce targets
 * are in posts: productivity is per post of the sector's average hours ({@link SectorTable#meanPostFte}).
 */
public final class FirmPlanning implements Phase {
    private static final int L = Skill.LEVELS;

    private final FirmDemography demography = new FirmDemography();

    @Override
    public String name() {
        return "firms";
    }

    @Override
    public void step(Economy e) {
        Firms firms = e.firms;
        firms.rebuildWorkforce(e.persons.employer, e.persons.jobLevel, e.persons.status, e.persons.count(), Status.EMPLOYED,
                e.parallel);
        demography.step(e);
        FirmDynamicsConfig fd = e.config.firmDynamics();
        LabourConfig lc = e.config.labour();
        double[] weight = lc.skillProductivity();
        SectorTable sectors = e.sectors;
        KeyedRandom rng = e.random;
        int month = e.month();
        double referenceTightness = lc.discouragement().referenceVacanciesPerSearcher();
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f]) {
                firms.logShock[f] = (1.0 - fd.demandMeanReversion()) * firms.logShock[f]
                        + fd.demandShockSigma() * rng.gaussian(Purpose.DEMAND_SHOCK, month, f, 0);
            }
        }
        double[] demandPerWeight = tradableDemandPerWeight(e);

        e.parallel.forEachChunk(firms.count(), Economy.FIRM_CHUNK, (chunk, from, to) -> {
            int[] target = new int[L];
            double[] remainder = new double[L];
            for (int f = from; f < to; f++) {
                if (!firms.alive[f]) {
                    continue;
                }
                int sector = firms.sector[f];
                if (sectors.kind(sector) == SectorKind.TRADABLE) {
                    firms.demand[f] = FirmRules.marketWeight(firms, f) * demandPerWeight[sector];
                    firms.expectedDemand[f] = fd.expectationSmoothing() * firms.demand[f]
                            + (1.0 - fd.expectationSmoothing()) * firms.expectedDemand[f];
                } else {
                    firms.price[f] = (float) FirmRules.price(firms.referenceProductivity[f], firms.productivity[f],
                            sectors.intermediateShare(sector), fd.costPassThrough());
                }
                double price = firms.price[f];
                // expected demand is in £: at a lower price the same spending buys more output. A firm
                // short of water plans for the output it expects water to allow.
                double effectiveLabour = firms.expectedDemand[f] / price * firms.waterOutlook[f] / firms.productivity[f];
                double totalJobs = effectiveLabour / sectors.meanJobWeight(sector);
                FirmRules.allocateJobs(totalJobs, sectors, sector, target, remainder);
                double markup = FirmRules.wageMarkup(e.market.localTightness[firms.zone[f]] / referenceTightness, lc);
                double valueAddedPerWorker = firms.productivity[f] * (price - sectors.intermediateShare(sector));
                for (int s = 0; s < L; s++) {
                    int i = f * L + s;
                    int gap = target[s] - firms.jobs[i];
                    firms.vacancies[i] = Math.max(0, gap);
                    firms.layoffShare[i] = gap < 0
                            ? (float) (-gap * (1.0 - lc.layoffTolerance()) / firms.jobs[i]) : 0f;
                    firms.postedWage[i] = (float) FirmRules.postedWage(sectors.wageShare(sector) * valueAddedPerWorker,
                            weight[s], markup, lc.minimumMonthlyWage());
                }
            }
        });
        for (int f = 0; f < firms.count(); f++) {
            if (!firms.alive[f]) {
                for (int s = 0; s < L; s++) {
                    firms.vacancies[f * L + s] = 0;
                    firms.layoffShare[f * L + s] = 1f;
                }
            }
        }
    }

    /**
     * Each tradable sector's outside demand per unit of market weight of its live firms. Outside
     * demand grows with the working-age population (see {@link Economy#workingAgeGrowth()}).
     */
    private static double[] tradableDemandPerWeight(Economy e) {
        Firms firms = e.firms;
        double[] weight = new double[e.sectors.count()];
        for (int f = 0; f < firms.count(); f++) {
            if (firms.inMarket(f) && e.sectors.kind(firms.sector[f]) == SectorKind.TRADABLE) {
                weight[firms.sector[f]] += FirmRules.marketWeight(firms, f);
            }
        }
        double[] perWeight = new double[weight.length];
        for (int s = 0; s < weight.length; s++) {
            perWeight[s] = weight[s] > 0 ? e.externalDemandBySector[s] * e.workingAgeGrowth() / weight[s] : 0;
        }
        return perWeight;
    }

}

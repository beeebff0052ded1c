package uk.lpip.sim.firms;

import java.util.Arrays;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
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
 * A scheme's additional posts ({@link uk.lpip.sim.state.Persons#inSchemePost}) are outside the plan:
 * the gap is between the target and the regular workforce, so they neither fill a vacancy nor
 * trigger a layoff (their workers' output still counts in production). A post whose funding ends this
 * month ({@link uk.lpip.sim.state.Persons#schemePostEnding}) becomes a regular job when the plan has a
 * vacancy at its level — the firm keeps the person instead of recruiting, lowest person id first —
 * and otherwise ends in the labour market's separations.
 */
public final class FirmPlanning implements Phase {
    private static final int L = Skill.LEVELS;

    private final FirmDemography demography = new FirmDemography();
    /** Scheme posts held by slot this month (scratch), or unused while there are none. */
    private int[] schemePosts = new int[0];
    /** Of them, posts whose funding ends this month, by slot (scratch), and then how many of them the plan keeps. */
    private int[] endingPosts = new int[0];
    /** The persons in posts ending this month, in id order. */
    private int[] endingPersons = new int[0];
    private int endingCount;

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
        int[] scheme = countSchemePosts(e);
        int[] ending = endingPosts;

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
                    int regular = firms.jobs[i] - (scheme == null ? 0 : scheme[i]);
                    int gap = target[s] - regular;
                    if (scheme != null && ending[i] > 0) {
                        ending[i] = Math.max(0, Math.min(gap, ending[i]));   // ending posts the plan keeps
                        gap -= ending[i];
                    }
                    firms.vacancies[i] = Math.max(0, gap);
                    firms.layoffShare[i] = gap < 0
                            ? (float) (-gap * (1.0 - lc.layoffTolerance()) / regular) : 0f;
                    firms.postedWage[i] = (float) FirmRules.postedWage(sectors.wageShare(sector) * valueAddedPerWorker,
                            weight[s], markup, lc.minimumMonthlyWage());
                }
            }
        });
        if (scheme != null) {
            keepEndingPosts(e.persons, firms, ending);
        }
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
     * Scheme posts held by slot ({@code firm * L + level}), or null when nobody holds one; the posts
     * ending this month by slot in {@link #endingPosts} and their persons in {@link #endingPersons}.
     */
    private int[] countSchemePosts(Economy e) {
        Persons persons = e.persons;
        int[] counts = null;
        endingCount = 0;
        if (!persons.anySchemePostsEver()) {
            return null;
        }
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.EMPLOYED && persons.inSchemePost(p)) {
                if (counts == null) {
                    int size = e.firms.count() * L;
                    if (schemePosts.length < size) {
                        schemePosts = new int[size + (size >> 3)];
                        endingPosts = new int[schemePosts.length];
                    }
                    counts = schemePosts;
                    Arrays.fill(counts, 0, size, 0);
                    Arrays.fill(endingPosts, 0, size, 0);
                }
                int slot = persons.employer[p] * L + persons.jobLevel[p];
                counts[slot]++;
                if (persons.schemePostEnding(p)) {
                    endingPosts[slot]++;
                    if (endingCount == endingPersons.length) {
                        endingPersons = Arrays.copyOf(endingPersons, Math.max(16, endingCount * 2));
                    }
                    endingPersons[endingCount++] = p;
                }
            }
        }
        return counts;
    }

    /** The ending posts each slot's plan keeps ({@code keep} by slot) become regular jobs, lowest person id first. */
    private void keepEndingPosts(Persons persons, Firms firms, int[] keep) {
        for (int k = 0; k < endingCount; k++) {
            int p = endingPersons[k];
            int slot = persons.employer[p] * L + persons.jobLevel[p];
            if (firms.alive[persons.employer[p]] && keep[slot] > 0) {
                keep[slot]--;
                persons.setSchemePost(p, false);
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

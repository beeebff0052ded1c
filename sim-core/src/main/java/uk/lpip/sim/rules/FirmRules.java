package uk.lpip.sim.rules;

import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;

/**
 * Firms' formulas that more than one part of the model uses: market weights (planning and
 * production), posted wages and the split of jobs across skill levels (planning and the
 * builders).
 */
public final class FirmRules {
    private static final int L = Skill.LEVELS;

    private FirmRules() {
    }

    /**
     * A firm's market weight: its long-run size times its current shock. Demand in every market
     * (exports, local spending, council budgets) is shared among firms in proportion to it.
     */
    public static double marketWeight(Firms firms, int f) {
        return firms.baseDemand[f] * Math.exp(firms.logShock[f]);
    }

    /**
     * A posted wage: the sector's wage share of a medium-skilled worker's value added, scaled by the
     * job's skill weight and the local tightness markup, never below the legal minimum.
     */
    public static double postedWage(double wagePerMediumWorker, double skillWeight, double markup, double minimumWage) {
        return Math.max(wagePerMediumWorker * skillWeight * markup, minimumWage);
    }

    /**
     * Wages rise where vacancies per searcher are above the reference and fall where below, within
     * the configured bounds (±10% by default).
     */
    public static double wageMarkup(double relativeTightness, LabourConfig lc) {
        double m = Math.pow(Math.max(relativeTightness, 1e-3), lc.tightnessWageElasticity());
        return Math.max(lc.wageMarkupMin(), Math.min(lc.wageMarkupMax(), m));
    }

    /**
     * The mean jobs of a new firm: the median {@code entrantJobs} times the mean of the log-normal
     * spread around it, exp(σ²/2).
     */
    public static double entrantMeanJobs(FirmDynamicsConfig fd) {
        return fd.entrantJobs() * Math.exp(0.5 * fd.entrantSizeSigma() * fd.entrantSizeSigma());
    }

    /** Entry of new firms relative to full coverage where a share of premises has superfast broadband. */
    public static double broadbandEntryFactor(FirmDynamicsConfig fd, double broadbandShare) {
        return Math.max(0.0, 1.0 - fd.entryBroadbandEffect() * (1.0 - broadbandShare));
    }

    /**
     * The price of a local- or public-services firm relative to the base: its unit cost is the
     * input share (inputs per unit of output do not change) plus the labour share scaled by
     * reference over current productivity, and it passes on {@code passThrough} of the fall in that
     * cost. With full pass-through a productivity gain leaves value added per worker, and so pay,
     * where it was and goes to customers; with none it all raises pay and profit.
     */
    public static double price(double referenceProductivity, double productivity, double intermediateShare,
                               double passThrough) {
        double unitCost = intermediateShare + (1.0 - intermediateShare) * referenceProductivity / productivity;
        return 1.0 - passThrough * (1.0 - unitCost);
    }

    /** Splits a (fractional) number of jobs across skill levels by the sector's mix, largest remainder first. */
    public static void allocateJobs(double totalJobs, SectorTable sectors, int sector, int[] out, double[] remainder) {
        int total = (int) Math.round(totalJobs);
        int assigned = 0;
        for (int s = 0; s < L; s++) {
            double exact = total * sectors.skillMix(sector, s);
            out[s] = (int) Math.floor(exact);
            remainder[s] = exact - out[s];
            assigned += out[s];
        }
        while (assigned < total) {
            int best = 0;
            for (int s = 1; s < L; s++) {
                if (remainder[s] > remainder[best]) {
                    best = s;
                }
            }
            out[best]++;
            remainder[best] = -1;
            assigned++;
        }
    }
}

package uk.lpip.sim.water;

import java.util.List;
import uk.lpip.sim.config.WaterConfig;

/**
 * The catchment's abstraction licences as arrays, with what the regulator derives from them: the
 * authorisation tier from the daily volume, and which licences scarcity restrictions do not touch
 * (drinking water, non-consumptive returns such as cooling, and small takes of at most 5% of Q95
 * at the licence's node). Hands-off flows can be changed month by month by interventions; the
 * year's abstraction is tracked against each annual cap.
 */
public final class Licences {

    private final String[] ids;
    private final String[] holders;
    private final int[] node;
    private final int[] holderSector;
    private final double[] annualCap;
    private final double[] dailyCap;
    private final double[] baseHandsOff;
    private final double[] handsOff;
    private final int[] priority;
    private final boolean[] consumptive;
    private final boolean[] exemptFlag;
    private final boolean[] scarcityExempt;
    private final AuthorisationTier[] tier;
    private final double[] usedThisYear;

    /**
     * @param sectorIndex index of each sector id (the holder of a firm-held licence)
     * @param q95         Q95 natural flow at each node, Ml/d
     * @param smallTakeShareOfQ95 takes of at most this share of Q95 at their node are exempt from scarcity restrictions
     */
    public Licences(List<WaterConfig.Licence> list, RiverNetwork network, List<String> sectorIds, double[] q95,
                    double smallTakeShareOfQ95) {
        int n = list.size();
        ids = new String[n];
        holders = new String[n];
        node = new int[n];
        holderSector = new int[n];
        annualCap = new double[n];
        dailyCap = new double[n];
        baseHandsOff = new double[n];
        handsOff = new double[n];
        priority = new int[n];
        consumptive = new boolean[n];
        exemptFlag = new boolean[n];
        scarcityExempt = new boolean[n];
        tier = new AuthorisationTier[n];
        usedThisYear = new double[n];
        for (int l = 0; l < n; l++) {
            WaterConfig.Licence c = list.get(l);
            ids[l] = c.id();
            holders[l] = c.holder();
            node[l] = network.indexOf(c.node());
            if (node[l] < 0) {
                throw new IllegalArgumentException("licence " + c.id() + ": no river node " + c.node());
            }
            holderSector[l] = c.isPublicSupply() ? -1 : sectorIds.indexOf(c.holder());
            if (!c.isPublicSupply() && holderSector[l] < 0) {
                throw new IllegalArgumentException("licence " + c.id() + ": no sector " + c.holder());
            }
            annualCap[l] = c.annualCapMl();
            dailyCap[l] = c.dailyCapMl();
            baseHandsOff[l] = c.handsOffFlowMlPerDay();
            handsOff[l] = baseHandsOff[l];
            priority[l] = c.priority();
            consumptive[l] = c.consumptive();
            exemptFlag[l] = c.exempt();
            scarcityExempt[l] = c.exempt() || c.isPublicSupply() || !c.consumptive()
                    || c.dailyCapMl() <= smallTakeShareOfQ95 * q95[node[l]];
            tier[l] = AuthorisationTier.of(c.dailyCapMl() * 1000.0);
        }
    }

    public int count() {
        return ids.length;
    }

    public String id(int l) {
        return ids[l];
    }

    public String holder(int l) {
        return holders[l];
    }

    public int indexOf(String id) {
        for (int l = 0; l < ids.length; l++) {
            if (ids[l].equals(id)) {
                return l;
            }
        }
        return -1;
    }

    public int node(int l) {
        return node[l];
    }

    /** The sector whose firms hold the licence, or -1 for the public water supply. */
    public int holderSector(int l) {
        return holderSector[l];
    }

    public boolean isPublicSupply(int l) {
        return holderSector[l] < 0;
    }

    public double dailyCap(int l) {
        return dailyCap[l];
    }

    public double annualCap(int l) {
        return annualCap[l];
    }

    public int priority(int l) {
        return priority[l];
    }

    public boolean consumptive(int l) {
        return consumptive[l];
    }

    /** Whether the licence must leave its hands-off flow in the river (all but those flagged exempt). */
    public boolean boundByHandsOffFlow(int l) {
        return !exemptFlag[l];
    }

    public double handsOffFlow(int l) {
        return handsOff[l];
    }

    /** Whether scarcity restrictions leave the licence alone. */
    public boolean scarcityExempt(int l) {
        return scarcityExempt[l];
    }

    public AuthorisationTier tier(int l) {
        return tier[l];
    }

    /** Restores the scenario's hands-off flows (interventions then change them for the month). */
    void resetHandsOffFlows() {
        System.arraycopy(baseHandsOff, 0, handsOff, 0, handsOff.length);
    }

    void setHandsOffFlow(int l, double mlPerDay) {
        handsOff[l] = mlPerDay;
    }

    /**
     * What the licence allows this month before scarcity restrictions, Ml/d: the daily cap, or
     * less when the rest of the year's annual cap is smaller.
     */
    double monthlyAllowance(int l) {
        return Math.max(0, Math.min(dailyCap[l], (annualCap[l] - usedThisYear[l]) / RiverNetwork.DAYS));
    }

    void recordUse(int l, double mlPerDay) {
        usedThisYear[l] += mlPerDay * RiverNetwork.DAYS;
    }

    void startYear() {
        java.util.Arrays.fill(usedThisYear, 0);
    }
}

package uk.lpip.sim.state;

/**
 * One month of the catchment, as recorded: flows and storage by node, demand, allowance and
 * delivery by licence, the scarcity level, trades, and the economy's losses to shortage.
 * Flows are Ml/d averaged over the month, storage Ml, money £ at the run's scale.
 *
 * @param month          reported month (0 = the first month after the burn-in)
 * @param rule           the allocation rule in force
 * @param natural        natural flow at each node (everything upstream included)
 * @param inflow         flow arriving at each node after abstraction upstream
 * @param outflow        flow leaving each node downstream
 * @param abstraction    water taken at each node
 * @param returns        water returned at each node (non-consumptive takes)
 * @param storageStart   reservoir storage at the start of the month, by node
 * @param storageEnd     reservoir storage at the end of the month, by node
 * @param capacity       reservoir capacity this month, by node
 * @param demand         each licence's demand
 * @param allowance      what each licence may take after its caps and scarcity restrictions
 * @param delivered      what each licence took, trades included
 * @param netBought      water each licence bought (+) or sold (−) in the market
 * @param tradeVolume    water traded
 * @param tradePrice     the market's clearing price, £ per m³ (0 when nothing traded)
 * @param restrictionCost cost of household restrictions from public supply shortfalls, £
 * @param gvaLost        value added lost by firms short of water, £
 * @param jobsIdle       jobs idled by water shortage (full-time equivalents)
 * @param tradeCosts     transaction costs paid on trades, £
 */
public record WaterMonth(int month, String rule, ScarcityLevel level, double[] natural, double[] inflow,
                         double[] outflow, double[] abstraction, double[] returns, double[] storageStart,
                         double[] storageEnd, double[] capacity, double[] demand, double[] allowance,
                         double[] delivered, double[] netBought, double tradeVolume, double tradePrice,
                         double restrictionCost, double gvaLost, double jobsIdle, double tradeCosts) {

    public double totalDemand() {
        return sum(demand);
    }

    public double totalDelivered() {
        return sum(delivered);
    }

    public double totalStorage() {
        return sum(storageEnd);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}

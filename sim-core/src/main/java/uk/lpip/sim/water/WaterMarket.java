package uk.lpip.sim.water;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Trading of allocation between firm-held licences, after historic rights have been allocated.
 * Each holder values water at its marginal value in production (the value added lost per m³ it
 * goes without); buyers are holders short of their demand, sellers are holders with an
 * allocation. Bids (value less the transaction cost per m³) are matched with asks from the
 * highest bid and the lowest ask down, each trade only as large as the river allows (a buyer
 * upstream may not take water a reach between them needs). All trades clear at one price between
 * the highest accepted ask and the lowest accepted bid, so no trader is made worse off: a seller
 * gets at least its value, a buyer pays at most its value.
 *
 * <p>The public water supply does not trade.
 */
public final class WaterMarket {
    private WaterMarket() {
    }

    /** One month's trades: what each licence bought (+) or sold (−), Ml/d, and the price, £ per m³. */
    public record Result(double[] netBought, double volume, double price, int trades) {
        static Result none(int licences) {
            return new Result(new double[licences], 0, 0, 0);
        }
    }

    /**
     * @param demand          each licence's demand, Ml/d
     * @param value           each licence's marginal value of water, £ per m³
     * @param tradable        whether each licence may trade this month (firm-held, not suspended)
     * @param takes           the allocation before trading, Ml/d; changed in place to after trading
     * @param transactionCost £ per m³ traded, paid by the buyer
     */
    public static Result clear(Allocation allocation, double[] demand, double[] value, boolean[] tradable,
                               double[] takes, double transactionCost) {
        int n = takes.length;
        List<Integer> buyers = new ArrayList<>();
        List<Integer> sellers = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            if (!tradable[l]) {
                continue;
            }
            if (demand[l] - takes[l] > 1e-12) {
                buyers.add(l);
            }
            if (takes[l] > 1e-12) {
                sellers.add(l);
            }
        }
        if (buyers.isEmpty() || sellers.isEmpty()) {
            return Result.none(n);
        }
        buyers.sort(Comparator.comparingDouble((Integer l) -> -value[l]).thenComparingInt(l -> l));
        sellers.sort(Comparator.comparingDouble((Integer l) -> value[l]).thenComparingInt(l -> l));
        double[] net = new double[n];
        double highestAsk = Double.NEGATIVE_INFINITY;
        double lowestBid = Double.POSITIVE_INFINITY;
        double volume = 0;
        int trades = 0;
        for (int b : buyers) {
            double bid = value[b] - transactionCost;
            for (int s : sellers) {
                double wanted = demand[b] - takes[b];
                if (wanted <= 1e-12) {
                    break;
                }
                if (s == b || value[s] >= bid) {
                    continue;
                }
                // one price for every trade: the new pair must fit between all accepted asks and bids
                if (Math.max(highestAsk, value[s]) > Math.min(lowestBid, bid)) {
                    continue;
                }
                double offered = takes[s];
                if (offered <= 1e-12) {
                    continue;
                }
                double q = allocation.largestTransfer(s, b, Math.min(wanted, offered), takes);
                if (q <= 1e-12) {
                    continue;
                }
                takes[s] -= q;
                takes[b] += q;
                net[s] -= q;
                net[b] += q;
                volume += q;
                trades++;
                highestAsk = Math.max(highestAsk, value[s]);
                lowestBid = Math.min(lowestBid, bid);
            }
        }
        if (trades == 0) {
            return Result.none(n);
        }
        return new Result(net, volume, 0.5 * (highestAsk + lowestBid), trades);
    }
}

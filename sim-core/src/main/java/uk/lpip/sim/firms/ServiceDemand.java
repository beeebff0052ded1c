package uk.lpip.sim.firms;

import java.util.Arrays;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.places.CommutingReach;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Councils;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;

/**
 * Demand for local and public services at their prices. Households' spending at local services
 * within reach of their zone responds to the price index there with the elasticity of substitution
 * between local services and other goods (a CES budget share: at base prices it is the configured
 * local share; what households no longer spend locally they spend on goods from outside the
 * region). That spending, and each council's public-service budget, is shared among the firms in
 * reach by market weight × price^(1 − σ), σ the substitution between providers, so a cheaper firm
 * sells more. A firm's demand is its market weight × price^(1 − σ) × the per-unit value of its zone
 * (local) or council (public). All money, none created or lost: the spending not placed locally is
 * left to leak out of the region in production's accounts.
 */
final class ServiceDemand {
    private double[] weightInZone = new double[0];
    private double[] effectiveInZone = new double[0];
    private double[] logPriceInZone = new double[0];
    double[] localPerWeight = new double[0];
    double[] publicPerWeight = new double[0];

    /** A firm's weight in its market: market weight × price^(1 − σ). */
    static double effectiveWeight(Firms firms, int f, double substitution) {
        double weight = FirmRules.marketWeight(firms, f);
        float price = firms.price[f];
        return price == 1f ? weight : weight * Math.pow(price, 1.0 - substitution);
    }

    /**
     * The share of consumption spent at local services when their price index is {@code index}
     * (1 at base prices, where it is {@code baseShare}), with elasticity of substitution
     * {@code elasticity} between local services and other goods.
     */
    static double localShare(double baseShare, double index, double elasticity) {
        if (index == 1.0 || baseShare <= 0) {
            return baseShare;
        }
        double scaled = baseShare * Math.pow(index, 1.0 - elasticity);
        return scaled / (scaled + 1.0 - baseShare);
    }

    void compute(Economy e, double[] spendingByZone) {
        Places places = e.places;
        Firms firms = e.firms;
        int zones = places.zoneCount();
        double sigma = e.config.firmDynamics().providerSubstitution();
        double baseShare = e.config.households().localSpendingShare();
        double elasticity = e.config.households().localServicesSubstitution();
        if (weightInZone.length != zones) {
            weightInZone = new double[zones];
            effectiveInZone = new double[zones];
            logPriceInZone = new double[zones];
            localPerWeight = new double[zones];
        }
        Arrays.fill(weightInZone, 0);
        Arrays.fill(effectiveInZone, 0);
        Arrays.fill(logPriceInZone, 0);
        Arrays.fill(localPerWeight, 0);
        for (int f = 0; f < firms.count(); f++) {
            if (firms.inMarket(f) && e.sectors.kind(firms.sector[f]) == SectorKind.LOCAL_SERVICES) {
                double w = FirmRules.marketWeight(firms, f);
                weightInZone[firms.zone[f]] += w;
                effectiveInZone[firms.zone[f]] += effectiveWeight(firms, f, sigma);
                logPriceInZone[firms.zone[f]] += w * Math.log(firms.price[f]);
            }
        }
        for (int home = 0; home < zones; home++) {
            int[] reachable = places.reach().zones(CommutingReach.classOf(home, true));
            double weight = 0;
            double effective = 0;
            double logPrice = 0;
            for (int z : reachable) {
                weight += weightInZone[z];
                effective += effectiveInZone[z];
                logPrice += logPriceInZone[z];
            }
            if (weight <= 0 || effective <= 0) {
                continue;
            }
            // the CES price index of the local services in reach (geometric mean when σ = 1)
            double index = Math.abs(1.0 - sigma) < 1e-9 ? Math.exp(logPrice / weight)
                    : Math.pow(effective / weight, 1.0 / (1.0 - sigma));
            double spending = baseShare > 0
                    ? spendingByZone[home] / baseShare * localShare(baseShare, index, elasticity) : 0;
            double ratio = spending / effective;
            for (int z : reachable) {
                localPerWeight[z] += ratio;
            }
        }

        Councils councils = e.councils;
        double[] weight = new double[councils.count()];
        for (int f = 0; f < firms.count(); f++) {
            if (firms.inMarket(f) && e.sectors.kind(firms.sector[f]) == SectorKind.PUBLIC_SERVICES) {
                weight[places.councilOf(firms.zone[f])] += effectiveWeight(firms, f, sigma);
            }
        }
        if (publicPerWeight.length != councils.count()) {
            publicPerWeight = new double[councils.count()];
        }
        for (int c = 0; c < councils.count(); c++) {
            publicPerWeight[c] = weight[c] > 0 ? councils.publicServiceBudget[c] / weight[c] : 0;
        }
    }
}

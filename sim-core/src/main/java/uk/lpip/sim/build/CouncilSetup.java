package uk.lpip.sim.build;

import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.CouncilRules;
import uk.lpip.sim.state.Councils;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.SectorTable;

/**
 * Starting council finances: each council's public-service budget buys what its public-service
 * firms were built to provide; its central grant is what council tax and business rates leave
 * uncovered, expressed per resident (a stylised needs-based settlement that then follows the
 * population); it starts with its target reserves.
 */
public final class CouncilSetup {
    private CouncilSetup() {
    }

    public static void initialise(ModelConfig config, Places places, Households households, Firms firms,
                                  SectorTable sectors, Councils councils) {
        int n = councils.count();
        double[] publicDemand = new double[n];
        double[] rates = new double[n];
        double[] councilTax = new double[n];
        for (int f = 0; f < firms.count(); f++) {
            int c = places.councilOf(firms.zone[f]);
            rates[c] += firms.baseDemand[f] * config.firmDynamics().businessRatesShareOfSales();
            if (sectors.kind(firms.sector[f]) == SectorKind.PUBLIC_SERVICES) {
                publicDemand[c] += firms.baseDemand[f];
            }
        }
        double[] residents = CouncilRules.residents(places, households, n);
        for (int h = 0; h < households.count(); h++) {
            if (households.size(h) > 0) {
                councilTax[places.councilOf(households.zone[h])] += config.councilFinance().councilTaxPerHouseholdMonthly();
            }
        }
        for (int c = 0; c < n; c++) {
            councils.publicServiceBudget[c] = publicDemand[c];
            double grant = Math.max(0, publicDemand[c] - rates[c] - councilTax[c]);
            councils.centralGrantPerResident[c] = residents[c] > 0 ? grant / residents[c] : 0;
            councils.incomeTrend[c] = grant + rates[c] + councilTax[c];
            councils.reserves[c] = config.councilFinance().reserveTargetMonths() * councils.incomeTrend[c];
        }
    }
}

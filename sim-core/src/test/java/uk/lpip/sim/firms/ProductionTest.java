package uk.lpip.sim.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.households.HouseholdIncomes;
import uk.lpip.sim.state.Economy;

class ProductionTest {
    @Test
    void localSpendingGoesToReachableLocalServicesAndTheRestLeaks() {
        Economy e = TestPlaces.economy(5_000, 71);
        new HouseholdIncomes(e).step(e);
        new Production(e).step(e);
        double local = e.ledger.flow(Flow.LOCAL_CONSUMPTION);
        double leaked = e.ledger.flow(Flow.CONSUMPTION_LEAKAGE);
        double spendingShare = e.config.households().localSpendingShare();
        assertTrue(local > 0, "households buy from local services");
        assertTrue(local <= spendingShare * (local + leaked) + 1e-6, "at most the local share is spent locally");

        Economy noShops = TestPlaces.economy(5_000, 71);
        for (int f = 0; f < noShops.firms.count(); f++) {
            if (noShops.sectors.kind(noShops.firms.sector[f]) == SectorKind.LOCAL_SERVICES) {
                noShops.firms.alive[f] = false;
            }
        }
        new HouseholdIncomes(noShops).step(noShops);
        new Production(noShops).step(noShops);
        assertEquals(0.0, noShops.ledger.flow(Flow.LOCAL_CONSUMPTION));
        assertEquals(local + leaked, noShops.ledger.flow(Flow.CONSUMPTION_LEAKAGE), 1e-6 * (local + leaked),
                "with no local services in reach, all spending leaves the region");
    }

    @Test
    void aFirmSellsNoMoreThanItCanProduceOrIsDemanded() {
        Economy e = TestPlaces.economy(5_000, 73);
        new HouseholdIncomes(e).step(e);
        new Production(e).step(e);
        for (int f = 0; f < e.firms.count(); f++) {
            if (e.firms.alive[f]) {
                assertTrue(e.firms.sales[f] <= e.firms.output[f] + 1e-9);
                assertTrue(e.firms.sales[f] <= e.firms.demand[f] + 1e-9);
            }
        }
    }

    @Test
    void waterLimitsCutOutput() {
        Economy e = TestPlaces.economy(5_000, 79);
        int f = 0;
        while (e.firms.totalJobs(f) == 0) {
            f++;
        }
        e.firms.outputCap[f] = 100.0;
        new HouseholdIncomes(e).step(e);
        new Production(e).step(e);
        assertEquals(100.0, e.firms.output[f], 1e-9);
    }

    @Test
    void publicServicesAreBoughtFromTheCouncilBudget() {
        Economy e = TestPlaces.economy(5_000, 83);
        double reservesBefore = e.councils.reserves[0] + e.councils.reserves[1];
        new HouseholdIncomes(e).step(e);
        new Production(e).step(e);
        double purchases = e.ledger.flow(Flow.PUBLIC_SERVICE_PURCHASES);
        double budget = e.councils.publicServiceBudget[0] + e.councils.publicServiceBudget[1];
        double publicSales = 0;
        for (int f = 0; f < e.firms.count(); f++) {
            if (e.sectors.kind(e.firms.sector[f]) == SectorKind.PUBLIC_SERVICES) {
                publicSales += e.firms.sales[f];
            }
        }
        assertTrue(purchases > 0 && purchases <= budget + 1e-6, "bought " + purchases + " of " + budget);
        assertEquals(publicSales, purchases, 1e-6 * purchases, "what councils pay is what public-service firms sell");
        double collected = e.ledger.flow(Flow.COUNCIL_TAX) + e.ledger.flow(Flow.BUSINESS_RATES);
        assertEquals(reservesBefore + collected - purchases, e.councils.reserves[0] + e.councils.reserves[1], 1e-6);
    }
}

package uk.lpip.sim.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.HouseholdConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;

/**
 * The demand side closes: a pure productivity gain in local services is passed on in their
 * prices, so the region's real consumption does not fall, and local-services labour demand moves
 * by what the documented pass-through and demand elasticities imply — not by the full gain, as when
 * the same nominal spending bought the same output from fewer workers.
 */
class DemandClosureTest {
    private static final double GAIN = 0.10;
    private static final int MONTHS = 48;
    private static final int MEASURED = 24;

    /** Means over the last {@link #MEASURED} months of one arm. */
    private record Outcome(double localPosts, double localJobs, double realConsumption, double consumption,
                           double price) {
    }

    private static Outcome run(ModelConfig config, boolean gain) {
        double[] sums = new double[5];
        try (EconomyModel model = new EconomyModel(config, 2)) {
            model.addStateProbe(e -> {
                if (gain && e.reportedMonth() >= -1) {
                    raiseLocalProductivity(e);
                }
                if (e.reportedMonth() >= MONTHS - MEASURED) {
                    sums[0] += localJobs(e, true);
                    sums[4] += localJobs(e, false);
                    sums[1] += e.incomes.realConsumption;
                    sums[2] += e.incomes.consumption;
                    sums[3] += e.incomes.localPriceIndex;
                }
            });
            model.run();
        }
        return new Outcome(sums[0] / MEASURED, sums[4] / MEASURED, sums[1] / MEASURED, sums[2] / MEASURED,
                sums[3] / MEASURED);
    }

    /** Every local-services firm not yet raised (entrants included) gets the gain, once. */
    private static void raiseLocalProductivity(Economy e) {
        Firms firms = e.firms;
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f] && e.sectors.kind(firms.sector[f]) == SectorKind.LOCAL_SERVICES
                    && firms.productivity[f] < firms.referenceProductivity[f] * (1.0 + GAIN / 2)) {
                firms.productivity[f] = (float) (firms.referenceProductivity[f] * (1.0 + GAIN));
            }
        }
    }

    /** Local-services jobs filled, and with {@code posts} also those left vacant: the firms' labour demand. */
    private static double localJobs(Economy e, boolean posts) {
        Firms firms = e.firms;
        double jobs = 0;
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f] && e.sectors.kind(firms.sector[f]) == SectorKind.LOCAL_SERVICES) {
                jobs += firms.totalJobs(f) + (posts ? firms.totalVacancies(f) : 0);
            }
        }
        return jobs;
    }

    @Test
    void aLocalProductivityGainLowersPricesRaisesRealConsumptionAndMovesJobsAsTheElasticitiesImply() {
        ModelConfig config = TestPlaces.place(12_000, MONTHS, 36, 5);
        Outcome control = run(config, false);
        Outcome treated = run(config, true);

        FirmDynamicsConfig fd = config.firmDynamics();
        HouseholdConfig hc = config.households();
        double inputShare = localServices(config).intermediateShare();
        double expectedPrice = FirmRules.price(1.0, 1.0 + GAIN, inputShare, fd.costPassThrough());
        assertEquals(1.0, control.price(), 1e-9, "no gain, base prices");
        assertEquals(expectedPrice, treated.price(), 0.002, "prices fall by the pass-through of the cost saving");

        assertTrue(treated.realConsumption() > control.realConsumption(),
                "real consumption rises: " + treated.realConsumption() + " vs " + control.realConsumption());

        // Partial equilibrium at the measured spending: local spending follows the CES share at the new
        // price; the output it buys needs 1 / (1 + gain) of the workers per unit.
        double share = hc.localSpendingShare();
        double spendingRatio = treated.consumption() / control.consumption()
                * ServiceDemand.localShare(share, treated.price(), hc.localServicesSubstitution()) / share;
        double expected = spendingRatio / treated.price() / (1.0 + GAIN) - 1.0;
        // Labour demand is the posts firms keep (filled or vacant). Where posts go unfilled, filled jobs
        // move less than posts: a lower need for workers first closes vacancies.
        double simulated = treated.localPosts() / control.localPosts() - 1.0;
        double filled = treated.localJobs() / control.localJobs() - 1.0;
        System.out.printf("local-services posts: simulated %+.4f, implied by the elasticities %+.4f, without prices "
                + "%+.4f; filled jobs %+.4f%n", simulated, expected, 1.0 / (1.0 + GAIN) - 1.0, filled);
        assertTrue(expected < 0, "with demand less than unit elastic, fewer workers are needed: " + expected);
        assertEquals(expected, simulated, 0.35 * Math.abs(expected),
                "local-services labour demand moves as the pass-through and elasticities imply");
        assertTrue(filled < 0 && filled >= simulated, "filled jobs fall, by no more than posts: " + filled);
    }

    @Test
    void theLocalShareOfSpendingFollowsTheElasticityOfSubstitution() {
        assertEquals(0.45, ServiceDemand.localShare(0.45, 1.0, 0.6), 1e-12);
        // below 1: a lower price lowers the share of spending, but buys more
        double cheaper = ServiceDemand.localShare(0.45, 0.9, 0.6);
        assertTrue(cheaper < 0.45 && cheaper / 0.9 > 0.45, "share " + cheaper);
        // exactly 1 (Cobb-Douglas): the share stays; above 1 it rises
        assertEquals(0.45, ServiceDemand.localShare(0.45, 0.9, 1.0), 1e-12);
        assertTrue(ServiceDemand.localShare(0.45, 0.9, 2.0) > 0.45);
    }

    private static SectorConfig localServices(ModelConfig config) {
        return config.sectors().stream().filter(s -> s.kind() == SectorKind.LOCAL_SERVICES).findFirst().orElseThrow();
    }
}

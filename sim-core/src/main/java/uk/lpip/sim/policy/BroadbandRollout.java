package uk.lpip.sim.policy;

import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;

/**
 * A superfast broadband rollout. From the start month to the end month, coverage of the target
 * zones rises evenly to the target share, paid per premise newly covered (households and firms in
 * the zone). Covered residents reach remote-able jobs anywhere (in the labour market); covered
 * firms adopt at a monthly rate, during and after the rollout, and gain productivity and with it
 * market share; firm entry rises with coverage (in firm demography).
 */
public final class BroadbandRollout extends PlannedIntervention {
    /** The declaration: scaled to a place by its budget. */
    public static final InterventionType<BroadbandRolloutSpec> TYPE = InterventionType.of("broadband_rollout",
                    BroadbandRolloutSpec.class, CostType.STANDARD_CIVIL_ENGINEERING, BroadbandRollout::new)
            .streams(Purpose.BROADBAND_ADOPTION)
            .evidence(LeverEvidence.BROADBAND)
            .comparable((s, place) -> new BroadbandRolloutSpec(place.common(s.common()), s.targetShare(), s.costPerPremise(),
                    s.adoptionRateMonthly(), s.productivityGain()));

    private final BroadbandRolloutSpec spec;
    private double[] startCoverage;

    BroadbandRollout(BroadbandRolloutSpec spec, Economy e) {
        super(spec.common(), e);
        this.spec = spec;
    }

    /** Spending stops at the end month, but firms keep adopting afterwards. */
    @Override
    public int endMonth() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void act(Economy e, PolicyContext context) {
        Places places = e.places;
        int month = e.reportedMonth();
        int start = spec.common().startMonth();
        int end = spec.common().endMonth();
        if (startCoverage == null) {
            startCoverage = new double[places.zoneCount()];
            for (int z = 0; z < places.zoneCount(); z++) {
                startCoverage[z] = places.broadbandShare(z);
            }
        }
        if (month <= end) {
            double progress = (month - start + 1.0) / (end - start + 1.0);
            int[] premises = premisesByZone(e);
            double cost = 0;
            for (int z = 0; z < places.zoneCount(); z++) {
                if (!targetZone[z] || startCoverage[z] >= spec.targetShare()) {
                    continue;
                }
                double next = startCoverage[z] + (spec.targetShare() - startCoverage[z]) * progress;
                cost += (next - places.broadbandShare(z)) * premises[z] * spec.costPerPremise();
                places.setBroadbandShare(z, next);
            }
            if (cost > 0) {
                context.toProviders(funder, cost);
            }
        }
        adopt(e);
    }

    private void adopt(Economy e) {
        Firms firms = e.firms;
        KeyedRandom rng = e.random;
        for (int f = 0; f < firms.count(); f++) {
            int z = firms.zone[f];
            if (!firms.alive[f] || firms.broadbandAdopted[f] || !targetZone[z]) {
                continue;
            }
            double rate = spec.adoptionRateMonthly() * e.places.broadbandShare(z);
            if (rng.chance(Purpose.BROADBAND_ADOPTION, e.month(), f, rate)) {
                firms.broadbandAdopted[f] = true;
                firms.productivity[f] *= (float) (1.0 + spec.productivityGain());
                // More productive is more competitive. A tradable firm sells at outside prices: its market
                // weight rises with its productivity and it wins that market outside the region (the sector's
                // outside demand grows). A local- or public-services firm lowers its price instead (firm
                // planning passes on part of the cost saving), which wins it share from rivals and, through
                // lower prices, leaves its customers better off.
                if (e.sectors.kind(firms.sector[f]) == SectorKind.TRADABLE) {
                    double added = firms.baseDemand[f] * spec.productivityGain();
                    firms.baseDemand[f] += added;
                    e.externalDemandBySector[firms.sector[f]] += added;
                }
            }
        }
    }

    /** Premises in each zone: the simulated households and firms (money and counts are at the run's scale). */
    private static int[] premisesByZone(Economy e) {
        int[] premises = new int[e.places.zoneCount()];
        for (int h = 0; h < e.households.count(); h++) {
            if (e.households.size(h) > 0) {
                premises[e.households.zone[h]]++;
            }
        }
        for (int f = 0; f < e.firms.count(); f++) {
            if (e.firms.alive[f]) {
                premises[e.firms.zone[f]]++;
            }
        }
        return premises;
    }
}

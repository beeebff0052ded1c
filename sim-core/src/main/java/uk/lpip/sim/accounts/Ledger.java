package uk.lpip.sim.accounts;

import java.util.Arrays;

/**
 * The month's payments by kind, and the accounts of the two sectors that are not agents:
 * central government and the rest of the world.
 *
 * <p>Household, firm and council balances live in their populations' arrays; every phase that
 * moves money changes those balances and records the same total here. The accounts close when,
 * for every sector, the change in its balances equals its net recorded flows, and the net flows
 * of all sectors sum to zero (they do by construction: each flow leaves one sector and enters
 * another).
 */
public final class Ledger {
    private final double[] monthFlows = new double[Flow.values().length];
    private double centralGovernment;
    private double restOfWorld;

    /** Records a payment of {@code amount} (≥ 0 in the flow's direction). */
    public void record(Flow flow, double amount) {
        monthFlows[flow.ordinal()] += amount;
        apply(flow.from(), -amount);
        apply(flow.to(), amount);
    }

    private void apply(Sector sector, double amount) {
        if (sector == Sector.CENTRAL_GOVERNMENT) {
            centralGovernment += amount;
        } else if (sector == Sector.REST_OF_WORLD) {
            restOfWorld += amount;
        }
    }

    public void startMonth() {
        Arrays.fill(monthFlows, 0);
    }

    public double flow(Flow flow) {
        return monthFlows[flow.ordinal()];
    }

    /** Net inflow to a sector this month according to the recorded flows. */
    public double netFlow(Sector sector) {
        double net = 0;
        for (Flow f : Flow.values()) {
            if (f.to() == sector) {
                net += monthFlows[f.ordinal()];
            }
            if (f.from() == sector) {
                net -= monthFlows[f.ordinal()];
            }
        }
        return net;
    }

    public double centralGovernmentBalance() {
        return centralGovernment;
    }

    public double restOfWorldBalance() {
        return restOfWorld;
    }
}

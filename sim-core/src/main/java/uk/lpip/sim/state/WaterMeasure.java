package uk.lpip.sim.state;

/**
 * An intervention's hold on the catchment: each month, before water is shared out, the catchment
 * restores the scenario's settings and then lets every measure change them for the month (the
 * allocation rule, storage capacity, hands-off flows, sectors' water intensity).
 */
@FunctionalInterface
public interface WaterMeasure {
    void adjust(WaterControls catchment, int reportedMonth);
}

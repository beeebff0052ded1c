package uk.lpip.sim.state;

import uk.lpip.sim.config.WaterConfig.AllocationRule;

/**
 * What the rest of the model may see and change of a place's catchment: the month just
 * simulated (for the metrics), the names of its reservoirs, licences and water-using sectors
 * (for interventions to resolve their targets), and the month's settings that
 * {@link WaterMeasure}s change. The water mechanism implements it; the economy holds it, so
 * metrics and interventions never depend on the water mechanism itself.
 */
public interface WaterControls {
    /** The month just simulated, or null before the first. */
    WaterMonth last();

    /** The node index of the catchment's outlet. */
    int outlet();

    /** The node index of the reservoir with this id, or -1 if there is none. */
    int reservoirNode(String id);

    /** The index of the licence with this id, or -1 if there is none. */
    int licenceIndex(String id);

    /** Whether firms of this sector take water from the catchment. */
    boolean usesWater(int sector);

    /** An efficiency grant to one firm: its water intensity falls by {@code reduction} for good. */
    void improveFirm(Economy e, int firm, double reduction);

    /** Registers a measure that changes the month's settings (before water is shared out). */
    void addMeasure(WaterMeasure measure);

    // --- the month's settings, restored from the scenario each month before measures apply ---

    void useRule(AllocationRule rule);

    void addCapacity(int node, double ml);

    void setHandsOffFlow(int licence, double mlPerDay);

    void scaleSectorIntensity(int sector, double factor);
}

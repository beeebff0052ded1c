package uk.lpip.sim.water;

import uk.lpip.sim.engine.Economy;

/**
 * A catchment coupled to the economy: each month it sets how much each licence holder may
 * produce given the water delivered to it, through {@code Firms.outputCap}. The catchment model
 * itself (hydrology, licences, scarcity levels, allocation rules) is the water issue's work; a
 * place without a catchment installs none.
 */
public interface WaterSystem {
    void step(Economy economy);
}

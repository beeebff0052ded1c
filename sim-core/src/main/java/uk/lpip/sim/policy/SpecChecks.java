package uk.lpip.sim.policy;

import java.util.List;
import java.util.Set;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.config.WaterConfig;

/**
 * What an intervention's own checks may see of the scenario (the region, the catchment or null,
 * the sector ids) and where they report: paths are relative to the intervention's entry ("" for
 * the entry itself, ".links[0]" for a key in it).
 */
public interface SpecChecks {
    PlaceConfig region();

    /** The scenario's catchment, or null when it has none. */
    WaterConfig water();

    List<String> sectorIds();

    void add(String path, String message);

    /** Reports {@code value} unless it is one of {@code known}, suggesting the nearest ("did you mean"). */
    void reference(String value, Set<String> known, String path, String what);
}

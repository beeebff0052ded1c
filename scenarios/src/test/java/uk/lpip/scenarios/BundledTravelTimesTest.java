package uk.lpip.scenarios;

import uk.lpip.scenarios.load.ScenarioLoader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.places.Places;

/** Every bundled scenario's travel times are those of the Floyd–Warshall computation they replaced, to the bit. */
class BundledTravelTimesTest {
    static Stream<String> bundled() {
        return BundledScenarios.names().stream();
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void travelTimesAreFloydWarshallsBitForBit(String name) throws Exception {
        PlaceConfig place = ScenarioLoader.load(name).model().place();
        Places places = new Places(place);
        List<PlaceConfig.ZoneConfig> zones = place.zones();
        int n = zones.size();
        Map<String, Integer> index = new HashMap<>();
        for (int z = 0; z < n; z++) {
            index.put(zones.get(z).id(), z);
        }
        double[] d = new double[n * n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        for (int z = 0; z < n; z++) {
            d[z * n + z] = place.commuting().withinZoneMinutes();
        }
        for (PlaceConfig.RoadLinkConfig l : place.roadLinks()) {
            int a = index.get(l.fromZone());
            int b = index.get(l.toZone());
            if (l.travelMinutes() < d[a * n + b]) {
                d[a * n + b] = l.travelMinutes();
                d[b * n + a] = l.travelMinutes();
            }
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j && i != k && d[i * n + k] + d[k * n + j] < d[i * n + j]) {
                        d[i * n + j] = d[i * n + k] + d[k * n + j];
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                assertEquals(Double.doubleToLongBits(d[a * n + b]), Double.doubleToLongBits(places.travel().minutes(a, b)),
                        name + ": " + zones.get(a).id() + " to " + zones.get(b).id());
            }
        }
    }
}

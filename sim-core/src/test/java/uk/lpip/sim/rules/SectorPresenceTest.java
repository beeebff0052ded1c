package uk.lpip.sim.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.UkDefaults;

class SectorPresenceTest {

    private static SectorConfig sector(String id, double share, double ruralWeight) {
        return UkDefaults.sectors().get(0).toBuilder().id(id).employmentShare(share).ruralWeight(ruralWeight).build();
    }

    /** The region's jobs in each sector from the factors, for these urban and rural jobs. */
    private static double[] regionShares(List<SectorConfig> sectors, double urban, double rural) {
        double[] f = SectorPresence.factors(sectors, urban, rural);
        double[] u = SectorPresence.zoneShares(sectors, f, true);
        double[] r = SectorPresence.zoneShares(sectors, f, false);
        double[] out = new double[sectors.size()];
        for (int s = 0; s < out.length; s++) {
            out[s] = (urban * u[s] + rural * r[s]) / (urban + rural);
        }
        return out;
    }

    @Test
    void aMostlyRuralRegionHasItsStatedFarmingShareNotFiveTimesIt() {
        // Rural Wales's figures: farming 6% of jobs with a rural weight of 8, three quarters of jobs rural
        List<SectorConfig> sectors = List.of(sector("agriculture", 0.06, 8), sector("local", 0.40, 0.9),
                sector("tradable", 0.54, 0.5));
        double[] shares = regionShares(sectors, 25_000, 75_000);
        assertEquals(0.06, shares[0], 1e-9);
        assertEquals(0.40, shares[1], 1e-9);
        assertEquals(0.54, shares[2], 1e-9);
        // the rule the builder used before: a zone's shares proportional to share x weight, giving 27% farming
        double naiveRural = 0.06 * 8 / (0.06 * 8 + 0.40 * 0.9 + 0.54 * 0.5);
        double naive = 0.25 * 0.06 + 0.75 * naiveRural;
        assertTrue(naive > 0.25, "the unraked split gives " + naive);
        // farming is still eight times as present in a rural zone as in an urban one, relative to the others
        double[] f = SectorPresence.factors(sectors, 25_000, 75_000);
        double[] u = SectorPresence.zoneShares(sectors, f, true);
        double[] r = SectorPresence.zoneShares(sectors, f, false);
        assertEquals(8.0 / 0.9, (r[0] / r[1]) / (u[0] / u[1]), 1e-9);
        assertTrue(r[0] > shares[0] && u[0] < shares[0]);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void theStatedSharesHoldForAnyMixOfUrbanAndRuralJobs(long seed) {
        Random random = new Random(seed);
        List<SectorConfig> defaults = UkDefaults.sectors();
        double urban = 1 + random.nextInt(100_000);
        double rural = 1 + random.nextInt(100_000);
        double[] shares = regionShares(defaults, urban, rural);
        for (int s = 0; s < shares.length; s++) {
            assertEquals(defaults.get(s).employmentShare(), shares[s], 1e-9, defaults.get(s).id() + " at " + urban + "/" + rural);
        }
    }

    @Test
    void aRegionOfOneKindOfZoneUsesTheSharesThemselves() {
        List<SectorConfig> defaults = UkDefaults.sectors();
        double[] f = SectorPresence.factors(defaults, 0, 5_000);
        double[] r = SectorPresence.zoneShares(defaults, f, false);
        for (int s = 0; s < r.length; s++) {
            assertEquals(defaults.get(s).employmentShare(), r[s], 1e-12);
        }
    }
}

package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.lpip.runs.appraisal.PerspectivesTest.constant;

import org.junit.jupiter.api.Test;

/** Net additional jobs at the horizon by area, hand-computed from paired series built by hand. */
class NetJobsTest {
    private static Perspectives.Inputs inputs(double demandSideShare) {
        ArmSeries baseTarget = constant(12, 10_000, 1_000, 2_000, 500, 20_000, 10, 5, 0);
        ArmSeries treatedTarget = constant(12, 11_000, 1_100, 2_200, 440, 21_500, 13, 4, 0);
        ArmSeries baseRest = constant(12, 5_000, 500, 1_000, 300, 8_000, 5, 3, 0);
        ArmSeries treatedRest = constant(12, 4_900, 490, 980, 300, 7_850, 4, 3, 0);
        // the horizon is month 11: change the target area's last month only, to show it is the one read
        treatedTarget.employed()[11] = 14;
        return new Perspectives.Inputs(baseTarget, treatedTarget, baseRest, treatedRest, new double[12], demandSideShare, false,
                0.5);
    }

    @Test
    void theTargetAreaTheRestOfTheRegionAndTheRestOfTheUkAddUpToTheUk() {
        NetJobs j = NetJobs.of(inputs(0.5), Conventions.DEFAULT);
        // target: (14 − 10) / 0.5 = 8 at full scale; rest of the region (4 − 5) / 0.5 = −2 (displacement within the region)
        assertEquals(8, j.targetArea(), 1e-12);
        assertEquals(-2, j.restOfRegion(), 1e-12);
        assertEquals(6, j.region(), 1e-12);
        // half the spending is demand-side and half of that side's gains are displaced from the rest of the UK: −0.25 × 6
        assertEquals(-1.5, j.restOfUk(), 1e-12);
        assertEquals(4.5, j.uk(), 1e-12);
    }

    @Test
    void aSupplySidePackageDisplacesNoJobsFromTheRestOfTheUk() {
        NetJobs j = NetJobs.of(inputs(0), Conventions.DEFAULT);
        assertEquals(0, j.restOfUk(), 0);
        assertEquals(j.region(), j.uk(), 0);
    }
}

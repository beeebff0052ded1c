package uk.lpip.runs.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepOutputsTest {
    @TempDir
    Path root;

    /**
     * Two replicates of one design point: benefits 10 and 90 against costs 1 and 9. Their ratios are 10
     * and 10, so here both summaries agree; at the second point benefits 10 and −50 against costs 1 and
     * 9 give ratios 10 and −5.56 (mean 2.22) but mean benefits −20 over mean costs 5, a BCR of −4 — the
     * sweep's bcr is the latter, with the delta-method variance as its noise.
     */
    @Test
    void aDesignPointsBcrIsItsMeanBenefitsOverItsMeanCosts() throws Exception {
        Files.writeString(root.resolve("appraisal.csv"), String.join("\n",
                "point,arm,replicate,measure,value",
                "0,intervention,0,pv_benefits_uk,10", "0,intervention,0,pv_costs_appraisal_period,1",
                "0,intervention,1,pv_benefits_uk,90", "0,intervention,1,pv_costs_appraisal_period,9",
                "1,intervention,0,pv_benefits_uk,10", "1,intervention,0,pv_costs_appraisal_period,1",
                "1,intervention,1,pv_benefits_uk,-50", "1,intervention,1,pv_costs_appraisal_period,9",
                "0,intervention,0,net_additional_jobs,4", "0,intervention,1,net_additional_jobs,6",
                "1,intervention,0,net_additional_jobs,1", "1,intervention,1,net_additional_jobs,3") + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(root.resolve("additionality.csv"), "point,arm,replicate,participants,gross,deadweight\n",
                StandardCharsets.UTF_8);
        var means = SweepOutputs.read(root, List.of("intervention"), 2, 2);
        assertEquals(10.0, means.get("bcr").get("intervention")[0], 1e-12);
        assertEquals(-4.0, means.get("bcr").get("intervention")[1], 1e-12, "−20 / 5, not the mean of 10 and −5.56");
        assertEquals(5.0, means.get("net_jobs").get("intervention")[0], 1e-12);
        assertEquals(2.0, means.get("net_jobs").get("intervention")[1], 1e-12);

        var noise = SweepOutputs.noise(root, List.of("intervention"), 2, 2);
        assertEquals(0.0, noise.get("bcr").get("intervention")[0], 1e-12, "both replicates on the ratio: no noise");
        // residuals b − R·c at point 1: 10 − (−4)(1) = 14 and −50 − (−4)(9) = −14; variance 392 / 2 / 5² = 7.84
        assertEquals(7.84, noise.get("bcr").get("intervention")[1], 1e-12);
        assertEquals(1.0, noise.get("net_jobs").get("intervention")[0], 1e-12, "sample variance 2 over 2 replicates");
    }
}

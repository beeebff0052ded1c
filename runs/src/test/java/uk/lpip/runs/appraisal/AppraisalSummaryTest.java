package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppraisalSummaryTest {
    /** A replicate with only the figures the ratios read: costs, UK benefits, receipts and benefit savings. */
    private static Perspectives rep(double costs, double uk, double receipts, double savings) {
        return new Perspectives(costs, uk, 0, 0, 0, 0, uk, 0, uk, receipts, savings, 0);
    }

    /**
     * Benefits £10 and −£50 against costs £1 and £9: the replicates' ratios are 10 and −5.56 (mean 2.22),
     * but the replicates together spend £10 for −£40, a BCR of −4, which is what is printed; the Exchequer's
     * return is likewise (1 + 17) / 10 = £1.80 per £1, not the mean of 1.00 and 1.89.
     */
    @Test
    void theHeadlineRatiosAreMeanBenefitsOverMeanCosts() {
        List<Perspectives> reps = List.of(rep(1, 10, 0.5, 0.5), rep(9, -50, 10, 7));
        assertEquals(-4.0, AppraisalSummary.ratio(reps, Perspectives::pvUk).mean(), 1e-12);
        StringWriter s = new StringWriter();
        AppraisalSummary.print(new PrintWriter(s, true), reps, List.of(), Conventions.DEFAULT, 60);
        String out = s.toString();
        assertTrue(out.contains("BCR -4.00 ["), out);
        assertTrue(out.contains("£1.80 back per £1 spent"), out);
    }
}

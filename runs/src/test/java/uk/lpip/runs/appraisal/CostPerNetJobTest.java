package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The printed present cost per net additional job comes from the means and exists only where the
 * package adds jobs on average: a package that removes jobs has no cost per job added (it printed one
 * from the replicates that happened to add some).
 */
class CostPerNetJobTest {
    @Test
    void meanCostsOverMeanNetJobsWhereThoseArePositive() {
        assertEquals("present cost per net additional job £40,000", AppraisalReport.costPerNetJob(8_000_000, 200));
    }

    @Test
    void notApplicableWhereThePackageAddsNoJobsOnAverage() {
        String none = "present cost per net additional job: not applicable (no net additional jobs on average)";
        assertEquals(none, AppraisalReport.costPerNetJob(8_000_000, -342));
        assertEquals(none, AppraisalReport.costPerNetJob(8_000_000, 0));
    }
}

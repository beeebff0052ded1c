package uk.lpip.sim.rules;

import java.util.List;
import uk.lpip.sim.config.SectorConfig;

/**
 * How a region's jobs split across sectors in urban and rural zones, so that the region's jobs in
 * each sector are its stated {@code employment_share} while a sector's {@code rural_weight} says how
 * much more (or less) present it is in a rural zone than in an urban one.
 *
 * <p>A zone's jobs in sector s are {@code J_z × f_s × w_s(z) / Σ_k f_k × w_k(z)}, where {@code w_s(z)}
 * is 1 in an urban zone and the rural weight in a rural one. With {@code f_s} the employment share
 * itself (what the firm builder did until 2026-12-02) the rural weights also change the region's
 * totals: Rural Wales, two thirds of whose jobs are in rural zones, had about 27% of its jobs in farming
 * against the stated 6%.
 * The factors {@code f_s} here are instead found by iterative proportional fitting (raking) of the
 * two-row table urban/rural × sectors to the region's urban and rural jobs and the stated shares, so
 * both hold. Because {@code w} depends on a zone only through whether it is urban, the zones'
 * table has the same solution (every zone keeps its jobs).
 */
public final class SectorPresence {
    private static final int MAX_ITERATIONS = 500;
    private static final double TOLERANCE = 1e-12;

    private SectorPresence() {
    }

    /** A sector's weight in a zone before the factors: 1 urban, the rural weight rural. */
    public static double seed(SectorConfig s, boolean urban) {
        return urban ? 1.0 : s.ruralWeight();
    }

    /**
     * The factors {@code f_s} for a region with these jobs in urban and in rural zones. Where the
     * stated shares cannot all be met (a sector present in no zone the region has), the nearest the
     * raking reaches is returned; zones still keep their jobs.
     */
    public static double[] factors(List<SectorConfig> sectors, double urbanJobs, double ruralJobs) {
        int n = sectors.size();
        double[] f = new double[n];
        for (int s = 0; s < n; s++) {
            f[s] = sectors.get(s).employmentShare();
        }
        double total = urbanJobs + ruralJobs;
        if (total <= 0) {
            return f;
        }
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double urbanSum = 0;
            double ruralSum = 0;
            for (int s = 0; s < n; s++) {
                urbanSum += f[s] * seed(sectors.get(s), true);
                ruralSum += f[s] * seed(sectors.get(s), false);
            }
            urbanSum = Math.max(urbanSum, Double.MIN_NORMAL);
            ruralSum = Math.max(ruralSum, Double.MIN_NORMAL);
            double worst = 0;
            for (int s = 0; s < n; s++) {
                SectorConfig c = sectors.get(s);
                double built = f[s] * (urbanJobs * seed(c, true) / urbanSum + ruralJobs * seed(c, false) / ruralSum);
                double target = c.employmentShare() * total;
                if (built > 0) {
                    worst = Math.max(worst, Math.abs(built - target) / total);
                    f[s] *= target / built;
                }
            }
            if (worst < TOLERANCE) {
                break;
            }
        }
        double sum = 0;
        for (double v : f) {
            sum += v;
        }
        for (int s = 0; s < n; s++) {
            f[s] /= sum;
        }
        return f;
    }

    /** Shares of a zone's jobs by sector, given the factors. */
    public static double[] zoneShares(List<SectorConfig> sectors, double[] factors, boolean urban) {
        double[] shares = new double[sectors.size()];
        double sum = 0;
        for (int s = 0; s < shares.length; s++) {
            shares[s] = factors[s] * seed(sectors.get(s), urban);
            sum += shares[s];
        }
        for (int s = 0; s < shares.length; s++) {
            shares[s] = sum > 0 ? shares[s] / sum : 0;
        }
        return shares;
    }
}

package uk.lpip.runs.trial;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * An estimator's result: the estimated effect, its standard error and the degrees of freedom of
 * its reference distribution ({@code +inf}: the normal; clustered designs use t with few degrees).
 */
public record Estimate(double value, double se, double df) {
    /** z_{0.975}. */
    public static final double Z975 = new NormalDistribution().inverseCumulativeProbability(0.975);
    /** z_{0.8}. */
    public static final double Z80 = new NormalDistribution().inverseCumulativeProbability(0.8);

    /** The two-sided 5% critical value of the reference distribution. */
    public double critical() {
        return critical(df);
    }

    static double critical(double df) {
        return Double.isInfinite(df) ? Z975 : new TDistribution(df).inverseCumulativeProbability(0.975);
    }

    /** Whether a two-sided test at 5% rejects no effect. */
    public boolean rejects() {
        return se > 0 && Math.abs(value / se) > critical();
    }

    public double low() {
        return value - critical() * se;
    }

    public double high() {
        return value + critical() * se;
    }

    /** The minimum detectable effect at 5% (two-sided) with 80% power: (z_{0.975} + z_{0.8})·SE. */
    public static double mde(double se) {
        return (Z975 + Z80) * se;
    }

    /** Analytic power of a two-sided 5% z-test of an effect {@code effect} with standard error {@code se}. */
    public static double power(double effect, double se) {
        NormalDistribution n = new NormalDistribution();
        double d = Math.abs(effect) / se;
        return n.cumulativeProbability(d - Z975) + n.cumulativeProbability(-d - Z975);
    }
}

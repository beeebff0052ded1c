package uk.lpip.sim.policy;

import java.util.Objects;

/**
 * The evidence behind one behavioural lever of an intervention (or behind the outcome its levers
 * are calibrated to): where the default comes from, how strong that evidence is, and the range
 * over which it should be tested. Declared with the intervention ({@link InterventionType#evidence})
 * and printed as the evidence table of docs/interventions.md.
 *
 * @param lever      the scenario key (or "outcome: ..." for a calibration target)
 * @param basis      {@link Basis#EVIDENCE} when the default is taken from a published evaluation or
 *                   statistic; {@link Basis#ASSUMPTION} when nothing published fits
 * @param source     the publication ("" for an assumption)
 * @param design     the evaluation's design ("" for an assumption)
 * @param sms        its level on the Maryland Scientific Methods Scale as the What Works Centre for
 *                   Local Economic Growth scores it (5 randomised, 4 quasi-random, 3 matched or
 *                   difference-in-differences comparison, 2 before/after, 1 cross-section), 0 when
 *                   not an impact evaluation or not scored
 * @param value      the default, in the lever's unit
 * @param low        the low end of the published interval, or of the sensitivity range
 * @param high       the high end
 * @param measured   what the source measured (the effect size as published)
 * @param population who it was measured on
 */
public record Evidence(String lever, Basis basis, String source, String design, int sms, double value, double low,
                       double high, String measured, String population) {
    /** Whether a default is drawn from published evidence or is an assumption to be tested. */
    public enum Basis { EVIDENCE, ASSUMPTION }

    public Evidence {
        Objects.requireNonNull(lever);
        Objects.requireNonNull(basis);
        if (sms < 0 || sms > 5) {
            throw new IllegalArgumentException("SMS level is 0-5: " + sms);
        }
        if (!(low <= value && value <= high)) {
            throw new IllegalArgumentException(lever + ": the default " + value + " is outside [" + low + ", " + high + "]");
        }
        if (basis == Basis.EVIDENCE && source.isBlank()) {
            throw new IllegalArgumentException(lever + ": evidence needs a source");
        }
    }

    /** A default from a publication. */
    public static Evidence of(String lever, double value, double low, double high, String source, String design, int sms,
                              String measured, String population) {
        return new Evidence(lever, Basis.EVIDENCE, source, design, sms, value, low, high, measured, population);
    }

    /** A default nothing published fits: an assumption with the range to test it over. */
    public static Evidence assumption(String lever, double value, double low, double high, String why) {
        return new Evidence(lever, Basis.ASSUMPTION, "", "", 0, value, low, high, why, "");
    }

    public boolean isAssumption() {
        return basis == Basis.ASSUMPTION;
    }

    /** Whether {@code x} is within the record's interval. */
    public boolean covers(double x) {
        return x >= low && x <= high;
    }
}

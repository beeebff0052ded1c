package uk.lpip.runs.appraisal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lpip.runs.appraisal.ParticipantEffects.Cell;
import uk.lpip.runs.appraisal.ParticipantEffects.Summary;
import uk.lpip.runs.output.Numbers;
import uk.lpip.runs.output.TableIds;
import uk.lpip.runs.output.TextCsv;
import uk.lpip.sim.api.ParticipantOutcome;
import uk.lpip.sim.policy.Evidence;
import uk.lpip.sim.policy.ParticipantTarget;

/**
 * {@code participant-effects.csv} (one row per replicate, programme and horizon),
 * {@code participant-effects-summary.csv} (one per programme and horizon, beside its evidence record)
 * and the run summary's lines, from {@link ParticipantEffects}. Counts at full scale.
 */
public final class ParticipantEffectsTables {
    public static final List<String> COLUMNS = List.of("replicate", "programme", "kind", "months_after_start", "started",
            "observed", "status", "share_in_work_with", "share_in_work_without", "effect_pp", "effect_pp_low", "effect_pp_high",
            "relative_rise", "scale", "run", "experiment");

    public static final List<String> SUMMARY_COLUMNS = List.of("programme", "kind", "months_after_start", "replicates",
            "replicates_observed", "status", "started", "observed", "effect_pp", "effect_pp_low", "effect_pp_high",
            "relative_rise", "relative_rise_low", "relative_rise_high", "interval_over", "evidence", "evidence_basis",
            "evidence_measure", "evidence_value", "evidence_low", "evidence_high", "evidence_source", "evidence_design", "evidence_sms",
            "evidence_population", "agreement", "scale", "run", "experiment");

    private ParticipantEffectsTables() {
    }

    public static void writeCsv(Writer w, ParticipantEffects effects, TableIds ids) throws IOException {
        double k = 1 / ids.scale();
        List<List<?>> rows = new ArrayList<>();
        for (Cell c : effects.cells()) {
            ParticipantOutcome o = c.outcome();
            boolean seen = c.observed();
            rows.add(List.of(c.replicate(), c.programme(), c.title(), o.months(), Numbers.plain(k * c.started()),
                    Numbers.plain(k * o.observed()), seen ? "observed" : "not observed", seen ? Numbers.plain(o.shareWith()) : "",
                    seen ? Numbers.plain(o.shareWithout()) : "", seen ? Numbers.plainOrEmpty(100 * o.effect()) : "",
                    seen ? Numbers.plainOrEmpty(100 * (o.effect() - 1.96 * o.effectSe())) : "",
                    seen ? Numbers.plainOrEmpty(100 * (o.effect() + 1.96 * o.effectSe())) : "",
                    seen ? Numbers.plainOrEmpty(o.relativeRise()) : "", Numbers.plain(ids.scale()), ids.run(), ids.experiment()));
        }
        TextCsv.write(w, COLUMNS, rows);
    }

    public static void writeSummaryCsv(Writer w, ParticipantEffects effects, TableIds ids) throws IOException {
        double k = 1 / ids.scale();
        List<List<?>> rows = new ArrayList<>();
        for (Summary s : effects.summaries()) {
            ParticipantTarget t = s.target();
            Evidence r = t == null ? null : t.evidence();
            rows.add(List.of(s.programme(), s.title(), s.months(), s.replicates(), s.replicatesObserved(),
                    s.observed() ? "observed" : "not observed", Numbers.plain(k * s.started()), Numbers.plain(k * s.observedPeople()),
                    Numbers.plainOrEmpty(s.effectPp()), Numbers.plainOrEmpty(s.effectLow()), Numbers.plainOrEmpty(s.effectHigh()),
                    Numbers.plainOrEmpty(s.rise()), Numbers.plainOrEmpty(s.riseLow()), Numbers.plainOrEmpty(s.riseHigh()),
                    s.intervalOver(), r == null ? "" : r.lever(), r == null ? "" : r.isAssumption() ? "ASSUMPTION" : "evidence",
                    t == null ? "" : t.measure() == ParticipantTarget.Measure.POINTS ? "pp" : "relative rise",
                    r == null ? "" : Numbers.plain(r.value()), r == null ? "" : Numbers.plain(r.low()),
                    r == null ? "" : Numbers.plain(r.high()), r == null ? "" : r.source(), r == null ? "" : r.design(), r == null ? "" : r.sms(),
                    r == null ? "" : r.population(), s.agreement().id(), Numbers.plain(ids.scale()), ids.run(), ids.experiment()));
        }
        TextCsv.write(w, SUMMARY_COLUMNS, rows);
    }

    /** The run summary's section: each programme's effect at each horizon, beside its record. */
    public static void print(PrintWriter out, ParticipantEffects effects, double scale) {
        List<Summary> all = effects.summaries();
        if (all.isEmpty()) {
            return;
        }
        int replicates = all.get(0).replicates();
        out.printf("%nParticipants' effects: in work k months after their own start, with the programme less the same "
                + "people without it (%s):%n", replicates > 1 ? "mean over " + replicates + " replicates, 95% interval over "
                + "replicates" : "one replicate, 95% interval over its participants");
        String programme = null;
        for (Summary s : all) {
            if (!s.programme().equals(programme)) {
                programme = s.programme();
                out.printf("  %s '%s' (%,.0f participants a replicate at full scale):%n", s.title(), s.programme(), s.started() / scale);
            }
            out.printf("    %2d months: %s%n", s.months(), line(s, scale));
        }
        out.flush();
    }

    /** One horizon's effect in words: the effect, who was observed and how it compares with its record. */
    public static String line(Summary s, double scale) {
        if (!s.observed()) {
            return s.started() < ParticipantEffects.MIN_OBSERVED
                    ? String.format(Locale.ROOT, "not observed (%.0f simulated participants a replicate, fewer than %d: raise "
                            + "run.scale)", s.started(), ParticipantEffects.MIN_OBSERVED)
                    : "not observed (fewer than " + ParticipantEffects.MIN_OBSERVED + " simulated participants started "
                            + s.months() + " months before the horizon: lengthen run.months)";
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s [%s, %s] (relative rise %s; %,.0f observed)",
                pp(s.effectPp()), pp(s.effectLow()), pp(s.effectHigh()), percent(s.rise()), s.observedPeople() / scale));
        ParticipantTarget t = s.target();
        if (t == null) {
            return b.append("; no evidence record at this horizon").toString();
        }
        Evidence r = t.evidence();
        double[] e = s.inRecordMeasure();
        boolean relative = t.measure() == ParticipantTarget.Measure.RELATIVE;
        b.append("; ").append(relative ? "relative rise " + percent(e[0]) + " [" + percent(e[1]) + ", " + percent(e[2]) + "] "
                : "").append(s.agreement().words()).append(" ").append(record(r, relative));
        return b.toString();
    }

    /** A record's interval and where it comes from, in a few words. */
    public static String record(Evidence r, boolean relative) {
        String interval = relative ? percent(r.low()) + (r.low() == r.high() ? "" : " to " + percent(r.high()))
                : pp(r.low()) + " to " + pp(r.high());
        String source = r.isAssumption() ? "ASSUMPTION, no published effect" : shortSource(r.source())
                + (r.sms() > 0 ? ", SMS " + r.sms() : "");
        return "(" + interval + ": " + source + ")";
    }

    /** A publication by its authors and year ("Card, Kluve and Weber (2018)"), or whole when it has no year in brackets. */
    static String shortSource(String source) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.*?\\(\\d{4}[^)]*\\))").matcher(source);
        return m.find() ? m.group(1) : source;
    }

    private static String pp(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%+.1f pp", v);
    }

    private static String percent(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%+.0f%%", 100 * v);
    }
}

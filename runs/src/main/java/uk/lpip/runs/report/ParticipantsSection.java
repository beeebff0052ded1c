package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lpip.runs.output.CsvRows;

/**
 * The run report's participants' effects, from participant-effects-summary.csv: each programme's
 * effect on its participants' employment 6, 12 and 24 months after their own start (against the
 * same people in the baseline arm), beside the evidence record its kind's levers are calibrated to
 * (source, SMS level, effect and interval, population) and a plain statement whether the simulated
 * effect lies within the record's interval.
 */
final class ParticipantsSection {
    private ParticipantsSection() {
    }

    static void write(Html h, Path summaryCsv, int replicates) throws IOException {
        if (!Files.exists(summaryCsv)) {
            return;
        }
        CsvRows s = CsvRows.read(summaryCsv);
        if (s.rows().isEmpty()) {
            return;
        }
        h.tag("h2", "Participants' effects and the evidence");
        h.tag("p", "Each programme's participants in work k months after their own start, with the programme less the same "
                + "people in the baseline arm (common random numbers make them the same persons): "
                + (replicates > 1 ? "mean over " + replicates + " replicates with a 95% interval over replicates."
                        : "one replicate, with a 95% interval over its participants only (run --replicates for intervals over draws).")
                + " 'Not observed' means too few participants started k months before the horizon (or too few were simulated):"
                + " nothing is extrapolated.", "note");
        List<List<String>> rows = new ArrayList<>();
        for (String[] r : s.rows()) {
            boolean observed = r[s.column("status")].equals("observed");
            boolean relative = r[s.column("evidence_measure")].equals("relative rise");
            String effect = observed ? Html.interval(num(r[s.column("effect_pp")]), num(r[s.column("effect_pp_low")]),
                    num(r[s.column("effect_pp_high")]), "%+.1f") + " pp" : "not observed";
            if (observed && relative) {
                effect += "; relative rise " + Html.interval(100 * num(r[s.column("relative_rise")]),
                        100 * num(r[s.column("relative_rise_low")]), 100 * num(r[s.column("relative_rise_high")]), "%+.0f") + "%";
            }
            String who = observed ? String.format(Locale.ROOT, "%,.0f of %,.0f", num(r[s.column("observed")]),
                    num(r[s.column("started")])) : String.format(Locale.ROOT, "– of %,.0f", num(r[s.column("started")]));
            rows.add(List.of(r[s.column("kind")] + " '" + r[s.column("programme")] + "'", r[s.column("months_after_start")],
                    effect, who, record(s, r, relative), statement(r[s.column("agreement")])));
        }
        h.table(List.of("programme", "months after start", "simulated effect", "participants observed (full scale, a replicate)",
                "evidence record", "comparison"), rows);
    }

    /** The record in a cell: what it measured, its interval, source and SMS level, population; or why there is none. */
    private static String record(CsvRows s, String[] r, boolean relative) {
        if (r[s.column("evidence")].isEmpty()) {
            return "no record at this horizon";
        }
        double low = num(r[s.column("evidence_low")]);
        double high = num(r[s.column("evidence_high")]);
        String interval = relative ? String.format(Locale.ROOT, low == high ? "%+.0f%%" : "%+.0f%% to %+.0f%%", 100 * low, 100 * high)
                : String.format(Locale.ROOT, "%+.0f to %+.0f pp", low, high);
        if (r[s.column("evidence_basis")].equals("ASSUMPTION")) {
            return r[s.column("evidence")] + ": " + interval + " — ASSUMPTION (no published effect)";
        }
        String sms = r[s.column("evidence_sms")];
        return r[s.column("evidence")] + ": " + interval + " — " + r[s.column("evidence_source")]
                + " (" + r[s.column("evidence_design")] + (sms.equals("0") ? "; not SMS-scored)" : "; SMS " + sms + ")")
                + "; measured on " + r[s.column("evidence_population")];
    }

    private static String statement(String agreement) {
        return switch (agreement) {
            case "within" -> "The simulated effect lies within the record's interval.";
            case "overlaps" -> "The simulated effect lies outside the record's interval, but its 95% interval overlaps it.";
            case "outside" -> "The simulated effect lies outside the record's interval.";
            case "not observed" -> "Not observed in this run.";
            default -> "No record to compare with.";
        };
    }

    private static double num(String v) {
        return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
    }
}

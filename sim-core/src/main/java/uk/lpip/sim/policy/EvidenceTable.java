package uk.lpip.sim.policy;

import java.util.Locale;

/** The evidence table of docs/interventions.md, written from the records of every kind's declaration. */
public final class EvidenceTable {
    private EvidenceTable() {
    }

    /** One table per kind that has records: lever, default, interval, basis, SMS, source and design, measured, population. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (InterventionType<?> t : InterventionTypes.all()) {
            if (t.evidence().isEmpty()) {
                continue;
            }
            out.append("\n### `").append(t.key()).append("`\n\n");
            out.append("| lever | default | interval or range | basis | SMS | source (design) | measured | population |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (Evidence r : t.evidence()) {
                String lever = r.lever().contains(":") ? r.lever() : "`" + r.lever() + "`";
                out.append("| ").append(lever)
                        .append(" | ").append(number(r.value()))
                        .append(" | ").append(number(r.low())).append(" to ").append(number(r.high()))
                        .append(" | ").append(r.isAssumption() ? "**ASSUMPTION**" : "evidence")
                        .append(" | ").append(r.sms() == 0 ? "–" : Integer.toString(r.sms()))
                        .append(" | ").append(r.isAssumption() ? "–" : r.source() + " (" + r.design() + ")")
                        .append(" | ").append(r.measured())
                        .append(" | ").append(r.population().isEmpty() ? "–" : r.population())
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e9 ? Long.toString((long) x) : String.format(Locale.ROOT, "%s", x);
    }
}

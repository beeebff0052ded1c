package uk.lpip.runs.calibrate;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import uk.lpip.runs.Effects;

/** The council fit as a table: {@code council-fit.csv} and the lines {@code lpip calibrate} prints. */
public final class CouncilFitTable {
    private CouncilFitTable() {
    }

    /**
     * One row per council (published and simulated rates with 95% intervals over replicates, the miss, the
     * fitted multiplier), then one row per iteration with its largest and mean misses.
     */
    public static void writeCsv(Writer w, CouncilFit.Result r) throws IOException {
        w.write("row,council,source,employment_target,employment,employment_low,employment_high,inactivity_target,"
                + "inactivity,inactivity_low,inactivity_high,inactivity_multiplier,match_chance_multiplier\n");
        for (CouncilFit.Row row : r.rows()) {
            Effects.Effect e = row.employment();
            Effects.Effect i = row.inactivity();
            w.write(String.join(",", "council", row.target().council(), "\"" + row.target().source().replace("\"", "'") + "\"",
                    num(row.target().employmentRate()), num(e.mean()), num(e.low()), num(e.high()),
                    num(row.target().inactivityRate()), num(i.mean()), num(i.low()), num(i.high()), num(row.multiplier()),
                    num(row.matchMultiplier())) + "\n");
        }
        for (CouncilFit.Iteration it : r.iterations()) {
            w.write(String.join(",", "iteration", Integer.toString(it.index()), "", "", num(it.maxEmploymentMiss()), "", "", "",
                    num(it.maxInactivityMiss()), num(it.meanInactivityMiss()), "", "", "") + "\n");
        }
    }

    /** The council table for the terminal: published, simulated [95% interval], miss, multiplier. */
    public static void print(PrintWriter o, CouncilFit.Result r) {
        o.printf("%n%-28s %26s %8s %26s %8s %10s %6s%n", "council", "employment: published / simulated", "miss",
                "inactivity: published / simulated", "miss", "multiplier", "match");
        for (CouncilFit.Row row : r.rows()) {
            Effects.Effect e = row.employment();
            Effects.Effect i = row.inactivity();
            o.printf(Locale.ROOT, "%-28s %5.1f / %5.1f [%5.1f, %5.1f] %+8.1f %5.1f / %5.1f [%5.1f, %5.1f] %+8.1f %10.3f %6.3f%n",
                    row.target().council(), 100 * row.target().employmentRate(), 100 * e.mean(), 100 * e.low(), 100 * e.high(),
                    100 * (e.mean() - row.target().employmentRate()), 100 * row.target().inactivityRate(), 100 * i.mean(),
                    100 * i.low(), 100 * i.high(), 100 * (i.mean() - row.target().inactivityRate()), row.multiplier(),
                    row.matchMultiplier());
        }
        o.printf(Locale.ROOT, "%-28s employment %.1f%%, unemployment %.1f%%, inactivity %.1f%% (after the council fit)%n",
                "region", 100 * r.regionEmployment().mean(), 100 * r.regionUnemployment().mean(), 100 * r.regionInactivity().mean());
    }

    private static String num(double v) {
        return Double.toString(v);
    }
}

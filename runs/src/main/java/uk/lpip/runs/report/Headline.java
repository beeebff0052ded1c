package uk.lpip.runs.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lpip.runs.output.CsvRows;
import uk.lpip.scenarios.Scenario;
import uk.lpip.sim.config.PlaceConfig;
import uk.lpip.sim.policy.InterventionSpec;

/**
 * The run report's headline and its statement of uncertainty: the interventions' effect from the
 * replicates' mean with its 95% interval (one scale: full), which interventions ran where, in words
 * with names, and — in the style of the Government Analysis Function's uncertainty toolkit — the
 * main caveats up front: what the intervals cover and what they do not.
 */
final class Headline {
    private Headline() {
    }

    /** The effect at the horizon on the region's employment rate and employed residents, from effects.csv. */
    static String effect(Path effectsCsv, String region) throws IOException {
        return effect(effectsCsv, region, null, "With the interventions");
    }

    /**
     * The same for one arm of a run with several (its rows of effects.csv's {@code arm} column; null:
     * every row, a run with one intervention arm), the sentence starting with {@code with}.
     */
    static String effect(Path effectsCsv, String region, String arm, String with) throws IOException {
        CsvRows all = CsvRows.read(effectsCsv);
        if (arm != null && !all.header().contains("arm")) {
            return null;
        }
        CsvRows t = arm == null ? all : new CsvRows(all.header(), all.rows().stream()
                .filter(r -> r[all.column("arm")].equals(arm)).toList());
        if (t.rows().isEmpty()) {
            return null;
        }
        int last = t.rows().stream().mapToInt(r -> Integer.parseInt(r[t.column("month")])).max().orElse(0);
        double[] rate = null;
        double[] jobs = null;
        int replicates = 0;
        for (String[] r : t.rows()) {
            if (r[t.column("area")].startsWith("region:") && Integer.parseInt(r[t.column("month")]) == last) {
                double[] v = {num(r[t.column("mean_difference")]), num(r[t.column("ci_low")]), num(r[t.column("ci_high")])};
                if (r[t.column("metric")].equals("employment_rate")) {
                    rate = v;
                    replicates = Integer.parseInt(r[t.column("replicates")]);
                } else if (r[t.column("metric")].equals("employed")) {
                    jobs = v;
                }
            }
        }
        if (rate == null || jobs == null) {
            return null;
        }
        if (replicates < 2) {
            return String.format(Locale.ROOT, "%s, the employment rate in %s at the end of the recorded period "
                    + "is %+.2f percentage points different and %,.0f more residents are employed (at full scale), from one "
                    + "replicate: with no interval this cannot be told from chance; run with --replicates 5 or more, or "
                    + "--precision.", with, region, 100 * rate[0], jobs[0]);
        }
        boolean clear = rate[1] > 0 || rate[2] < 0;
        return String.format(Locale.ROOT, "%s, the employment rate in %s at the end of the recorded period is "
                        + "%+.2f percentage points (95%% interval %+.2f to %+.2f) and %,.0f more residents are employed (%,.0f to "
                        + "%,.0f), at full scale, the mean of %d paired replicates. %s", with, region, 100 * rate[0], 100 * rate[1],
                100 * rate[2], jobs[0], jobs[1], jobs[2], replicates,
                clear ? "The interval excludes zero." : "The interval includes zero: at this precision the change cannot be told "
                        + "from chance (more replicates, --precision or a larger scale would narrow it).");
    }

    /** Which interventions ran where, in words and by name. */
    static List<String> interventions(Scenario s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (InterventionSpec iv : s.interventions()) {
            var c = iv.common();
            List<String> where = new ArrayList<>();
            for (String id : c.councils()) {
                where.add(s.region().councils().stream().filter(x -> x.id().equals(id)).map(PlaceConfig.CouncilConfig::name)
                        .findFirst().orElse(id));
            }
            for (String id : c.zones()) {
                where.add(s.region().zones().stream().filter(x -> x.id().equals(id)).map(PlaceConfig.ZoneConfig::name)
                        .findFirst().orElse(id));
            }
            out.add(String.format(Locale.ROOT, "'%s', a %s, ran in %s from month %d to month %d, funded by %s%s.", c.name(),
                    iv.type().replace('_', ' '), where.isEmpty() ? "the whole of " + s.region().regionName() : join(where),
                    c.startMonth(), c.endMonth(), c.funder().replace('_', ' '),
                    c.budgetPounds() > 0 && Double.isFinite(c.budgetPounds()) ? String.format(Locale.ROOT, " with a budget of %s",
                            uk.lpip.runs.output.Money.pounds(c.budgetPounds(), 0)) : ""));
        }
        return out;
    }

    /** The caveats up front, and what the intervals do and do not cover. */
    static List<String> uncertainty(int replicates, boolean paired) {
        List<String> out = new ArrayList<>();
        out.add("This is a simulation of a stylised place, not a forecast: the figures say what these mechanisms imply under "
                + "these assumptions.");
        out.add(paired ? "The intervals cover one source of uncertainty only — chance: the spread between simulated worlds that "
                + "differ only in their random draws (" + replicates + " paired replicate" + (replicates == 1 ? "" : "s")
                + (replicates < 2 ? ", so there are no intervals yet" : "") + "). They do not cover the model's structure "
                + "(what it leaves out or simplifies), the evidence behind the levers (each lever's published effect has its "
                + "own uncertainty; docs/interventions.md), the calibration's misses (docs/calibration.md), or the appraisal's "
                + "conventions (see its sensitivity table)."
                : "Without interventions there is no effect to put an interval on; the paths shown are one simulated world.");
        out.add("So read a difference as robust only if its interval excludes zero and it survives the sensitivity tests; "
                + "treat the size of any effect as indicative.");
        return out;
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }
}

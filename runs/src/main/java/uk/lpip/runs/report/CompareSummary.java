package uk.lpip.runs.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.lpip.runs.appraisal.ValueForMoney;

/**
 * The comparison's summary lines for one package, in words that never outrun the evidence: a place
 * is named as where the package raises (or lowers) the employment rate only if the 95% interval of
 * that change excludes zero, and "best value for money" is named only among places whose change is
 * a gain distinguishable from zero; otherwise the text says that the estimates are noise at this
 * precision.
 */
final class CompareSummary {
    /** One place's estimates: the change in the employment rate (pp) and the UK BCR, each [mean, low, high]. */
    record Estimate(String place, double[] rate, double[] bcr, double spend, double costPerJob) {
        boolean gain() {
            return rate[1] > 0;   // NaN (one replicate) is never a gain
        }

        boolean loss() {
            return rate[2] < 0;
        }
    }

    private CompareSummary() {
    }

    static List<String> lines(String pkg, List<Estimate> list) {
        List<String> out = new ArrayList<>();
        List<Estimate> gains = list.stream().filter(Estimate::gain).toList();
        List<Estimate> losses = list.stream().filter(Estimate::loss).toList();
        int noise = list.size() - gains.size() - losses.size();
        StringBuilder b = new StringBuilder("'" + pkg + "' ");
        if (!gains.isEmpty()) {
            Estimate best = gains.stream().max(Comparator.comparingDouble(e -> e.rate()[0])).orElseThrow();
            b.append(String.format(Locale.ROOT, "raises the employment rate distinguishably from zero in %d of %d places, most in "
                    + "%s (%s percentage points)", gains.size(), list.size(), best.place(), rate(best)));
        } else {
            b.append(String.format(Locale.ROOT, "raises the employment rate distinguishably from zero in none of the %d places",
                    list.size()));
        }
        if (!losses.isEmpty()) {
            b.append("; it lowers it in ").append(String.join(", ", losses.stream().map(e -> e.place() + " (" + rate(e) + ")")
                    .toList()));
        }
        if (noise > 0) {
            double bound = list.stream().filter(e -> !e.gain() && !e.loss()).mapToDouble(e -> e.rate()[2]).max().orElse(Double.NaN);
            b.append(String.format(Locale.ROOT, "; in %d place%s the 95%% interval includes zero, so the change there cannot be told "
                    + "from noise at this precision (more replicates or a larger scale would narrow it)", noise, noise == 1 ? "" : "s"));
            if (Double.isFinite(bound)) {
                // what such an interval still says: a rise larger than its upper end is ruled out
                b.append(String.format(Locale.ROOT, ", though %s rules out a rise of more than %+.2f percentage points",
                        noise == 1 ? "its interval" : "each interval there", bound));
            }
        }
        out.add(b.append('.').toString());
        Estimate value = gains.stream().filter(e -> Double.isFinite(e.bcr()[0])).max(Comparator.comparingDouble(e -> e.bcr()[0]))
                .orElse(null);
        if (value != null) {
            out.add(String.format(Locale.ROOT, "Of the places where '%s' is a clear gain, the best value for money is in %s: a "
                            + "benefit–cost ratio to UK society of %s (%s value for money), %s spent%s.", pkg, value.place(),
                    Html.interval(value.bcr()[0], value.bcr()[1], value.bcr()[2], "%.1f"),
                    ValueForMoney.withInterval(value.bcr()[0], value.bcr()[1], value.bcr()[2]),
                    uk.lpip.runs.output.Money.pounds(value.spend(), 0),
                    Double.isFinite(value.costPerJob()) ? ", " + uk.lpip.runs.output.Money.pounds(value.costPerJob(), 0)
                            + " per net job" : ""));
        } else {
            out.add("No best value for money is named for '" + pkg + "': it is not a gain distinguishable from zero in any place.");
        }
        // the BCR sums benefits over the whole appraisal period, so its interval can exclude break-even where the
        // horizon's employment effect cannot be told from zero
        List<String> above = list.stream().filter(e -> e.bcr()[1] > 1).map(e -> e.place() + " " + bcr(e)).toList();
        List<String> below = list.stream().filter(e -> e.bcr()[2] < 1).map(e -> e.place() + " " + bcr(e)).toList();
        if (!above.isEmpty() || !below.isEmpty()) {
            StringBuilder v = new StringBuilder("'" + pkg + "' ");
            if (!above.isEmpty()) {
                v.append("pays for itself to UK society (the benefit–cost ratio's 95% interval lies above 1) in ")
                        .append(String.join(", ", above));
            }
            if (!below.isEmpty()) {
                v.append(above.isEmpty() ? "" : "; it ").append("costs UK society more than it returns (the interval lies below 1) in ")
                        .append(String.join(", ", below));
            }
            out.add(v.append('.').toString());
        }
        return out;
    }

    private static String bcr(Estimate e) {
        return "(" + Html.interval(e.bcr()[0], e.bcr()[1], e.bcr()[2], "%.1f") + ")";
    }

    private static String rate(Estimate e) {
        return Html.interval(e.rate()[0], e.rate()[1], e.rate()[2], "%+.2f");
    }
}

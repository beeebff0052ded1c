package uk.lpip.runs.appraisal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import uk.lpip.runs.output.Money;

/**
 * The sensitivity of the UK benefit–cost ratio to each convention (Green Book 2022: test the
 * assumptions that matter most): the mean over replicates of the UK ratio with the convention at
 * the low and the high end of its range, the others at their defaults; rows sorted
 * by how far they move the ratio, the widest first.
 */
public final class Sensitivity {
    /** One convention's test: its name, the values tried, and the UK BCR at the default, low and high values. */
    public record Row(String assumption, String defaultValue, String lowValue, String highValue, double bcrDefault,
                      double bcrLow, double bcrHigh) {
        public double swing() {
            return Double.isNaN(bcrLow) || Double.isNaN(bcrHigh) ? 0 : Math.abs(bcrHigh - bcrLow);
        }
    }

    private record Test(String assumption, String defaultValue, String lowValue, String highValue,
                        Function<Conventions, Conventions> low, Function<Conventions, Conventions> high) { }

    private Sensitivity() {
    }

    /** Every convention's row for the replicates' inputs, widest swing first. */
    public static List<Row> of(List<Perspectives.Inputs> replicates, Conventions base) {
        List<Test> tests = List.of(
                new Test("non-market time given up (share of net wage)", percent(base.nonMarketTimeShare()), "0%", "100%",
                        c -> c.withNonMarketTimeShare(0), c -> c.withNonMarketTimeShare(1)),
                new Test("decay of effects beyond the horizon (a year)", percent(base.persistenceDecay()), "0%", "100%",
                        c -> c.withPersistenceDecay(0), c -> c.withPersistenceDecay(1)),
                new Test("displacement of demand-side gains from the rest of the UK", percent(base.demandSideDisplacement()),
                        "25%", "75%", c -> c.withDemandSideDisplacement(0.25), c -> c.withDemandSideDisplacement(0.75)),
                new Test("appraisal period", base.appraisalYears() + " years", "5 years", "20 years",
                        c -> c.withAppraisalYears(5), c -> c.withAppraisalYears(20)),
                new Test("value of commuting time", pounds(base.commutingPoundsPerHour()) + " an hour",
                        pounds(base.commutingPoundsPerHour() * 0.5), pounds(base.commutingPoundsPerHour() * 1.5),
                        c -> c.withCommutingPoundsPerHour(base.commutingPoundsPerHour() * 0.5),
                        c -> c.withCommutingPoundsPerHour(base.commutingPoundsPerHour() * 1.5)),
                new Test("labour-market output valued as", "labour cost", "labour cost", "GVA with profits",
                        c -> c, c -> c.withProfitsCounted(true)));
        double central = bcr(replicates, base);
        List<Row> rows = new ArrayList<>();
        for (Test t : tests) {
            rows.add(new Row(t.assumption(), t.defaultValue(), t.lowValue(), t.highValue(), central,
                    bcr(replicates, t.low().apply(base)), bcr(replicates, t.high().apply(base))));
        }
        rows.sort(Comparator.comparingDouble(Row::swing).reversed());
        return rows;
    }

    /**
     * The UK BCR under {@code c} as the headline is computed: the replicates' mean present benefits to UK
     * society over their mean present costs.
     */
    public static double bcr(List<Perspectives.Inputs> replicates, Conventions c) {
        if (replicates.isEmpty()) {
            return Double.NaN;
        }
        List<Perspectives> p = replicates.stream().map(in -> Perspectives.of(in, c)).toList();
        return AppraisalSummary.ratio(p, Perspectives::pvUk).mean();
    }

    private static String percent(double share) {
        return String.format("%.0f%%", 100 * share);
    }

    private static String pounds(double v) {
        return Money.pounds(v, 2);
    }
}

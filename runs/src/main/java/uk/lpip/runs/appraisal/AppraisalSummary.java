package uk.lpip.runs.appraisal;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.ToDoubleFunction;
import uk.lpip.runs.Effects;
import uk.lpip.runs.output.Money;

/**
 * The readable appraisal of a paired run: each perspective's present values with 95% intervals
 * over replicates, the UK benefit–cost ratio with its value-for-money category, the switching
 * values on the means and the sensitivity table. From one replicate it prints a warning and the
 * present values of that draw, but no ratio, NPV or category: one draw of a stochastic model is no
 * basis for a headline.
 */
public final class AppraisalSummary {
    /** Rows of the sensitivity table printed: the assumptions that move the ratio most. */
    static final int SENSITIVITY_ROWS = 3;

    /** The warning a single replicate prints instead of a headline. */
    public static final String ONE_DRAW_WARNING = "WARNING: one replicate is one draw of a stochastic model, so no BCR, NPV or"
            + " value-for-money category is shown; run with --replicates 3 or more (10 for a figure to quote) for intervals.";

    private AppraisalSummary() {
    }

    public static void print(PrintWriter out, List<Perspectives> reps, List<Sensitivity.Row> sensitivity, Conventions c,
                             int simulatedMonths) {
        int n = reps.size();
        out.printf("%nAppraisal (HM Treasury Green Book 2022; docs/appraisal.md) at full scale, 2024/25 prices, STPR 3.5%%, "
                        + "over %d years from the first recorded year (effects beyond the %d simulated months decay %.0f%% a year),"
                        + " costs with optimism bias%s:%n", c.appraisalYears(), simulatedMonths, 100 * c.persistenceDecay(),
                n > 1 ? "; mean over " + n + " replicates [95% interval]" : "");
        if (n == 0) {
            return;
        }
        boolean headline = n > 1;
        if (!headline) {
            out.printf("  %s%n", ONE_DRAW_WARNING);
        }
        out.printf("  present value of costs %s%s%n", money(mean(reps, Perspectives::pvCosts)), interval(reps, Perspectives::pvCosts));
        out.printf("  UK society: benefits %s%s", money(mean(reps, Perspectives::pvUk)), interval(reps, Perspectives::pvUk));
        if (headline) {
            Effects.Effect bcr = ratio(reps, Perspectives::pvUk);
            out.printf("; NPV %s%s; BCR %s [%s, %s]; value for money (DfT categories): %s%n", money(mean(reps, Perspectives::npvUk)),
                    interval(reps, Perspectives::npvUk), ratio(bcr.mean()), ratio(bcr.low()), ratio(bcr.high()),
                    ValueForMoney.withInterval(bcr.mean(), bcr.low(), bcr.high()));
        } else {
            out.println();
        }
        out.printf("    = labour cost of the additional work (more in work × the baseline's earnings + employer NI per worker) %s"
                        + " − non-market time given up %s + commuting time saved %s + output beyond labour cost %s"
                        + " − displaced from the rest of the UK %s%n",
                money(mean(reps, Perspectives::pvLabourCost)), money(mean(reps, Perspectives::pvNonMarketTime)),
                money(mean(reps, Perspectives::pvTravelTime)), money(mean(reps, Perspectives::pvOutput)),
                money(-mean(reps, Perspectives::pvRestOfUk)));
        out.printf("    not counted: pay of people in work anyway %s%s (a transfer between workers and employers)%n",
                money(mean(reps, Perspectives::pvPayTransfer)), interval(reps, Perspectives::pvPayTransfer));
        out.printf("  Exchequer: tax and NI receipts %s%s + benefit savings %s%s", money(mean(reps, Perspectives::pvReceipts)),
                interval(reps, Perspectives::pvReceipts), money(mean(reps, Perspectives::pvBenefitSavings)),
                interval(reps, Perspectives::pvBenefitSavings));
        if (headline) {
            Effects.Effect back = ratio(reps, p -> p.pvReceipts() + p.pvBenefitSavings());
            out.printf("; net %s%s; %s back per £1 spent [%s, %s]%n", money(mean(reps, Perspectives::npvExchequer)),
                    interval(reps, Perspectives::npvExchequer), Money.pounds(back.mean(), 2), Money.pounds(back.low(), 2),
                    Money.pounds(back.high(), 2));
        } else {
            out.println();
        }
        out.printf("  by place: target area %s%s; rest of the region %s%s; rest of the UK %s%s%n",
                money(mean(reps, Perspectives::pvTarget)), interval(reps, Perspectives::pvTarget),
                money(mean(reps, Perspectives::pvRestOfRegion)), interval(reps, Perspectives::pvRestOfRegion),
                money(mean(reps, Perspectives::pvRestOfUk)), interval(reps, Perspectives::pvRestOfUk));
        if (!headline) {
            return;
        }
        out.printf("  switching value (on the means): %s%n",
                SwitchingValue.of(mean(reps, Perspectives::pvUk), mean(reps, Perspectives::pvCosts)).statement());
        printSensitivity(out, sensitivity);
    }

    /** The rows that move the UK ratio most, and the benefit-measure row (GVA with profits) in any case. */
    static void printSensitivity(PrintWriter out, List<Sensitivity.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.printf("  sensitivity of the UK BCR (the assumptions that move it most; the others at their defaults):%n");
        out.printf("    %-58s %-14s %22s %22s%n", "assumption", "default", "low", "high");
        for (int i = 0; i < rows.size(); i++) {
            Sensitivity.Row r = rows.get(i);
            if (i < SENSITIVITY_ROWS || r.highValue().startsWith("GVA")) {
                out.printf("    %-58s %-14s %22s %22s%n", r.assumption(), r.defaultValue(),
                        r.lowValue() + ": " + ratio(r.bcrLow()), r.highValue() + ": " + ratio(r.bcrHigh()));
            }
        }
    }

    static double mean(List<Perspectives> reps, ToDoubleFunction<Perspectives> f) {
        return reps.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /**
     * A ratio to the present value of costs across replicates: mean {@code benefits} over mean costs with
     * a delta-method interval ({@link Effects#ratioOfMeans}), not the mean of the replicates' ratios,
     * which one replicate with a chance swing in benefits can throw anywhere.
     */
    static Effects.Effect ratio(List<Perspectives> reps, ToDoubleFunction<Perspectives> benefits) {
        return Effects.ratioOfMeans(reps.stream().mapToDouble(benefits).toArray(),
                reps.stream().mapToDouble(Perspectives::pvCosts).toArray());
    }

    static Effects.Effect effect(List<Perspectives> reps, ToDoubleFunction<Perspectives> f) {
        return Effects.ofValues(reps.stream().mapToDouble(f).filter(v -> !Double.isNaN(v)).toArray());
    }

    private static String interval(List<Perspectives> reps, ToDoubleFunction<Perspectives> f) {
        Effects.Effect e = effect(reps, f);
        return e.replicates() > 1 ? " [" + money(e.low()) + ", " + money(e.high()) + "]" : "";
    }

    /** Pounds, with the sign before the pound sign: "£1,234", "−£1,234". */
    static String money(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return Money.pounds(v, 0);
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.2f", v);
    }
}

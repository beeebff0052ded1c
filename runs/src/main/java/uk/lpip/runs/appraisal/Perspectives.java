package uk.lpip.runs.appraisal;

/**
 * The appraisal of one paired replicate from the points of view the Green Book (2022) and its
 * place-based guidance ask for, at full scale, in present values (STPR, year 0 = the first recorded
 * year) over the appraisal period, with the effects at the horizon carried on beyond it with the
 * conventions' decay (docs/appraisal.md).
 *
 * <p>Benefits to UK society are the additional labour-market output valued at labour cost (earnings
 * plus employer National Insurance) — the arms' difference in employed residents times the baseline's
 * labour cost per employed resident, area by area and month by month — net of the non-market time
 * given up by people who left inactivity for work, plus commuting time saved (valued at the TAG value of commuting time), plus,
 * where the package acts on firms' output (broadband, water), the value added beyond labour cost;
 * less the part of the demand-side gains displaced from the rest of the UK. With
 * {@link Conventions#profitsCounted} the labour-market output is net additional GVA instead.
 *
 * <p>The rest of the arms' difference in earnings and employer NI — what people in work anyway are
 * paid more or less, e.g. when more job seekers lower the wages firms post — is a transfer between
 * workers and employers (their profits move the other way), not a change in what the economy
 * produces, so it is not a benefit or a cost to UK society (Green Book 2022, transfers); it is kept
 * as {@code pvPayTransfer} to be shown beside the appraisal.
 *
 * @param pvCosts          the interventions' spending with optimism bias
 * @param pvLabourCost     the additional employed residents at the baseline's earnings plus employer NI per employed resident
 * @param pvNonMarketTime  the opportunity cost of non-market time (positive: it is subtracted)
 * @param pvTravelTime     value of commuting time saved
 * @param pvOutput         value added beyond labour cost (broadband and water packages only; or, with profits
 *                         counted, GVA beyond labour cost in any package)
 * @param pvRestOfUk       the rest of the UK's share: minus the displaced demand-side gains
 * @param pvTarget         benefits to residents (and firms) of the target area
 * @param pvRestOfRegion   benefits to the rest of the region
 * @param pvUk             benefits to UK society: target area + rest of region + rest of UK
 * @param pvReceipts       the Exchequer's additional income tax, employee and employer NI
 * @param pvBenefitSavings the Exchequer's saving on means-tested benefits
 * @param pvPayTransfer    the rest of the difference in earnings plus employer NI: pay of those in work anyway
 *                         (a transfer, not counted in any benefit)
 */
public record Perspectives(double pvCosts, double pvLabourCost, double pvNonMarketTime, double pvTravelTime, double pvOutput,
                           double pvRestOfUk, double pvTarget, double pvRestOfRegion, double pvUk, double pvReceipts,
                           double pvBenefitSavings, double pvPayTransfer) {
    /**
     * A paired replicate's inputs: each arm's figures for the target area and the rest of the region
     * (simulation scale), the spending with optimism bias by month (full scale), the share of it
     * that is demand-side, and whether the package acts on firms' output.
     */
    public record Inputs(ArmSeries baseTarget, ArmSeries treatedTarget, ArmSeries baseRest, ArmSeries treatedRest,
                         double[] upliftedCosts, double demandSideShare, boolean outputEffects, double scale) { }

    public double npvUk() {
        return pvUk - pvCosts;
    }

    public double bcrUk() {
        return ratio(pvUk, pvCosts);
    }

    /** The Exchequer's net position: receipts and benefit savings less the spending. */
    public double npvExchequer() {
        return pvReceipts + pvBenefitSavings - pvCosts;
    }

    /** Pounds returned to the Exchequer (receipts and benefit savings) per pound spent. */
    public double bcrExchequer() {
        return ratio(pvReceipts + pvBenefitSavings, pvCosts);
    }

    static double ratio(double benefits, double costs) {
        return costs > 0 ? benefits / costs : Double.NaN;
    }

    public static Perspectives of(Inputs in, Conventions c) {
        int months = 12 * c.appraisalYears();
        double[] target = new double[in.baseTarget().months()];
        double[] rest = new double[target.length];
        double[] labour = new double[target.length];
        double[] nonMarket = new double[target.length];
        double[] travel = new double[target.length];
        double[] output = new double[target.length];
        double[] displaced = new double[target.length];
        double[] receipts = new double[target.length];
        double[] savings = new double[target.length];
        double[] transfer = new double[target.length];
        double[] netWage = netWage(in.baseTarget(), in.baseRest());
        double minutePounds = c.commutingPoundsPerHour() / 60 * c.commutingDaysPerMonth();
        for (int m = 0; m < target.length; m++) {
            double[] regionMarket = new double[1];
            for (int g = 0; g < 2; g++) {
                ArmSeries b = g == 0 ? in.baseTarget() : in.baseRest();
                ArmSeries t = g == 0 ? in.treatedTarget() : in.treatedRest();
                double pay = (t.earnings()[m] + t.employerNi()[m] - b.earnings()[m] - b.employerNi()[m]) / in.scale();
                double labourCost = additionalWork(b, t, m) / in.scale();
                transfer[m] += pay - labourCost;
                double gva = (t.gva()[m] - b.gva()[m]) / in.scale();
                double leftInactivity = personsLeavingInactivityForWork(t.employed()[m] - b.employed()[m],
                        t.inactive()[m] - b.inactive()[m]) / in.scale();
                double time = c.nonMarketTimeShare() * netWage[m] * leftInactivity;
                double saved = minutePounds * (t.minutesSaved()[m] - b.minutesSaved()[m]) / in.scale();
                double beyondLabour = c.profitsCounted() || in.outputEffects() ? gva - labourCost : 0;
                double market = labourCost + beyondLabour;
                double local = market - time + saved;
                (g == 0 ? target : rest)[m] = local;
                labour[m] += labourCost;
                nonMarket[m] += time;
                travel[m] += saved;
                output[m] += beyondLabour;
                regionMarket[0] += market;
                receipts[m] += (t.taxes()[m] + t.employerNi()[m] - b.taxes()[m] - b.employerNi()[m]) / in.scale();
                savings[m] += (b.benefits()[m] - t.benefits()[m]) / in.scale();
            }
            displaced[m] = -c.demandSideDisplacement() * in.demandSideShare() * regionMarket[0];
        }
        double pvTarget = pv(target, months, c);
        double pvRest = pv(rest, months, c);
        double pvRestOfUk = pv(displaced, months, c);
        double pvCosts = GreenBook.presentValue(GreenBook.byYear(java.util.Arrays.copyOf(in.upliftedCosts(),
                Math.min(months, in.upliftedCosts().length))));
        return new Perspectives(pvCosts, pv(labour, months, c), pv(nonMarket, months, c), pv(travel, months, c),
                pv(output, months, c), pvRestOfUk, pvTarget, pvRest, pvTarget + pvRest + pvRestOfUk, pv(receipts, months, c),
                pv(savings, months, c), pv(transfer, months, c));
    }

    /**
     * The labour cost of the additional work in month {@code m} (simulation scale): the arms' difference
     * in employed residents times the baseline's earnings plus employer NI per employed resident; with
     * nobody employed in the baseline, the treated arm's per employed resident.
     */
    static double additionalWork(ArmSeries b, ArmSeries t, int m) {
        double more = t.employed()[m] - b.employed()[m];
        ArmSeries priced = b.employed()[m] > 0 ? b : t;
        double employed = priced.employed()[m];
        return employed > 0 ? more * (priced.earnings()[m] + priced.employerNi()[m]) / employed : 0;
    }

    /**
     * People who moved from inactivity into work, from the arms' differences in employment and in
     * inactivity: the smaller of the two when the programme raised employment and cut inactivity (the
     * rest of the new workers came from unemployment; the rest of those who left inactivity are
     * searching), the same with signs reversed when it did the opposite, and 0 otherwise.
     */
    static double personsLeavingInactivityForWork(double moreEmployed, double moreInactive) {
        if (moreEmployed > 0 && moreInactive < 0) {
            return Math.min(moreEmployed, -moreInactive);
        }
        if (moreEmployed < 0 && moreInactive > 0) {
            return -Math.min(-moreEmployed, moreInactive);
        }
        return 0;
    }

    /** The baseline's mean net wage (earnings less income tax and employee NI, per employed resident) by month. */
    private static double[] netWage(ArmSeries a, ArmSeries b) {
        double[] w = new double[a.months()];
        for (int m = 0; m < w.length; m++) {
            double employed = a.employed()[m] + b.employed()[m];
            w[m] = employed > 0 ? (a.earnings()[m] + b.earnings()[m] - a.taxes()[m] - b.taxes()[m]) / employed : 0;
        }
        return w;
    }

    /** The present value of monthly amounts over the appraisal period, extended past the horizon with the decay. */
    static double pv(double[] monthly, int months, Conventions c) {
        return GreenBook.presentValue(GreenBook.byYear(extend(monthly, months, c.persistenceDecay())));
    }

    /**
     * Monthly amounts over {@code months}: the simulated ones (cut at the period's end), then, in each
     * later year after the horizon, the mean of the last 12 simulated months times (1 − decay) to the
     * power of the years past the horizon (1 in the first extrapolated year).
     */
    static double[] extend(double[] monthly, int months, double decay) {
        double[] out = java.util.Arrays.copyOf(monthly, months);
        int n = monthly.length;
        if (n >= months || n == 0) {
            return out;
        }
        int tail = Math.min(12, n);
        double last = 0;
        for (int m = n - tail; m < n; m++) {
            last += monthly[m] / tail;
        }
        for (int m = n; m < months; m++) {
            out[m] = last * Math.pow(1 - decay, (m - n) / 12 + 1);
        }
        return out;
    }
}

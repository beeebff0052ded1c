package uk.lpip.runs.appraisal;

import java.util.Arrays;
import java.util.Map;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.runs.SingleRun.Horizon;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.policy.CostType;

/**
 * A Green Book appraisal of one paired replicate, at full scale (amounts divided by the run's
 * scale), in the model's constant prices (2024/25: the tax and benefit year of the parameters),
 * with year 0 the first recorded year. Costs are the interventions' spending uplifted for optimism
 * bias by cost type; benefits are net additional GVA (by workplace) and, beside them, net additional
 * earnings (by residence), each month's difference between the arms. Discounted at the STPR.
 *
 * @param incomeGain         net gain in households' equivalised income × members at the horizon, £ a month
 * @param weightedIncomeGain the same gain with distributional weights (median / income)^1.3 from the
 *                           baseline's incomes: gains to poorer households count for more
 */
public record Appraisal(double costs, double upliftedCosts, double pvCosts, double pvGva, double pvEarnings,
                        GreenBook.Result onGva, GreenBook.Result onEarnings, double netJobs, double costPerNetJob,
                        double incomeGain, double weightedIncomeGain) {

    public static Appraisal of(ArmResult baseline, ArmResult treated, Map<String, CostType> costTypes, double scale) {
        MetricsTable b = baseline.table();
        MetricsTable t = treated.table();
        int months = b.monthCount();
        int region = b.areas().region();
        double[] costs = new double[months];
        double[] uplifted = new double[months];
        for (Map.Entry<String, double[]> e : treated.spend().entrySet()) {
            CostType type = costTypes.getOrDefault(e.getKey(), CostType.OUTSOURCED_PROGRAMME);
            double[] spend = e.getValue();
            for (int m = 0; m < Math.min(months, spend.length); m++) {
                costs[m] += spend[m] / scale;
                uplifted[m] += spend[m] / scale * (1.0 + type.optimismBiasUpperBound());
            }
        }
        double[] gva = new double[months];
        double[] earnings = new double[months];
        for (int m = 0; m < months; m++) {
            gva[m] = (t.value(m, region, Metric.GVA) - b.value(m, region, Metric.GVA)) / scale;
            earnings[m] = (t.value(m, region, Metric.EARNINGS) - b.value(m, region, Metric.EARNINGS)) / scale;
        }
        double pvCosts = GreenBook.presentValue(GreenBook.byYear(uplifted));
        double pvGva = GreenBook.presentValue(GreenBook.byYear(gva));
        double pvEarnings = GreenBook.presentValue(GreenBook.byYear(earnings));
        double netJobs = (t.value(months - 1, region, Metric.EMPLOYED) - b.value(months - 1, region, Metric.EMPLOYED)) / scale;
        double[] gains = incomeGains(baseline.horizon(), treated.horizon());
        return new Appraisal(Arrays.stream(costs).sum(), Arrays.stream(uplifted).sum(), pvCosts, pvGva, pvEarnings,
                GreenBook.appraise(pvGva, pvCosts), GreenBook.appraise(pvEarnings, pvCosts), netJobs,
                netJobs > 0 ? pvCosts / netJobs : Double.NaN, gains[0] / scale, gains[1] / scale);
    }

    /**
     * {Σ Δ, Σ w·Δ} over households: Δ = change in equivalised income × members at the horizon; w by the
     * household's income decile in the first recorded month — before any intervention, so the same in
     * both arms (classifying by either arm's later income would add regression to the mean) — as
     * (median / the decile's mean income)^1.3: weights by income group, as the Green Book applies them.
     */
    static double[] incomeGains(Horizon baseline, Horizon treated) {
        double[] incomes = baseline.startEquivalisedIncome();
        int n = Math.min(incomes.length, Math.min(baseline.equivalisedIncome().length, treated.equivalisedIncome().length));
        int[] order = java.util.stream.IntStream.range(0, n)
                .filter(h -> baseline.householdSize()[h] > 0)
                .boxed().sorted(java.util.Comparator.comparingDouble(h -> incomes[h])).mapToInt(Integer::intValue).toArray();
        if (order.length < 10) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double median = incomes[order[order.length / 2]];
        double plain = 0;
        double weighted = 0;
        for (int d = 0; d < 10; d++) {
            int from = d * order.length / 10;
            int to = (d + 1) * order.length / 10;
            double sum = 0;
            double gain = 0;
            for (int i = from; i < to; i++) {
                int h = order[i];
                sum += incomes[h];
                gain += (treated.equivalisedIncome()[h] - baseline.equivalisedIncome()[h]) * baseline.householdSize()[h];
            }
            double meanIncome = sum / Math.max(1, to - from);
            double weight = meanIncome > 0 ? GreenBook.distributionalWeight(meanIncome, median) : GreenBook.distributionalWeight(1, median);
            plain += gain;
            weighted += weight * gain;
        }
        return new double[] {plain, weighted};
    }
}

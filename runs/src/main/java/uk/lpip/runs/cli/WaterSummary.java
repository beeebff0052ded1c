package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.util.List;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.sim.api.WaterHistory;

/**
 * The end-of-run water summary for a place with a catchment: months at each scarcity level, and by
 * holder (sector or public supply) mean demand, delivery and shortfall, each licence's authorisation
 * tier and whether scarcity restrictions apply to it, with the output and jobs
 * shortage cost and the market's trades — one block per arm of the first replicate.
 */
final class WaterSummary {
    private WaterSummary() {
    }

    static void print(PrintWriter out, List<ArmResult> all) {
        List<ArmResult> arms = all.stream().filter(a -> a.replicate() == 0 && a.water() != null).toList();
        for (ArmResult arm : arms) {
            WaterHistory c = arm.water();
            List<WaterHistory.Month> months = c.months();
            if (months.isEmpty()) {
                continue;
            }
            out.printf("%nWater%s — %d months, allocation rule %s%n", arms.size() > 1 ? " (" + arm.name() + " arm)" : "",
                    months.size(), rules(months));
            List<String> levelKeys = c.scarcityLevels();
            int[] atLevel = new int[levelKeys.size()];
            months.forEach(m -> atLevel[m.level()]++);
            StringBuilder levels = new StringBuilder();
            for (int l = 0; l < levelKeys.size(); l++) {
                levels.append(levels.length() == 0 ? "" : " · ").append(levelKeys.get(l).replace('_', ' ')).append(' ')
                        .append(atLevel[l]);
            }
            out.printf("  months at each scarcity level: %s%n", levels);
            out.printf("  %-22s %14s %16s %10s %14s%n", "holder", "demand Ml/d", "delivered Ml/d", "shortfall", "worst month");
            List<String> holders = c.holders();
            double[] demand = new double[holders.size()];
            double[] delivered = new double[holders.size()];
            double[] worst = new double[holders.size()];
            for (WaterHistory.Month m : months) {
                double[] d = m.demandByHolder();
                double[] g = m.deliveredByHolder();
                for (int h = 0; h < d.length; h++) {
                    demand[h] += d[h] / months.size();
                    delivered[h] += g[h] / months.size();
                    worst[h] = Math.max(worst[h], d[h] > 0 ? 1 - g[h] / d[h] : 0);
                }
            }
            for (int h = 0; h < holders.size(); h++) {
                out.printf("  %-22s %14.1f %16.1f %9.1f%% %13.0f%%%n", holders.get(h), demand[h], delivered[h],
                        demand[h] > 0 ? 100 * (1 - delivered[h] / demand[h]) : 0, 100 * worst[h]);
            }
            out.printf("  %-26s %-22s %-16s %-16s %s%n", "licence", "holder", "node", "tier", "scarcity restrictions");
            for (WaterHistory.Licence l : c.licences()) {
                out.printf("  %-26s %-22s %-16s %-16s %s%n", l.id(), l.holder(), l.node(), l.tier(),
                        l.scarcityExempt() ? "exempt" : "apply");
            }
            double gva = months.stream().mapToDouble(WaterHistory.Month::gvaLost).sum();
            double worstGva = months.stream().mapToDouble(WaterHistory.Month::gvaLost).max().orElse(0);
            double jobs = months.stream().mapToDouble(WaterHistory.Month::jobsIdled).average().orElse(0);
            double restrictions = months.stream().mapToDouble(WaterHistory.Month::restrictionCost).sum();
            out.printf("  value added lost to shortage: £%,.0f in all (worst month £%,.0f); jobs idled: %.1f a month on average%n",
                    gva, worstGva, jobs);
            out.printf("  household restrictions: £%,.0f (public supply shortfalls)%n", restrictions);
            long tradeMonths = months.stream().filter(m -> m.tradeVolume() > 0).count();
            if (tradeMonths > 0) {
                double volume = months.stream().mapToDouble(WaterHistory.Month::tradeVolume).sum() / tradeMonths;
                double price = months.stream().filter(m -> m.tradeVolume() > 0).mapToDouble(WaterHistory.Month::tradePrice)
                        .average().orElse(0);
                out.printf("  trades in %d months: %.1f Ml/d on average at a mean price of £%.2f per m³%n",
                        tradeMonths, volume, price);
            }
            out.println("  (money at the run's scale; volumes for the whole catchment; see water.csv)");
        }
        out.flush();
    }

    private static String rules(List<WaterHistory.Month> months) {
        return String.join(" then ", months.stream().map(WaterHistory.Month::rule).distinct().toList());
    }
}

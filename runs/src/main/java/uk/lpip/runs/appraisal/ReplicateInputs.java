package uk.lpip.runs.appraisal;

import java.util.Map;
import uk.lpip.runs.SingleRun.ArmResult;
import uk.lpip.sim.metrics.Areas;
import uk.lpip.sim.metrics.MetricsTable;

/** Reads a paired replicate's result tables and spending into the appraisal's {@link Perspectives.Inputs}. */
public final class ReplicateInputs {
    private ReplicateInputs() {
    }

    public static Perspectives.Inputs of(ArmResult baseline, ArmResult treated, AppraisedPackage pkg, double scale) {
        MetricsTable b = baseline.table();
        MetricsTable t = treated.table();
        int months = b.monthCount();
        double[] uplifted = new double[months];
        double total = 0;
        double demand = 0;
        for (Map.Entry<String, double[]> e : treated.spend().entrySet()) {
            double[] spend = e.getValue();
            double uplift = 1.0 + pkg.costType(e.getKey()).optimismBiasUpperBound();
            for (int m = 0; m < Math.min(months, spend.length); m++) {
                uplifted[m] += spend[m] / scale * uplift;
                total += spend[m];
                demand += pkg.demandSide().contains(e.getKey()) ? spend[m] : 0;
            }
        }
        int zones = zoneCount(b.areas());
        boolean[] target = pkg.targetZones();
        boolean[] rest = pkg.otherZones(zones);
        return new Perspectives.Inputs(ArmSeries.of(b, target), ArmSeries.of(t, target), ArmSeries.of(b, rest),
                ArmSeries.of(t, rest), uplifted, total > 0 ? demand / total : 0, pkg.outputEffects(), scale);
    }

    private static int zoneCount(Areas areas) {
        int n = 0;
        for (int a = 0; a < areas.count(); a++) {
            n += areas.isZone(a) ? 1 : 0;
        }
        return n;
    }
}

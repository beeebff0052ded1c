package uk.lpip.runs.trial;

import java.util.List;
import uk.lpip.scenarios.trial.Trial;

/**
 * A design's results over the replicates: the estimate's distribution against the truth, its
 * bias by source with a standard error over replicates, the share of replicates rejecting no
 * effect (simulated power), the minimum detectable effect from the mean standard error, and the
 * size for 80% power from the standard error's scaling with the size (SE ∝ 1/√n).
 *
 * @param size          the size simulated, in {@code unit} (people at full scale, or clusters)
 * @param plannedSizes  the sizes of the power curve, the first the planned one
 * @param powerSim      simulated power at each planned size (individual trials subsampled to a size up to the simulated
 *                      people; a clustered design at the place's own number of clusters; {@code NaN} where not simulated)
 * @param expected      the estimate the design expects: the truth plus the bias that does not average out (a randomised
 *                      design's chance imbalance does; an observational design's selection or trends do not)
 * @param powerAnalytic power at each planned size for the expected estimate with the SE scaled to the size
 * @param sizeFor80     the size at which the expected estimate is the MDE: size × (MDE / |expected|)²
 */
public record DesignSummary(Trial.Design design, String unit, String estimand, int replicates, double meanEstimate,
                     double sdEstimate, double meanTruth, double bias, double biasSe, double imbalance, double controls,
                     double expected, double meanSe, double coverage, double power, double mde, double size, int[] plannedSizes,
                     double[] powerSim, double[] powerAnalytic, double sizeFor80, double meanPeople, double meanTreated) {

    /** What the design estimates, in the Magenta Book's terms. */
    static String estimand(Trial.Design d) {
        return switch (d.type()) {
            case Trial.INDIVIDUAL -> "intention to treat: the effect of being offered the programme, on the eligible in its area";
            case Trial.CLUSTER -> "intention to treat by place: the effect of the programme's offer in a "
                    + d.cluster() + " on its eligible residents";
            case Trial.DID -> "the effect on the treated councils' working-age residents (a place-level effect on the treated)";
            case Trial.STEPPED_WEDGE -> "intention to treat by place over the rollout: the effect of the programme's offer in a "
                    + d.cluster() + " on its eligible residents in the periods after its step, averaged over steps and "
                    + "periods as the fixed-effects analysis weighs them";
            default -> "the effect on the treated: participants against matched non-participants";
        };
    }

    /** The two sources of bias a design's estimate splits into: what the imbalance term and the controls' term are. */
    static String[] sources(Trial.Design d) {
        return switch (d.type()) {
            case Trial.INDIVIDUAL -> new String[] {"chance imbalance", "displacement onto controls"};
            case Trial.CLUSTER -> new String[] {"chance imbalance between clusters", "spillover onto control clusters"};
            case Trial.DID -> new String[] {"non-parallel trends", "spillover onto comparison councils"};
            case Trial.STEPPED_WEDGE -> new String[] {"chance imbalance between the steps' clusters",
                "contamination of not-yet-treated clusters"};
            default -> new String[] {"selection and regression to the mean", "displacement onto matched controls"};
        };
    }

    static DesignSummary of(Trial.Design d, List<Replicate> reps, int[] sizes, double scale) {
        int n = reps.size();
        double est = mean(reps.stream().mapToDouble(r -> r.estimate().value()).toArray());
        double sd = sd(reps.stream().mapToDouble(r -> r.estimate().value()).toArray());
        double truth = mean(reps.stream().mapToDouble(Replicate::truth).toArray());
        double[] biases = reps.stream().mapToDouble(Replicate::bias).toArray();
        double se = mean(reps.stream().mapToDouble(r -> r.estimate().se()).toArray());
        double controls = mean(reps.stream().mapToDouble(Replicate::controls).toArray());
        double imbalance = mean(reps.stream().mapToDouble(Replicate::imbalance).toArray());
        // randomisation makes the imbalance chance (mean zero): the design expects the truth and the controls' term only
        double expected = d.observational() ? truth + imbalance + controls : truth + controls;
        double coverage = reps.stream().filter(r -> r.estimate().low() <= r.truth() && r.truth() <= r.estimate().high()).count()
                / (double) n;
        double power = reps.stream().filter(r -> r.estimate().rejects()).count() / (double) n;
        double size = d.clustered() ? mean(reps.stream().mapToDouble(Replicate::sampleSize).toArray())
                : mean(reps.stream().mapToDouble(Replicate::sampleSize).toArray()) / scale;
        double seFull = mean(reps.stream().mapToDouble(Replicate::seFullScale).toArray()); // a trial of the people themselves
        double[] sim = new double[sizes.length];
        double[] analytic = new double[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            final int kk = k;
            if (reps.get(0).powerAt().length > k) {
                sim[k] = mean(reps.stream().mapToDouble(r -> r.powerAt()[kk]).filter(v -> !Double.isNaN(v)).toArray());
            } else {
                // a clustered design is simulated at the place's own clusters only
                sim[k] = d.clustered() && sizes[k] == Math.round(size) ? power : Double.NaN;
            }
            analytic[k] = Estimate.power(expected, seFull * Math.sqrt(size / sizes[k]));
        }
        double mde = Estimate.mde(seFull);
        double for80 = size * Math.pow(mde / Math.abs(expected), 2);
        return new DesignSummary(d, Evaluation.unit(d), estimand(d), n, est, sd, truth, mean(biases), sd(biases) / Math.sqrt(n),
                imbalance, controls, expected, seFull, coverage, power, mde, size, sizes, sim,
                analytic, for80, mean(reps.stream().mapToDouble(Replicate::people).toArray()),
                mean(reps.stream().mapToDouble(Replicate::treated).toArray()));
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return x.length == 0 ? Double.NaN : s / x.length;
    }

    static double sd(double[] x) {
        double m = mean(x);
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return x.length < 2 ? Double.NaN : Math.sqrt(s / (x.length - 1));
    }
}

package uk.lpip.runs.trial;

/**
 * One design's simulated trial in one replicate: what the evaluator estimated, and what the model
 * knows beside it. {@code bias = estimate − truth = imbalance + controls} exactly, where
 * {@code imbalance} is the treated minus the controls' outcome without the intervention (chance,
 * selection or non-parallel trends, by design) and {@code controls} is minus the intervention's
 * effect on the controls themselves (displacement or spillover onto them).
 *
 * @param sampleSize the evaluator's units: people (individual designs) or clusters
 * @param treated    treated units (people or clusters)
 * @param people     people in the analysis (treated and control)
 * @param truth      the treated's effect against their own counterfactual (the paired baseline arm)
 * @param powerAt    rejection at each planned size (resampled; {@code NaN} where the design is not resampled)
 * @param seFullScale the estimate's SE for a trial of the people the agents stand for (see {@link Evaluation})
 * @param cellTruth  a stepped wedge's treated cluster-periods' effect, each cell weighed alike ({@code truth} weighs
 *                   them as the fixed-effects analysis does); {@code NaN} for the other designs
 */
public record Replicate(int replicate, long seed, String design, String type, int sampleSize, int treated, int people,
                 Estimate estimate, double truth, double imbalance, double controls, double[] powerAt,
                        double seFullScale, double cellTruth) {
    /** A replicate of a design whose truth has one weighting. */
    public Replicate(int replicate, long seed, String design, String type, int sampleSize, int treated, int people,
                     Estimate estimate, double truth, double imbalance, double controls, double[] powerAt,
                     double seFullScale) {
        this(replicate, seed, design, type, sampleSize, treated, people, estimate, truth, imbalance, controls, powerAt,
                seFullScale, Double.NaN);
    }

    double bias() {
        return estimate.value() - truth;
    }
}

package uk.lpip.scenarios.trial;

import java.util.List;

/**
 * A simulated trial: a scenario with an intervention package, the evaluation designs to try on it,
 * replicates, the follow-up and the outcome. Read from a trial file by {@link TrialLoader}; see
 * docs/trials.md.
 *
 * @param scenario       a bundled scenario name or a path relative to the trial file
 * @param set            overrides of the scenario for every arm ({@code path=value})
 * @param seed           the trial seed: replicate r runs with the seed derived from it and r
 * @param followUpMonths months from the interventions' start to the outcome's measurement
 * @param outcome        in_work (share in work at follow-up) or earnings (monthly earnings at follow-up, £; 0 without work)
 * @param eligible       the statuses of the trial's sample at its start (other_inactive: caring, long-term sick, retired)
 * @param skillCeiling   highest skill in the sample (none, low, medium, high)
 * @param designs        the evaluation designs, each simulated with the same replicates
 */
public record Trial(String name, String description, String scenario, List<String> set, long seed, int replicates,
                    int followUpMonths, String outcome, List<String> eligible, String skillCeiling, List<Design> designs) {
    public Trial {
        set = List.copyOf(set);
        eligible = List.copyOf(eligible);
        designs = List.copyOf(designs);
    }

    /** The design types. */
    public static final String INDIVIDUAL = "individual_rct";
    public static final String CLUSTER = "cluster_rct";
    public static final String DID = "difference_in_differences";
    public static final String MATCHED = "matched";
    public static final String STEPPED_WEDGE = "stepped_wedge";

    /**
     * One evaluation design.
     *
     * @param type                individual_rct, cluster_rct, difference_in_differences, matched or stepped_wedge
     * @param allocation          individual_rct: share of the sample offered; cluster_rct: share of clusters treated
     * @param cluster             cluster_rct, stepped_wedge: council or zone
     * @param comparisonCouncils  difference_in_differences: the comparison councils (empty: the rest of the region)
     * @param covariates          matched: what participants are matched on (age, months_without_work, status)
     * @param plannedSizes        the sizes of the power curve, the first the planned one: people (individual_rct,
     *                            matched; at full scale) or clusters (cluster_rct, difference_in_differences,
     *                            stepped_wedge); empty: the size the simulation has
     * @param set                 overrides of the scenario for this design's trial arm only
     * @param steps               stepped_wedge: the steps at which groups of clusters start (null when not given)
     * @param stepMonths          stepped_wedge: months between steps, and of the baseline period before the first
     *                            (null when not given)
     */
    public record Design(String name, String type, double allocation, String cluster, List<String> comparisonCouncils,
                         List<String> covariates, List<Integer> plannedSizes, List<String> set, Integer steps,
                         Integer stepMonths) {
        public Design {
            comparisonCouncils = List.copyOf(comparisonCouncils);
            covariates = List.copyOf(covariates);
            plannedSizes = List.copyOf(plannedSizes);
            set = List.copyOf(set);
        }

        /** Whether the design's units are clusters (its standard errors clustered). */
        public boolean clustered() {
            return type.equals(CLUSTER) || type.equals(DID) || type.equals(STEPPED_WEDGE);
        }

        /** Whether the design randomises clusters (a cluster trial or a stepped wedge): its unit is {@code cluster}. */
        public boolean randomisesClusters() {
            return type.equals(CLUSTER) || type.equals(STEPPED_WEDGE);
        }

        /** Whether the trial arm is the scenario's own (not randomised by the evaluator). */
        public boolean observational() {
            return type.equals(DID) || type.equals(MATCHED);
        }
    }
}

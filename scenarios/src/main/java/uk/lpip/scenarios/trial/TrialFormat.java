package uk.lpip.scenarios.trial;

import static uk.lpip.scenarios.format.Field.of;

import java.util.List;
import uk.lpip.scenarios.format.Field;
import uk.lpip.scenarios.format.ListSpec;
import uk.lpip.scenarios.format.ObjectSpec;
import uk.lpip.scenarios.format.ValueSpec;

/** The keys of a trial file, read as strictly as a scenario's (docs/trials.md). */
public final class TrialFormat {
    private TrialFormat() {
    }

    /** The most replicates a trial may ask for. */
    public static final int MAX_REPLICATES = 1000;

    /** The most steps a stepped wedge may have. */
    public static final int MAX_STEPS = 24;

    static final ObjectSpec<Trial.Design> DESIGN = new ObjectSpec<>("design", "an evaluation design simulated on the scenario",
            v -> new Trial.Design(v.text("name"), v.text("type"), v.get("allocation"), v.text("cluster"),
                    v.get("comparison_councils"), v.get("covariates"), v.get("planned_sizes"), v.get("set"),
                    v.get("steps"), v.get("step_months")),
            of("name", ValueSpec.id(), Trial.Design::name, "the design's name (unique)", "", "rct"),
            of("type", ValueSpec.oneOf(Trial.INDIVIDUAL, Trial.CLUSTER, Trial.DID, Trial.MATCHED,
                    Trial.STEPPED_WEDGE), Trial.Design::type,
                    "the evaluation design", "", Trial.INDIVIDUAL),
            Field.<Trial.Design, Double>of("allocation", ValueSpec.number(0.05, 0.95), Trial.Design::allocation,
                    "individual_rct: share of the sample randomised to the offer; cluster_rct: share of the clusters treated",
                    "share", "0.5").withFallback(0.5),
            Field.<Trial.Design, String>of("cluster", ValueSpec.oneOf("council", "zone"), Trial.Design::cluster,
                    "cluster_rct, stepped_wedge: the unit randomised", "", "council").withFallback("council"),
            Field.<Trial.Design, List<String>>of("comparison_councils", new ListSpec<>(ValueSpec.id(), 0),
                    Trial.Design::comparisonCouncils,
                    "difference_in_differences: the comparison councils (left out: every council the interventions do not cover)",
                    "", "[causeway-coast-glens, mid-ulster]").withFallback(List.of()),
            Field.<Trial.Design, List<String>>of("covariates", new ListSpec<>(ValueSpec.oneOf("age", "months_without_work",
                            "status"), 1), Trial.Design::covariates,
                    "matched: what each participant is matched on (status exactly, the others nearest)", "",
                    "[age, months_without_work, status]").withFallback(List.of("age", "months_without_work", "status")),
            Field.<Trial.Design, List<Integer>>of("planned_sizes", new ListSpec<>(ValueSpec.integer(2, 10_000_000), 0),
                    Trial.Design::plannedSizes,
                    "sizes of the power curve, the first the planned one: people at full scale (individual_rct, matched) "
                            + "or clusters (cluster_rct, difference_in_differences, stepped_wedge); left out: the size the "
                            + "simulation has",
                    "", "[500, 1000, 2000, 4000]").withFallback(List.of()),
            Field.<Trial.Design, List<String>>of("set", new ListSpec<>(ValueSpec.text(), 0), Trial.Design::set,
                    "overrides of the scenario for this design's trial arm, PATH=VALUE as for --set", "",
                    "[interventions[1].places_per_intake=600]").withFallback(List.of()),
            Field.<Trial.Design, Integer>of("steps", ValueSpec.integer(2, MAX_STEPS), Trial.Design::steps,
                    "stepped_wedge (required there): the steps at which a group of clusters, drawn at random, starts; every "
                            + "cluster is treated after the last", "", "3").asOptional(),
            Field.<Trial.Design, Integer>of("step_months", ValueSpec.integer(1, 120), Trial.Design::stepMonths,
                    "stepped_wedge (required there): months between steps, and of the baseline period before the first",
                    "months", "4").asOptional());

    public static final ObjectSpec<Trial> TRIAL = new ObjectSpec<>("trial",
            "a scenario's intervention package tried under evaluation designs",
            v -> new Trial(v.text("name"), v.get("description"), v.text("scenario"), v.get("set"), v.get("seed"),
                    v.integer("replicates"), v.integer("follow_up_months"), v.text("outcome"), v.get("eligible"),
                    v.text("skill_ceiling"), v.get("designs")),
            of("name", ValueSpec.id(), Trial::name, "the trial's name: its results directory", "", "ni-skills-trial"),
            of("description", ValueSpec.text(), Trial::description, "one line", "", "...").asOptional(),
            of("scenario", ValueSpec.text(), Trial::scenario,
                    "the scenario: a bundled name or a path relative to this file", "", "northern-ireland-skills"),
            Field.<Trial, List<String>>of("set", new ListSpec<>(ValueSpec.text(), 0), Trial::set,
                    "overrides of the scenario for every arm, PATH=VALUE as for --set", "", "[run.scale=0.02]")
                    .withFallback(List.of()),
            Field.<Trial, Long>of("seed", ValueSpec.whole(0, Long.MAX_VALUE), Trial::seed,
                    "trial seed (replicate seeds derive from it)", "", "20260101").withFallback(20_260_101L),
            Field.<Trial, Integer>of("replicates", ValueSpec.integer(2, MAX_REPLICATES), Trial::replicates,
                    "simulated trials per design, each with its own seed", "", "20").withFallback(20),
            of("follow_up_months", ValueSpec.integer(1, 600), Trial::followUpMonths,
                    "months from the interventions' start to the outcome", "months", "18"),
            Field.<Trial, String>of("outcome", ValueSpec.oneOf("in_work", "earnings"), Trial::outcome,
                    "in_work: whether in work at follow-up; earnings: monthly earnings at follow-up (£, 0 without work)", "",
                    "in_work").withFallback("in_work"),
            Field.<Trial, List<String>>of("eligible", new ListSpec<>(ValueSpec.oneOf("unemployed", "discouraged",
                            "other_inactive", "employed"), 1), Trial::eligible,
                    "statuses of the trial's sample at its start (other_inactive: caring, long-term sick, retired)", "",
                    "[unemployed, discouraged, other_inactive]")
                    .withFallback(List.of("unemployed", "discouraged", "other_inactive")),
            Field.<Trial, String>of("skill_ceiling", ValueSpec.oneOf("none", "low", "medium", "high"), Trial::skillCeiling,
                    "highest skill in the sample", "", "low").withFallback("high"),
            of("designs", new ListSpec<>(DESIGN, 1), Trial::designs, "the evaluation designs", "", "see below"));
}

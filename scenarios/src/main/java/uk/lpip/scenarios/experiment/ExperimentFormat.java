package uk.lpip.scenarios.experiment;

import static uk.lpip.scenarios.format.Field.of;

import java.util.List;
import uk.lpip.scenarios.format.Field;
import uk.lpip.scenarios.format.ListSpec;
import uk.lpip.scenarios.format.ObjectSpec;
import uk.lpip.scenarios.format.ValueSpec;

/** The keys of an experiment file, read as strictly as a scenario's. */
public final class ExperimentFormat {
    private ExperimentFormat() {
    }

    static final ObjectSpec<Experiment.Arm> ARM = new ObjectSpec<>("arm", "a named package of the scenario's interventions",
            v -> new Experiment.Arm(v.text("name"), v.get("interventions")),
            of("name", ValueSpec.id(), Experiment.Arm::name, "the arm's name (not 'baseline')", "", "broadband-only"),
            of("interventions", new ListSpec<>(ValueSpec.id(), 1), Experiment.Arm::interventions,
                    "names of the base scenario's interventions this arm runs", "", "[countryside-broadband]"));

    static final ObjectSpec<Experiment.Factor> FACTOR = new ObjectSpec<>("factor", "a scenario value varied over the design",
            v -> new Experiment.Factor(v.text("path"), v.get("values"), v.get("min"), v.get("max"), v.bool("integer"),
                    v.text("distribution"), v.get("mode")),
            of("path", ValueSpec.text(), Experiment.Factor::path, "the value's path, as for --set", "",
                    "interventions[0].target_share"),
            Field.<Experiment.Factor, List<Double>>of("values", new ListSpec<>(ValueSpec.number(-1e12, 1e12), 1),
                    Experiment.Factor::values, "the values of a grid design", "", "[0.9, 0.95, 0.99]").asOptional(),
            Field.<Experiment.Factor, Double>of("min", ValueSpec.number(-1e12, 1e12), Experiment.Factor::min,
                    "lower end for the sampled designs (all but grid)", "", "2").asOptional(),
            Field.<Experiment.Factor, Double>of("max", ValueSpec.number(-1e12, 1e12), Experiment.Factor::max,
                    "upper end for the sampled designs (all but grid)", "", "4").asOptional(),
            Field.<Experiment.Factor, Boolean>of("integer", ValueSpec.bool(), Experiment.Factor::integer,
                    "round sampled values to whole numbers", "", "false").withFallback(false),
            Field.<Experiment.Factor, String>of("distribution", ValueSpec.oneOf("uniform", "triangular", "log_uniform"),
                    Experiment.Factor::distribution, "how sampled values spread over [min, max]", "", "uniform")
                    .withFallback("uniform"),
            Field.<Experiment.Factor, Double>of("mode", ValueSpec.number(-1e12, 1e12), Experiment.Factor::mode,
                    "peak of a triangular distribution (default: the middle of the range)", "", "3").asOptional());

    static final ObjectSpec<Experiment.Discovery> DISCOVERY = new ObjectSpec<>("discovery",
            "scenario discovery (PRIM) for a condition on an appraisal output",
            v -> new Experiment.Discovery(v.text("condition"), v.get("alpha"), v.get("min_support")),
            of("condition", ValueSpec.text(), Experiment.Discovery::condition,
                    "OUTPUT OP NUMBER, OUTPUT one of bcr, net_jobs, participants_effect", "", "\"bcr < 1\""),
            Field.<Experiment.Discovery, Double>of("alpha", ValueSpec.number(0.01, 0.5), Experiment.Discovery::alpha,
                    "share of the box's points each peel removes", "", "0.05").withFallback(0.05),
            Field.<Experiment.Discovery, Double>of("min_support", ValueSpec.number(0.001, 0.9), Experiment.Discovery::minSupport,
                    "peeling stops before a box holds less than this share of the points", "", "0.05").withFallback(0.05));

    public static final ObjectSpec<Experiment> EXPERIMENT = new ObjectSpec<>("experiment",
            "a base scenario, arms, replicates and factors over a design",
            v -> new Experiment(v.text("name"), v.get("description"), v.text("scenario"), v.get("set"), v.get("seed"),
                    v.integer("replicates"), v.get("arms"), v.text("design"), v.integer("points"), v.integer("trajectories"),
                    v.integer("levels"), v.get("factors"), v.get("outputs"), v.get("discovery")),
            of("name", ValueSpec.id(), Experiment::name, "the experiment's name: its results directory", "", "wales-broadband"),
            of("description", ValueSpec.text(), Experiment::description, "one line", "", "...").asOptional(),
            of("scenario", ValueSpec.text(), Experiment::scenario,
                    "the base scenario: a bundled name or a path relative to this file", "", "rural-wales-broadband"),
            Field.<Experiment, List<String>>of("set", new ListSpec<>(ValueSpec.text(), 0), Experiment::set,
                    "overrides of the base scenario, PATH=VALUE as for --set", "", "[run.months=36]").withFallback(List.of()),
            Field.<Experiment, Long>of("seed", ValueSpec.whole(0, Long.MAX_VALUE), Experiment::seed,
                    "experiment seed (replicate seeds derive from it)", "", "20260101").withFallback(20_260_101L),
            Field.<Experiment, Integer>of("replicates", ValueSpec.integer(1, 1000), Experiment::replicates,
                    "replicates per design point and arm", "", "5").withFallback(1),
            Field.<Experiment, List<Experiment.Arm>>of("arms", new ListSpec<>(ARM, 0), Experiment::arms,
                    "arms compared with the baseline; default: one arm 'intervention' with all the scenario's interventions",
                    "", "see below").withFallback(List.of()),
            Field.<Experiment, String>of("design", ValueSpec.oneOf("grid", "latin_hypercube", "sobol", "saltelli", "morris"), Experiment::design,
                    "how factor values are combined", "", "grid").withFallback("grid"),
            Field.<Experiment, Integer>of("points", ValueSpec.integer(1, Design.MAX_POINTS), Experiment::points,
                    "design points of a latin_hypercube or sobol design; base points N of a saltelli design", "", "16")
                    .withFallback(8),
            Field.<Experiment, Integer>of("trajectories", ValueSpec.integer(2, Design.MAX_POINTS), Experiment::trajectories,
                    "trajectories r of a morris design", "", "10").withFallback(10),
            Field.<Experiment, Integer>of("levels", ValueSpec.integer(2, 100), Experiment::levels,
                    "grid levels p of a morris design (even)", "", "4").withFallback(4),
            Field.<Experiment, List<Experiment.Factor>>of("factors", new ListSpec<>(FACTOR, 0), Experiment::factors,
                    "the values varied", "", "see below").withFallback(List.of()),
            Field.<Experiment, List<String>>of("outputs", new ListSpec<>(ValueSpec.id(), 1), Experiment::outputs,
                    "metrics summarised in effects.csv", "", "[employment_rate, unemployment_rate]")
                    .withFallback(List.of("employment_rate", "unemployment_rate", "inactivity_rate", "employed",
                            "median_monthly_wage", "gva")),
            Field.<Experiment, Experiment.Discovery>of("discovery", DISCOVERY, Experiment::discovery,
                    "scenario discovery over the design's runs", "", "{condition: \"bcr < 1\"}").asOptional());
}

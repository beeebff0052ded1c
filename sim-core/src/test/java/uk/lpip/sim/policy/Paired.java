package uk.lpip.sim.policy;

import java.util.ArrayList;
import java.util.List;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.water.Catchment;

/**
 * A baseline and an intervention arm of the same configuration and seed, each keeping a snapshot of
 * every person's status (and skill) after each recorded month, for per-person comparisons.
 */
final class Paired {
    final Arm baseline;
    final Arm intervention;

    /** One arm's results. */
    static final class Arm {
        MetricsTable table;
        Economy economy;
        Catchment catchment;
        List<Intervention> interventions;
        final List<byte[]> status = new ArrayList<>();
        final List<byte[]> skill = new ArrayList<>();
    }

    Paired(ModelConfig config, List<InterventionSpec> specs) {
        baseline = run(config, List.of());
        intervention = run(config, specs);
    }

    private static Arm run(ModelConfig config, List<InterventionSpec> specs) {
        Arm arm = new Arm();
        try (EconomyModel model = new EconomyModel(config, 2, Interventions.factory(specs))) {
            model.addStateProbe(e -> {
                if (e.reportedMonth() >= 0) {
                    arm.status.add(java.util.Arrays.copyOf(e.persons.status, e.persons.count()));
                    arm.skill.add(java.util.Arrays.copyOf(e.persons.skill, e.persons.count()));
                }
            });
            arm.table = model.run();
            arm.economy = model.economy();
            arm.catchment = model.catchment();
            arm.interventions = model.interventions();
        }
        return arm;
    }

    static CommonSpec common(String name, int start, int end, List<String> zones) {
        return new CommonSpec(name, List.of(), zones, start, end, "uk_government", CostType.OUTSOURCED_PROGRAMME,
                Double.POSITIVE_INFINITY);
    }
}

package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.policy.CostType;

/** The appraisal of a real paired run is consistent with the run's own numbers. */
class AppraisalTest {
    @TempDir
    Path tmp;

    @Test
    void costsBenefitsAndRatiosFollowFromTheRun() throws Exception {
        Scenario s = ScenarioLoader.load("demo", List.of("run.months=30", "run.burn_in_months=12", "run.scale=0.5",
                "interventions=[{type: skills_programme, name: training, start_month: 2, end_month: 14, funder: uk_government,"
                        + " cost_type: outsourced_programme, intake: monthly, places_per_intake: 40, eligible: [unemployed],"
                        + " cost_per_place: 2400}]"));
        ModelConfig config = s.model();
        SingleRun.Result result = new SingleRun(config, 2, "test", "test", List.of(SingleRun.Arm.baseline(),
                new SingleRun.Arm("intervention", s.interventions()))).charts(false)
                .run(tmp, m -> { }, List.of());
        SingleRun.ArmResult base = result.arm("baseline");
        SingleRun.ArmResult treated = result.arm("intervention");
        Appraisal a = Appraisal.of(base, treated, Map.of("training", CostType.OUTSOURCED_PROGRAMME), 0.5);
        double spend = 0;
        for (int m = 0; m < treated.table().monthCount(); m++) {
            spend += treated.table().value(m, 0, Metric.INTERVENTION_SPEND);
        }
        assertTrue(spend > 0);
        assertEquals(spend / 0.5, a.costs(), 1e-6, "costs are the run's spend at full scale");
        assertEquals(a.costs() * 1.41, a.upliftedCosts(), 1e-6, "outsourcing optimism bias 41%");
        assertTrue(a.pvCosts() < a.upliftedCosts() && a.pvCosts() > a.upliftedCosts() / 1.035 / 1.035 / 1.035);
        assertEquals(a.pvGva() / a.pvCosts(), a.onGva().bcr(), 1e-12);
        assertEquals(a.pvGva() - a.pvCosts(), a.onGva().npv(), 1e-6);
        int last = base.table().monthCount() - 1;
        double jobs = (treated.table().value(last, 0, Metric.EMPLOYED) - base.table().value(last, 0, Metric.EMPLOYED)) / 0.5;
        assertEquals(jobs, a.netJobs(), 1e-9);
    }
}

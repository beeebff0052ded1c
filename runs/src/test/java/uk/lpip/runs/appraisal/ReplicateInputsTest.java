package uk.lpip.runs.appraisal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.SingleRun;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;

/** The appraisal of real paired runs reads the result tables it should, area by area. */
class ReplicateInputsTest {
    @TempDir
    Path tmp;

    private SingleRun.Result run(Scenario s, Path dir) throws Exception {
        return new SingleRun(s.model(), 2, "test", "test", List.of(SingleRun.Arm.baseline(),
                new SingleRun.Arm("intervention", s.interventions()))).charts(false)
                .run(dir, m -> { }, List.of());
    }

    @Test
    void aProgrammeInOneCouncilIsAppraisedForItsZonesAndTheRestOfTheRegion() throws Exception {
        Scenario s = ScenarioLoader.load("demo", List.of("run.months=24", "run.burn_in_months=12", "run.scale=0.5",
                "interventions=[{type: skills_programme, name: training, councils: [moorland], start_month: 2, end_month: 14,"
                        + " funder: uk_government, intake: monthly, places_per_intake: 40, eligible: [unemployed],"
                        + " cost_per_place: 2400}]"));
        AppraisedPackage pkg = AppraisedPackage.of(s.interventions(), s.model().place());
        assertArrayEquals(new boolean[] {false, false, false, true, true, true}, pkg.targetZones(), "Moorland's three zones");
        assertTrue(pkg.demandSide().isEmpty(), "a skills programme is supply side");
        SingleRun.Result result = run(s, tmp.resolve("a"));
        SingleRun.ArmResult base = result.arm("baseline");
        SingleRun.ArmResult treated = result.arm("intervention");
        Perspectives.Inputs in = ReplicateInputs.of(base, treated, pkg, 0.5);
        MetricsTable t = treated.table();
        int moorland = t.areas().indexOf("council:moorland");
        int riverton = t.areas().indexOf("council:riverton");
        for (int m = 0; m < t.monthCount(); m++) {
            assertEquals(t.value(m, moorland, Metric.EARNINGS), in.treatedTarget().earnings()[m], 1e-6);
            assertEquals(t.value(m, riverton, Metric.EMPLOYER_NI), in.treatedRest().employerNi()[m], 1e-6);
            assertEquals(t.value(m, moorland, Metric.BENEFITS), in.treatedTarget().benefits()[m], 1e-6);
            double earnings = t.value(m, 0, Metric.EARNINGS);
            double ni = t.value(m, 0, Metric.EMPLOYER_NI);
            assertTrue(ni > 0 && ni < 0.138 * earnings, "employer NI is below 13.8% of all wages (the threshold): " + ni);
            assertTrue(t.value(m, 0, Metric.INCOME_TAX_AND_NI) > 0 && t.value(m, 0, Metric.BENEFITS) > 0);
            assertEquals(0, t.value(m, 0, Metric.COMMUTE_MINUTES_SAVED), 0, "no transport change, no time saved");
        }
        Perspectives p = Perspectives.of(in, Conventions.DEFAULT);
        assertEquals(p.pvTarget() + p.pvRestOfRegion() + p.pvRestOfUk(), p.pvUk(), 1e-6);
        assertEquals(0, p.pvRestOfUk(), 0);
        assertFalse(pkg.outputEffects(), "a skills programme does not act on firms' output");
        double[] labour = new double[t.monthCount()];
        for (int m = 0; m < labour.length; m++) {
            labour[m] = (t.value(m, 0, Metric.EARNINGS) + t.value(m, 0, Metric.EMPLOYER_NI) - base.table().value(m, 0, Metric.EARNINGS)
                    - base.table().value(m, 0, Metric.EMPLOYER_NI)) / 0.5;
        }
        assertEquals(Perspectives.pv(labour, 120, Conventions.DEFAULT), p.pvLabourCost() + p.pvPayTransfer(),
                1e-3 * Math.max(1, Math.abs(p.pvLabourCost())),
                "the region's difference in pay is the additional work's labour cost and the transfer together");
        double[] work = new double[t.monthCount()];
        for (int m = 0; m < work.length; m++) {
            work[m] = (Perspectives.additionalWork(in.baseTarget(), in.treatedTarget(), m)
                    + Perspectives.additionalWork(in.baseRest(), in.treatedRest(), m)) / 0.5;
        }
        assertEquals(Perspectives.pv(work, 120, Conventions.DEFAULT), p.pvLabourCost(), 1e-3 * Math.max(1, Math.abs(p.pvLabourCost())),
                "the labour cost of the additional work is the target area's and the rest's together");
        assertTrue(p.pvCosts() > 0);
    }

    @Test
    void aFasterRoadSavesCommutersTimeThatTheAppraisalValues() throws Exception {
        Scenario s = ScenarioLoader.load("demo", List.of("run.months=12", "run.burn_in_months=6", "run.scale=0.5",
                "interventions=[{type: transport_upgrade, name: road, start_month: 1, end_month: 11, funder: uk_government,"
                        + " links: [{from: riverton-centre, to: moorland-town, minutes: 15}], capital_cost: 2000000}]"));
        AppraisedPackage pkg = AppraisedPackage.of(s.interventions(), s.model().place());
        assertArrayEquals(new boolean[] {true, false, false, true, false, false}, pkg.targetZones(), "the link's two ends");
        assertEquals(java.util.Set.of("road"), pkg.demandSide());
        assertFalse(pkg.outputEffects());
        SingleRun.Result result = run(s, tmp.resolve("b"));
        MetricsTable b = result.arm("baseline").table();
        MetricsTable t = result.arm("intervention").table();
        assertEquals(0, t.value(0, 0, Metric.COMMUTE_MINUTES_SAVED), 0, "before the upgrade");
        double saved = t.value(t.monthCount() - 1, 0, Metric.COMMUTE_MINUTES_SAVED);
        assertTrue(saved > 0, "commuters between the towns save time: " + saved);
        assertEquals(0, b.value(b.monthCount() - 1, 0, Metric.COMMUTE_MINUTES_SAVED), 0);
        Perspectives p = Perspectives.of(ReplicateInputs.of(result.arm("baseline"), result.arm("intervention"), pkg, 0.5),
                Conventions.DEFAULT);
        assertTrue(p.pvTravelTime() > 0, "time savings are a benefit: " + p.pvTravelTime());
    }

    @Test
    void aPackageWithoutNamedAreasServesTheWholeRegion() throws Exception {
        Scenario s = ScenarioLoader.load("demo", List.of("interventions=[{type: wage_subsidy, name: jobs, start_month: 1,"
                + " end_month: 11, funder: uk_government, budget: 100000, wage_share: 0.5}]"));
        AppraisedPackage pkg = AppraisedPackage.of(s.interventions(), s.model().place());
        assertNull(pkg.targetZones());
        assertArrayEquals(new boolean[6], pkg.otherZones(6));
        assertEquals(java.util.Set.of("jobs"), pkg.demandSide());
        Scenario broadband = ScenarioLoader.load("rural-wales-broadband", List.of());
        assertTrue(AppraisedPackage.of(broadband.interventions(), broadband.model().place()).outputEffects(),
                "a broadband rollout acts on firms' output");
    }
}

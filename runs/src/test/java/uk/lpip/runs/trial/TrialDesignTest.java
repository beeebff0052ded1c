package uk.lpip.runs.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.trial.TrialLoader;

/**
 * How a design reaches only its treated units (through scenario overrides), and the split of an
 * estimate into the truth, the imbalance and the effect on the controls, on planted outcomes.
 */
class TrialDesignTest {
    @TempDir
    Path tmp;

    @Test
    void aClusterTrialPointsEveryInterventionAtItsDrawnCouncilsAndAnIndividualTrialSetsTheOfferShare() throws Exception {
        TrialLoader.Loaded l = TrialLoader.load(Files.writeString(tmp.resolve("t.yaml"), String.join("\n",
                "name: t", "scenario: northern-ireland-skills", "set: [run.months=30]", "follow_up_months: 18", "designs:",
                "  - {name: rct, type: individual_rct, allocation: 0.3}",
                "  - {name: cl, type: cluster_rct, allocation: 0.5}") + "\n"));
        DesignPlan rct = DesignPlan.of(l, l.trial().designs().get(0), 7);
        assertEquals(List.of("interventions[0].offer_share=0.3", "interventions[1].offer_share=0.3"), rct.sets());
        DesignPlan a = DesignPlan.of(l, l.trial().designs().get(1), 7);
        DesignPlan b = DesignPlan.of(l, l.trial().designs().get(1), 8);
        int treated = 0;
        for (boolean t : a.treatedCluster()) {
            treated += t ? 1 : 0;
        }
        assertEquals(6, treated, "half of 11 councils, rounded");
        assertEquals(a.sets(), DesignPlan.of(l, l.trial().designs().get(1), 7).sets(), "the seed decides the draw");
        assertNotEquals(Arrays.toString(a.treatedCluster()), Arrays.toString(b.treatedCluster()), "another seed, other councils");
        String councils = a.sets().get(0);
        assertTrue(councils.startsWith("interventions[0].councils=[") && a.sets().contains("interventions[1].zones=[]"), councils);
        for (int c = 0; c < 11; c++) {
            assertEquals(a.treatedCluster()[c], councils.contains(l.councils().get(c)), l.councils().get(c));
        }
        // each scenario of the plan loads, the interventions reaching only the drawn councils
        assertEquals(6, l.scenario(a.sets()).interventions().get(1).common().councils().size());
    }

    @Test
    void anEstimateSplitsIntoTheTruthTheImbalanceAndMinusTheEffectOnTheControls() {
        // Planted: the offered gain 10 pp; the controls, in the same labour market, lose 3 pp (displacement);
        // without the programme the two groups differ by chance only.
        SplittableRandom r = new SplittableRandom(2);
        int n = 40_000;
        double[] y0 = new double[n];
        double[] y1 = new double[n];
        boolean[] t = new boolean[n];
        for (int i = 0; i < n; i++) {
            t[i] = r.nextBoolean();
            y0[i] = r.nextDouble() < 0.3 ? 1 : 0;
            double p = t[i] ? 0.10 : -0.03;
            y1[i] = y0[i] == 1 ? (p < 0 && r.nextDouble() < 0.1 ? 0 : 1) : (p > 0 && r.nextDouble() < p / 0.7 ? 1 : 0);
        }
        double[] parts = Evaluation.parts(y1, y0, t);
        Estimate e = Estimators.differenceInMeans(y1, t);
        assertEquals(e.value(), parts[0] + parts[1] + parts[2], 1e-12, "the split is exact");
        assertEquals(0.10, parts[0], 0.01, "the truth: the offered's own gain");
        assertEquals(0.03, parts[2], 0.01, "displacement onto the controls overstates the effect");
        assertEquals(0, parts[1], 0.015, "chance imbalance only");
        // cluster means split the same way
        double[] m1 = {0.5, 0.4, 0.3, 0.35};
        double[] m0 = {0.4, 0.3, 0.32, 0.33};
        boolean[] tc = {true, true, false, false};
        double[] cp = Evaluation.clusterParts(m1, m0, tc);
        assertEquals(Estimators.clusterMeans(m1, tc).value(), cp[0] + cp[1] + cp[2], 1e-12);
        assertEquals(0.1, cp[0], 1e-12);
        assertEquals(0.35 - 0.325, cp[1], 1e-12);
        assertEquals(-0.0, cp[2], 1e-12);
    }
}

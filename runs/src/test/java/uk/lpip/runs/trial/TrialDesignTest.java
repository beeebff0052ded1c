package uk.lpip.runs.trial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.scenarios.trial.Trial;
import uk.lpip.scenarios.trial.TrialLoader;
import uk.lpip.sim.api.Cohort;
import uk.lpip.sim.api.Participants;
import uk.lpip.sim.api.WorkerPool;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.Participant;
import uk.lpip.sim.policy.SkillsProgrammeSpec;

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
    void aSteppedWedgeRolloutGivesEveryClusterExactlyOneStepInBalancedStepsDrawnAtRandom() {
        SplittableRandom seeds = new SplittableRandom(11);
        int[][] counts = new int[11][4];
        int draws = 4000;
        for (int k = 0; k < draws; k++) {
            int[] step = SteppedWedge.rollout(11, 4, seeds.nextLong());
            int[] size = new int[5];
            for (int c = 0; c < 11; c++) {
                assertTrue(step[c] >= 1 && step[c] <= 4, "a step from 1 to 4: " + Arrays.toString(step));
                size[step[c]]++;
                counts[c][step[c] - 1]++;
            }
            // 11 clusters in 4 steps: three steps of 3 and one of 2
            int[] sizes = Arrays.copyOfRange(size, 1, 5);
            Arrays.sort(sizes);
            assertArrayEquals(new int[] {2, 3, 3, 3}, sizes, Arrays.toString(step));
        }
        // randomised: each cluster lands in each step as often as any other (within 4 SD of a binomial share)
        for (int c = 0; c < 11; c++) {
            for (int t = 0; t < 4; t++) {
                double p = t < 3 ? 3.0 / 11 : 2.0 / 11; // the short step is the last dealt
                assertEquals(p * draws, counts[c][t], 4 * Math.sqrt(draws * p * (1 - p)), "cluster " + c + ", step " + (t + 1));
            }
        }
        assertArrayEquals(SteppedWedge.rollout(11, 4, 5), SteppedWedge.rollout(11, 4, 5), "the seed decides the draw");
    }

    @Test
    void aSteppedWedgeCopiesThePackageOncePerStepLimitedToItsClustersAndStartingAtItsStep() throws Exception {
        TrialLoader.Loaded l = TrialLoader.load(Files.writeString(tmp.resolve("t.yaml"), String.join("\n",
                "name: t", "scenario: northern-ireland-skills", "set: [run.months=30]", "follow_up_months: 18", "designs:",
                "  - {name: wedge, type: stepped_wedge, steps: 3, step_months: 4}") + "\n"));
        Trial.Design d = l.trial().designs().get(0);
        DesignPlan plan = DesignPlan.of(l, d, 7);
        assertEquals(plan.key(), DesignPlan.of(l, d, 7).key(), "the seed decides the rollout");
        assertNotEquals(plan.key(), DesignPlan.of(l, d, 8).key(), "another seed, another rollout");
        List<InterventionSpec> ivs = plan.interventions(l, d, l.base().interventions());
        assertEquals(6, ivs.size(), "outreach and the skills programme, once per step");
        for (int k = 1; k <= 3; k++) {
            for (int i = 0; i < 2; i++) {
                InterventionSpec base = l.base().interventions().get(i);
                InterventionSpec copy = ivs.get((k - 1) * 2 + i);
                assertEquals(base.getClass(), copy.getClass());
                assertEquals(base.common().name() + "-step" + k, copy.common().name());
                assertEquals(6 + 4 * k, copy.common().startMonth(), "start_month 6, then a 4-month baseline period per step");
                assertEquals(base.common().endMonth(), copy.common().endMonth());
                final int step = k;
                List<String> mine = java.util.stream.IntStream.range(0, 11).filter(c -> plan.step()[c] == step)
                        .mapToObj(c -> l.councils().get(c)).toList();
                assertEquals(mine, copy.common().councils());
                assertEquals(List.of(), copy.common().zones());
            }
        }
        // the levers are the package's own
        SkillsProgrammeSpec skills = (SkillsProgrammeSpec) l.base().interventions().get(1);
        SkillsProgrammeSpec copy = (SkillsProgrammeSpec) ivs.get(3);
        assertEquals(skills.placesPerIntake(), copy.placesPerIntake());
        assertEquals(skills.costPerPlace(), copy.costPerPlace());
        assertArrayEquals(new int[] {9, 13, 17, 23}, SteppedWedge.periodMonths(6, d, 18),
                "each period observed in its last month, the last at the follow-up (month 5 + 18)");
    }

    @Test
    void noOneTakesPartInAClusterBeforeItsStepAndEveryStepReachesItsClusters() throws Exception {
        TrialLoader.Loaded l = TrialLoader.load(Files.writeString(tmp.resolve("t.yaml"), String.join("\n",
                "name: t", "scenario: northern-ireland-skills",
                "set: [run.months=20, run.burn_in_months=3, run.scale=0.004, \"interventions[1].places_per_intake=3000\"]",
                "follow_up_months: 14", "designs:",
                "  - {name: wedge, type: stepped_wedge, steps: 3, step_months: 3}") + "\n"));
        Trial.Design d = l.trial().designs().get(0);
        DesignPlan plan = DesignPlan.of(l, d, 3);
        Set<Integer> months = new java.util.TreeSet<>();
        for (int m = 1; m <= 20; m++) {
            months.add(m);
        }
        TrialRunner.Arm arm;
        try (WorkerPool workers = new WorkerPool(1)) {
            arm = TrialRunner.simulate(l.scenario(List.of()).model(), plan.interventions(l, d, l.base().interventions()),
                    workers, months);
        }
        int[] started = new int[4];
        for (Participants ps : arm.participants()) {
            int k = Integer.parseInt(ps.intervention().substring(ps.intervention().lastIndexOf("-step") + 5));
            for (Participant p : ps.people()) {
                assertTrue(p.startMonth() >= 6 + 3 * k, ps.intervention() + " starts someone in month " + p.startMonth());
                Cohort at = arm.cohorts().get(p.startMonth());
                int council = at.council()[p.person()];
                assertEquals(k, plan.step()[council], ps.intervention() + " reaches " + l.councils().get(council)
                        + " (step " + plan.step()[council] + ") in month " + p.startMonth());
                started[k]++;
            }
        }
        for (int k = 1; k <= 3; k++) {
            assertTrue(started[k] > 0, "step " + k + " starts people: " + Arrays.toString(started));
        }
    }

    @Test
    void aSteppedWedgeEstimateSplitsIntoTheBaselineImbalanceTheWeightedTruthAndTheContamination() {
        // Planted: 8 clusters in 4 steps; without the programme a trend and cluster levels plus noise; the
        // programme adds 5 pp in treated cells and, from the first step on, takes 2 pp from not-yet-treated ones.
        SplittableRandom r = new SplittableRandom(4);
        int[] step = SteppedWedge.rollout(8, 4, 9);
        boolean[][] x = SteppedWedge.treated(step, 4);
        double[][] m0 = new double[8][5];
        double[][] m1 = new double[8][5];
        for (int c = 0; c < 8; c++) {
            double level = 0.2 + 0.1 * r.nextDouble();
            for (int t = 0; t < 5; t++) {
                m0[c][t] = level + 0.03 * t + 0.01 * r.nextGaussian();
                m1[c][t] = m0[c][t] + (x[c][t] ? 0.05 : t > 0 ? -0.02 : 0);
            }
        }
        double[][] w = Estimators.clusterPeriodWeights(x);
        double treatedWeight = 0;
        double untreatedWeight = 0;
        double contamination = 0;
        for (int c = 0; c < 8; c++) {
            for (int t = 0; t < 5; t++) {
                treatedWeight += x[c][t] ? w[c][t] : 0;
                untreatedWeight += x[c][t] ? 0 : w[c][t];
                contamination += x[c][t] ? 0 : w[c][t] * (m1[c][t] - m0[c][t]);
            }
        }
        assertEquals(1, treatedWeight, 1e-12);
        assertEquals(-1, untreatedWeight, 1e-12);
        Estimate e = Estimators.clusterPeriod(m1, x);
        double imbalance = Estimators.clusterPeriod(m0, x).value();
        assertEquals(e.value(), imbalance + 0.05 + contamination, 1e-12, "the split is exact; the truth the planted 5 pp");
        assertTrue(contamination > 0.005, "the not-yet-treated lose: the estimate overstates the effect by " + contamination);
        assertTrue(Math.abs(imbalance) < 0.02, "the period and cluster effects take out the trend and levels: " + imbalance);
    }

    @Test
    void aSteppedWedgesFullScaleSeKeepsTheBetweenClusterNoiseAndDropsTheAgentsOwn() {
        // With as much agents' noise as between-cluster noise the corrected SE is the true rates' alone; with ten times
        // more (the bundled trial's regime) each replicate's correction is noisy and its floor makes it conservative.
        double[] even = fullScaleAgainstExact(400);
        assertTrue(even[0] > 1.5 * even[2], "the agents add noise of their own: " + Arrays.toString(even));
        assertEquals(1, even[1] / even[2], 0.2, "full scale: the true rates' noise only " + Arrays.toString(even));
        double[] noisy = fullScaleAgainstExact(40);
        assertTrue(noisy[0] > 5 * noisy[2], Arrays.toString(noisy));
        assertTrue(noisy[1] > noisy[2] && noisy[1] < 2.5 * noisy[2], "conservative: " + Arrays.toString(noisy));
    }

    /**
     * Mean over 400 simulated wedges of the agents' CR1 SE², its full-scale correction (scale → 0) and the CR1 SE² of
     * the true rates alone. 12 clusters in 4 steps; each cluster-period's true rate 0.3 + a level (SD 0.05) + an
     * interaction (SD 0.02); {@code n} agents per cluster, each in work when its propensity u is below the rate, u kept
     * from one period to the next or, half the time, drawn afresh (outcomes correlated across periods, as a followed
     * cohort's are).
     */
    private static double[] fullScaleAgainstExact(int n) {
        SplittableRandom r = new SplittableRandom(17);
        int g = 12;
        int reps = 400;
        double[] out = new double[3];
        for (int k = 0; k < reps; k++) {
            int[] step = SteppedWedge.rollout(g, 4, r.nextLong());
            boolean[][] x = SteppedWedge.treated(step, 4);
            double[][] rate = new double[g][5];
            for (int c = 0; c < g; c++) {
                double level = 0.05 * r.nextGaussian();
                for (int t = 0; t < 5; t++) {
                    rate[c][t] = 0.3 + level + 0.02 * r.nextGaussian();
                }
            }
            double[][] y = new double[5][g * n];
            int[] cluster = new int[g * n];
            for (int i = 0; i < g * n; i++) {
                cluster[i] = i / n;
                double u = r.nextDouble();
                for (int t = 0; t < 5; t++) {
                    u = r.nextBoolean() ? u : r.nextDouble();
                    y[t][i] = u < rate[cluster[i]][t] ? 1 : 0;
                }
            }
            double[][] m = new double[g][5];
            for (int t = 0; t < 5; t++) {
                double[] mt = Estimators.means(y[t], cluster, g);
                for (int c = 0; c < g; c++) {
                    m[c][t] = mt[c];
                }
            }
            Estimate e = Estimators.clusterPeriod(m, x);
            double se = SteppedWedge.fullScale(e.se(), Estimators.clusterPeriodWeights(x), y, cluster, 0);
            out[0] += e.se() * e.se() / reps;
            out[1] += se * se / reps;
            out[2] += Math.pow(Estimators.clusterPeriod(rate, x).se(), 2) / reps;
        }
        return out;
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

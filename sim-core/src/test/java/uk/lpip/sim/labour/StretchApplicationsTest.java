package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.build.EconomyBuilder;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Qualification requirements are soft: the unemployed send a share of their applications to jobs one
 * level above their own qualification. Such a vacancy is filled from below where no qualified person
 * applies, and screening still gives it to a qualified applicant where one does.
 */
class StretchApplicationsTest {
    private static final int L = Skill.LEVELS;

    /**
     * Everyone of working age not in work is an unemployed searcher; the only vacancies are
     * {@code perFirm} at the LOW level of every firm, well paid.
     */
    private static Economy economy(double stretchShare, long seed, int perFirm) {
        ModelConfig c = TestPlaces.place(4_000, 12, 0, seed);
        c = c.withLabour(c.labour().toBuilder().stretchApplicationShare(stretchShare).build());
        Economy e = EconomyBuilder.build(c, new ParallelChunks(1));
        Persons persons = e.persons;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.isWorkingAge(p) && persons.status[p] != Status.EMPLOYED) {
                persons.changeStatus(p, Status.UNEMPLOYED);
                persons.monthsInStatus[p] = 2;
                persons.monthlyWage[p] = 1_900f;
            }
        }
        Firms firms = e.firms;
        Arrays.fill(firms.vacancies, 0);
        Arrays.fill(firms.layoffShare, 0f);
        for (int f = 0; f < firms.count(); f++) {
            if (firms.alive[f]) {
                firms.vacancies[f * L + Skill.LOW] = perFirm;
                firms.postedWage[f * L + Skill.LOW] = 2_600f;
            }
        }
        return e;
    }

    /** Unemployed people of each skill before the month, and how many of them were hired at each job level. */
    private static int[][] hiresBySkillAndLevel(Economy e, boolean[] before) {
        int[][] out = new int[L][L];
        for (int p = 0; p < before.length; p++) {
            if (before[p] && e.persons.status[p] == Status.EMPLOYED) {
                out[e.persons.skill[p]][e.persons.jobLevel[p]]++;
            }
        }
        return out;
    }

    private static boolean[] unemployed(Economy e) {
        boolean[] u = new boolean[e.persons.count()];
        for (int p = 0; p < u.length; p++) {
            u[p] = e.persons.status[p] == Status.UNEMPLOYED;
        }
        return u;
    }

    private static int unemployedOfSkill(Economy e, boolean[] before, int skill) {
        int n = 0;
        for (int p = 0; p < before.length; p++) {
            n += before[p] && e.persons.skill[p] == skill ? 1 : 0;
        }
        return n;
    }

    @Test
    void withoutStretchNobodyBelowTheRequirementIsHiredAndWithItTheVacancyIsFilledFromBelow() {
        Economy hard = economy(0.0, 5, 3);
        Economy soft = economy(0.5, 5, 3);
        boolean[] before = unemployed(hard);
        assertTrue(unemployedOfSkill(hard, before, Skill.NONE) > 100, "unqualified searchers in the test place");
        new LabourMarket().step(hard);
        new LabourMarket().step(soft);
        int[][] hardHires = hiresBySkillAndLevel(hard, before);
        int[][] softHires = hiresBySkillAndLevel(soft, before);
        assertEquals(0, hardHires[Skill.NONE][Skill.LOW], "a hard requirement keeps the unqualified out");
        assertTrue(softHires[Skill.NONE][Skill.LOW] > 20,
                "with half their applications one level up the unqualified take LOW jobs: " + softHires[Skill.NONE][Skill.LOW]);
        int hardTotal = Arrays.stream(hardHires).flatMapToInt(Arrays::stream).sum();
        int softTotal = Arrays.stream(softHires).flatMapToInt(Arrays::stream).sum();
        System.out.printf("hires from unemployment: hard requirement %d, soft %d (unqualified into LOW jobs %d)%n",
                hardTotal, softTotal, softHires[Skill.NONE][Skill.LOW]);
        assertTrue(softTotal > hardTotal, "slack: more vacancies filled in the month " + softTotal + " vs " + hardTotal);
    }

    @Test
    void whereQualifiedPeopleApplyScreeningGivesThemTheJob() {
        // One LOW vacancy per firm and many searchers: competition for every post. Unqualified applicants
        // are screened below the qualified, so their hire rate is far below that of LOW-skilled searchers.
        Economy e = economy(0.5, 9, 1);
        boolean[] before = unemployed(e);
        new LabourMarket().step(e);
        int[][] hires = hiresBySkillAndLevel(e, before);
        double unqualifiedRate = hires[Skill.NONE][Skill.LOW] / (double) unemployedOfSkill(e, before, Skill.NONE);
        double qualifiedRate = hires[Skill.LOW][Skill.LOW] / (double) unemployedOfSkill(e, before, Skill.LOW);
        System.out.printf("LOW jobs under competition: hire rate of LOW-skilled %.3f, of unqualified %.3f%n",
                qualifiedRate, unqualifiedRate);
        assertTrue(qualifiedRate > 2 * unqualifiedRate, qualifiedRate + " vs " + unqualifiedRate);
    }
}

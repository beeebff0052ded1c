package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.UkDefaults;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.VacancyPool;

/**
 * Time to fill ({@code labour.recruiting_chance}): only the posts recruiting in a month take applications, so a
 * vacancy stays open for some months even with searchers at hand, and the stock of open vacancies per unemployed
 * person is larger for the same hires.
 */
class RecruitingTest {
    private static final int L = Skill.LEVELS;

    /** The test place with fewer jobs than workers, so that searchers are at hand for most vacancies. */
    private static MetricsTable run(double recruitingChance) {
        ModelConfig c = TestPlaces.place(8_000, 36, 36, 43);
        c = c.withLabour(c.labour().toBuilder().recruitingChance(recruitingChance).build());
        c = c.withFirmDynamics(c.firmDynamics().toBuilder().startingJobsPerEmployed(0.97).build());
        try (EconomyModel model = new EconomyModel(c, 2)) {
            return model.run();
        }
    }

    private static double mean(MetricsTable t, Metric metric) {
        double s = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            s += t.value(m, t.areas().region(), metric);
        }
        return s / t.monthCount();
    }

    @Test
    void vacanciesStayOpenLongerAndOutnumberTheUnemployedMoreWhenFewerPostsRecruitEachMonth() {
        MetricsTable every = run(1.0);
        MetricsTable some = run(0.3);
        double fillEvery = mean(every, Metric.VACANCY_FILL_RATE);
        double fillSome = mean(some, Metric.VACANCY_FILL_RATE);
        // Only recruiting posts fill, and about 0.3 of posts (by a draw a post) recruit in a month.
        assertTrue(fillSome <= 0.33, "no more of the open vacancies fill in a month than the share of posts recruiting: "
                + fillSome);
        assertTrue(fillEvery > fillSome + 0.15, "with every post recruiting, far more of them fill each month: "
                + fillEvery + " against " + fillSome);
        double tightEvery = mean(every, Metric.VACANCIES_PER_SEARCHER);
        double tightSome = mean(some, Metric.VACANCIES_PER_SEARCHER);
        assertTrue(tightSome > 1.3 * tightEvery, "the stock of open vacancies per unemployed person rises by more than 30%: "
                + tightSome + " against " + tightEvery);
    }

    @Test
    void thePoolListsOnlyTheRecruitingPosts() {
        Firms firms = new Firms(4);
        SectorTable sectors = new SectorTable(UkDefaults.sectors(), UkDefaults.labour().skillProductivity());
        int a = firms.add((byte) 0, 0, 1f, 1.0, 0.0);
        int b = firms.add((byte) 0, 0, 1f, 1.0, 0.0);
        firms.vacancies[a * L + 1] = 3;
        firms.vacancies[b * L + 1] = 5;
        firms.vacancies[b * L + 2] = 7;
        VacancyPool pool = new VacancyPool();
        int[] zones = {0};
        pool.rebuild(firms, 1, sectors);
        assertEquals(15, pool.unitsInReach(zones, 3), "without a mask every post is listed");
        long[] recruiting = new long[1];
        recruiting[0] |= 1L << (b * L + 1);
        pool.rebuild(firms, 1, sectors, recruiting);
        assertEquals(5, pool.unitsInReach(zones, 3), "with one post recruiting only its vacancies are listed");
        assertEquals(b * L + 1, pool.draw(zones, 3, 5, 0.99), "and every draw lands on it");
    }
}

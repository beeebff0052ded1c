package uk.lpip.sim.labour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.config.HoursConfig;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.engine.ParallelChunks;
import uk.lpip.sim.metrics.Metric;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.rules.Hours;
import uk.lpip.sim.rules.TaxBenefit;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Households;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.Status;

/**
 * Full-time and part-time hours: who takes part-time work, and hours in earnings, taxes, benefits
 * and output.
 */
class HoursTest {
    private static final long[] SEEDS = {11, 12, 13};

    @Test
    void theOddsOfAPartTimePostFollowTheSectorShareAndThePerson() {
        assertEquals(0.26, Hours.partTimeChance(0.26, 1.0), 1e-12);
        // odds 0.26 / 0.74 × 2.25 = 0.7905: chance 0.4415
        assertEquals(0.26 / 0.74 * 2.25 / (1 + 0.26 / 0.74 * 2.25), Hours.partTimeChance(0.26, 2.25), 1e-12);
        assertEquals(0.0, Hours.partTimeChance(0.0, 2.25), 0.0);
        assertEquals(1.0, Hours.partTimeChance(1.0, 0.5), 0.0);
    }

    /**
     * More people caring for family (five times the hazard of leaving work or search to care, three
     * times the hazard of returning, so that many more return to work each month) means a higher
     * part-time share of employment, because the first job after caring is more often part time. The
     * rise is that mechanism's: with the odds multiplier set to 1 the same caring flows give a lower share
     * (fewer people in work shifts jobs away from local services, where part time is most common).
     */
    @Test
    void morePeopleCaringRaiseThePartTimeShare() {
        double base = 0;
        double carers = 0;
        double carersNoOdds = 0;
        for (long seed : SEEDS) {
            ModelConfig c = TestPlaces.place(6000, 36, 36, seed);
            base += partTimeShare(c);
            ModelConfig more = withMoreCaring(c);
            carers += partTimeShare(more);
            carersNoOdds += partTimeShare(withCaringOdds(more, 1.0));
        }
        base /= SEEDS.length;
        carers /= SEEDS.length;
        carersNoOdds /= SEEDS.length;
        String got = String.format("part-time share: base %.4f, more carers %.4f, more carers without the odds %.4f",
                base, carers, carersNoOdds);
        System.out.println(got);
        assertTrue(carers - base > 0.008, got);
        assertTrue(carers - carersNoOdds > 0.015, got);
    }

    /**
     * A part-time worker's earnings are the job's full-time rate times its hours; the household's
     * gross earnings, income tax and NI, and Universal Credit are what the tax-benefit rules give on
     * those earnings, so a household with a part-time earner draws more benefit than it would on
     * full-time pay for the same job.
     */
    @Test
    void earningsTaxesAndBenefitsFollowHours() {
        ModelConfig c = TestPlaces.place(3000, 6, 12, 5);
        double fte = c.labour().hours().partTimeFte();
        Economy e;
        try (EconomyModel model = new EconomyModel(c, 2)) {
            model.run();
            e = model.economy();
        }
        Persons persons = e.persons;
        Households hh = e.households;
        TaxBenefit rules = new TaxBenefit(c.taxBenefit());
        int partTimers = 0;
        int householdsCheckedAgainstFullTime = 0;
        double allGross = 0;
        for (int h = 0; h < hh.count(); h++) {
            if (hh.size(h) == 0) {
                continue;
            }
            double gross = 0;
            double taxes = 0;
            double net = 0;
            double netFullTime = 0;
            int adults = 0;
            int children = 0;
            boolean partTimer = false;
            for (int i = hh.firstMember(h); i < hh.endMember(h); i++) {
                int p = hh.member(i);
                byte s = persons.status[p];
                if (s == Status.CHILD) {
                    children++;
                    continue;
                }
                double pension = s == Status.PENSIONER ? rules.statePension() : 0;
                double earnings = persons.earnings(p);
                double fullTime = s == Status.EMPLOYED ? persons.monthlyWage[p] : 0;
                if (persons.partTime(p)) {
                    partTimers++;
                    partTimer = true;
                    assertEquals(persons.monthlyWage[p] * fte, earnings, 1e-3, "a part-time job pays its share of the rate");
                } else if (s == Status.EMPLOYED) {
                    assertEquals(persons.monthlyWage[p], earnings, 0.0, "a full-time job pays the rate");
                }
                gross += earnings;
                taxes += rules.incomeTax(earnings + pension) + rules.employeeNi(earnings);
                if (s != Status.PENSIONER) {
                    adults++;
                    net += earnings - rules.incomeTax(earnings + pension) - rules.employeeNi(earnings);
                    netFullTime += fullTime - rules.incomeTax(fullTime + pension) - rules.employeeNi(fullTime);
                }
            }
            allGross += gross;
            assertEquals(taxes, hh.taxes[h], 1e-6 * Math.max(1, taxes), "household " + h + " income tax and NI");
            double benefit = rules.benefit(adults, children, net);
            assertEquals(benefit, hh.benefit[h], 1e-6 * Math.max(1, benefit), "household " + h + " benefit");
            if (partTimer && benefit > 0) {
                assertTrue(benefit > rules.benefit(adults, children, netFullTime),
                        "the taper sees the smaller earnings: household " + h);
                householdsCheckedAgainstFullTime++;
            }
        }
        assertEquals(allGross, e.incomes.wages, 1e-9 * allGross, "the households' gross earnings, summed");
        assertTrue(partTimers > 100, "part-time workers: " + partTimers);
        assertTrue(householdsCheckedAgainstFullTime > 5, "claimant households with a part-timer: " + householdsCheckedAgainstFullTime);
    }

    /**
     * Output is by hours: a firm produces its productivity times each worker's skill weight times their
     * hours relative to the sector's average post; so across firms, output per post is what it would be
     * with every post at the average hours, and a firm staffed more part time produces less per post.
     */
    @Test
    void outputFollowsHours() {
        ModelConfig c = TestPlaces.place(3000, 6, 12, 7);
        Economy e;
        try (EconomyModel model = new EconomyModel(c, 2)) {
            model.run();
            e = model.economy();
        }
        Firms firms = e.firms;
        Persons persons = e.persons;
        double[] weight = c.labour().skillProductivity();
        try (ParallelChunks one = new ParallelChunks(1)) {   // the model's own threads are closed
            e.firms.rebuildWorkforce(persons.employer, persons.jobLevel, persons.status, persons.count(), Status.EMPLOYED, one);
        }
        int checked = 0;
        for (int f = 0; f < firms.count(); f++) {
            if (!firms.alive[f] || firms.outputCap[f] < Double.POSITIVE_INFINITY || firms.totalJobs(f) == 0) {
                continue;
            }
            double byHours = 0;
            for (int i = firms.firstWorker(f); i < firms.endWorker(f); i++) {
                int p = firms.worker(i);
                byHours += weight[persons.jobLevel[p]] * persons.hours(p);
            }
            double expected = firms.productivity[f] * byHours / e.sectors.meanPostFte(firms.sector[f]);
            assertEquals(expected, firms.output[f], 1e-9 * expected, "firm " + f);
            checked++;
        }
        assertTrue(checked > 50, "firms checked: " + checked);
    }

    private static double partTimeShare(ModelConfig c) {
        MetricsTable t;
        try (EconomyModel model = new EconomyModel(c, 2)) {
            t = model.run();
        }
        double sum = 0;
        for (int m = 0; m < t.monthCount(); m++) {
            sum += t.value(m, t.areas().region(), Metric.PART_TIME_SHARE);
        }
        return sum / t.monthCount();
    }

    private static ModelConfig withMoreCaring(ModelConfig c) {
        List<InactivityReasonConfig> reasons = new ArrayList<>();
        for (InactivityReasonConfig r : c.labour().inactivity()) {
            reasons.add(!r.reason().equals("caring") ? r : r.toBuilder().hazardFromEmployed(5 * r.hazardFromEmployed())
                    .hazardFromUnemployed(5 * r.hazardFromUnemployed()).exitHazard(3 * r.exitHazard()).build());
        }
        return c.withLabour(c.labour().toBuilder().inactivity(reasons).build());
    }

    private static ModelConfig withCaringOdds(ModelConfig c, double odds) {
        LabourConfig lc = c.labour();
        HoursConfig hours = lc.hours().toBuilder().partTimeOddsAfterCaring(odds).build();
        return c.withLabour(lc.toBuilder().hours(hours).build());
    }

}

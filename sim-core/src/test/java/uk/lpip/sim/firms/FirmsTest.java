package uk.lpip.sim.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.lpip.sim.TestPlaces;
import uk.lpip.sim.accounts.Flow;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.labour.LabourMarket;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Skill;

class FirmsTest {
    private static int biggestTradableFirm(Economy e) {
        int best = -1;
        for (int f = 0; f < e.firms.count(); f++) {
            if (e.sectors.kind(e.firms.sector[f]) == SectorKind.TRADABLE
                    && (best < 0 || e.firms.totalJobs(f) > e.firms.totalJobs(best))) {
                best = f;
            }
        }
        return best;
    }

    private static void planAndMatch(Economy e, int months) {
        FirmPlanning planning = new FirmPlanning();
        LabourMarket market = new LabourMarket();
        for (int m = 0; m < months; m++) {
            e.setMonth(m);
            planning.step(e);
            market.step(e);
        }
    }

    @Test
    void aFirmWhoseDemandFallsLaysWorkersOff() {
        Economy control = TestPlaces.economy(5_000, 41);
        Economy shocked = TestPlaces.economy(5_000, 41);
        int f = biggestTradableFirm(shocked);
        int jobsBefore = shocked.firms.totalJobs(f);
        assertTrue(jobsBefore >= 20, "a firm with a workforce: " + jobsBefore);
        shocked.firms.baseDemand[f] *= 0.3; // its market share collapses
        planAndMatch(control, 6);
        planAndMatch(shocked, 6);
        int layoffsShocked = shocked.firms.totalJobs(f);
        int layoffsControl = control.firms.totalJobs(f);
        assertTrue(layoffsShocked < 0.7 * jobsBefore, "jobs at the shocked firm: " + jobsBefore + " → " + layoffsShocked);
        assertTrue(layoffsControl > 0.85 * jobsBefore, "jobs at the same firm without the shock: " + layoffsControl);
        assertEquals(0, shocked.firms.totalVacancies(f), "a shrinking firm posts no vacancies");
    }

    @Test
    void aFirmWhoseDemandRisesPostsVacancies() {
        Economy e = TestPlaces.economy(5_000, 43);
        int f = biggestTradableFirm(e);
        e.firms.baseDemand[f] *= 3;
        e.firms.expectedDemand[f] *= 3;
        new FirmPlanning().step(e);
        assertTrue(e.firms.totalVacancies(f) > e.firms.totalJobs(f), "vacancies " + e.firms.totalVacancies(f)
                + " for " + e.firms.totalJobs(f) + " jobs");
        for (int s = 0; s < Skill.LEVELS; s++) {
            assertEquals(0f, e.firms.layoffShare[f * Skill.LEVELS + s]);
        }
    }

    @Test
    void firmsThatRunOutOfCashCloseAndTheirWorkersLoseTheirJobs() {
        Economy e = TestPlaces.economy(5_000, 47);
        int f = biggestTradableFirm(e);
        int workers = e.firms.totalJobs(f);
        e.firms.negativeCashMonths[f] = (short) e.config.firmDynamics().negativeCashMonthsToExit();
        e.firms.cash[f] = -50_000;
        planAndMatch(e, 1);
        assertTrue(!e.firms.alive[f], "the insolvent firm closed");
        assertEquals(0, e.firms.totalJobs(f));
        assertEquals(50_000, e.ledger.flow(Flow.DEBT_WRITE_OFF), 1e-6, "its debts were written off");
        assertTrue(e.counters.layoffs[0] + e.counters.layoffs[1] + e.counters.layoffs[2] >= workers);
    }

    @Test
    void newFirmsEnterMoreWhereBroadbandIsBetter() {
        int[] births = new int[2];
        for (int arm = 0; arm < 2; arm++) {
            Economy e = TestPlaces.economy(20_000, 53);
            for (int z = 0; z < e.places.zoneCount(); z++) {
                e.places.setBroadbandShare(z, arm == 0 ? 0.2 : 1.0);
            }
            FirmPlanning planning = new FirmPlanning();
            for (int m = 0; m < 24; m++) {
                e.setMonth(m);
                e.counters.reset();
                planning.step(e);
                for (int z = 0; z < e.places.zoneCount(); z++) {
                    births[arm] += e.counters.firmBirths[z];
                }
            }
        }
        assertTrue(births[1] > 1.3 * births[0], "entrants with poor broadband " + births[0] + ", full " + births[1]);
    }

    @Test
    void demandShocksAreProportionalToSizeSoTheFirmSizeDistributionIsSkewed() {
        Economy e = TestPlaces.economy(20_000, 59);
        int alive = 0;
        double sum = 0;
        int[] sizes = new int[e.firms.count()];
        for (int f = 0; f < e.firms.count(); f++) {
            sizes[alive++] = e.firms.totalJobs(f);
            sum += e.firms.totalJobs(f);
        }
        int[] sorted = java.util.Arrays.copyOf(sizes, alive);
        java.util.Arrays.sort(sorted);
        double mean = sum / alive;
        double median = sorted[alive / 2];
        assertTrue(mean > 1.5 * median, "mean firm size " + mean + " vs median " + median);
    }

    @Test
    void jobsSplitAcrossSkillsByTheSectorMixAndAddUp() {
        Economy e = TestPlaces.economy(1_000, 61);
        int[] out = new int[Skill.LEVELS];
        double[] scratch = new double[Skill.LEVELS];
        for (int sector = 0; sector < e.sectors.count(); sector++) {
            for (double jobs : new double[] {0.4, 1, 7.6, 100}) {
                FirmRules.allocateJobs(jobs, e.sectors, sector, out, scratch);
                assertEquals(Math.round(jobs), out[0] + out[1] + out[2] + out[3]);
            }
        }
    }
}

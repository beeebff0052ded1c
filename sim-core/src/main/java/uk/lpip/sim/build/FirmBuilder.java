package uk.lpip.sim.build;

import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Builds the starting firms: jobs for the people drawn as employed, times the configured level of
 * labour demand (the excess starts as vacancies),
 * placed more in towns than in rural zones (commuting flows into towns), split across sectors by
 * their employment shares (weighted for rural zones), in firms of log-normal size so the size
 * distribution is skewed as in the business population.
 */
public final class FirmBuilder {
    private FirmBuilder() {
    }

    public static void build(ModelConfig config, Places places, Persons persons, Firms firms, SectorTable sectors,
                             KeyedRandom rng, int buildMonth) {
        int zones = places.zoneCount();
        double[] employedByZone = new double[zones];
        double employed = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.EMPLOYED) {
                employedByZone[persons.zone[p]]++;
                employed++;
            }
        }
        double[] zoneWeight = new double[zones];
        double weightSum = 0;
        FirmDynamicsConfig fd = config.firmDynamics();
        for (int z = 0; z < zones; z++) {
            zoneWeight[z] = employedByZone[z] * (places.isUrban(z) ? fd.urbanJobWeight() : fd.ruralJobWeight());
            weightSum += zoneWeight[z];
        }
        int[] target = new int[Skill.LEVELS];
        double[] remainder = new double[Skill.LEVELS];
        long key = 0;
        for (int z = 0; z < zones; z++) {
            double jobsInZone = config.firmDynamics().startingJobsPerEmployed() * employed * zoneWeight[z] / Math.max(weightSum, 1e-9);
            double sectorSum = 0;
            for (int s = 0; s < sectors.count(); s++) {
                sectorSum += presence(sectors.config(s), places.isUrban(z));
            }
            for (int s = 0; s < sectors.count(); s++) {
                SectorConfig sc = sectors.config(s);
                double jobs = jobsInZone * presence(sc, places.isUrban(z)) / sectorSum;
                double created = 0;
                while (created < jobs - 0.5) {
                    key++;
                    double sigma = sc.firmSizeSigma();
                    double size = sc.meanFirmSize() * Math.exp(sigma * rng.gaussian(Purpose.FIRM_SIZE, buildMonth, key, 0)
                            - 0.5 * sigma * sigma);
                    int jobsHere = (int) Math.max(1, Math.min(Math.round(size), Math.round(jobs - created)));
                    double productivity = sectors.grossOutputPerWorker(s)
                            * Math.exp(fd.startingProductivitySpread() * rng.gaussian(Purpose.FIRM_PRODUCTIVITY, buildMonth, key, 0));
                    double demand = jobsHere * sectors.meanJobWeight(s) * productivity;
                    double monthlyCosts = demand * (sc.intermediateShare() + (1 - sc.intermediateShare()) * sc.wageShare());
                    int f = firms.add((byte) s, z, (float) productivity, demand, fd.cashBufferMonths() * monthlyCosts);
                    firms.demand[f] = demand;
                    firms.expectedDemand[f] = demand;
                    FirmRules.allocateJobs(jobsHere, sectors, s, target, remainder);
                    for (int k = 0; k < Skill.LEVELS; k++) {
                        firms.vacancies[f * Skill.LEVELS + k] = target[k];
                    }
                    created += jobsHere;
                }
            }
        }
    }

    private static double presence(SectorConfig s, boolean urban) {
        return s.employmentShare() * (urban ? 1.0 : s.ruralWeight());
    }
}

package uk.lpip.sim.build;

import java.util.Arrays;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.engine.KeyedRandom;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.engine.RandomKey;
import uk.lpip.sim.places.Places;
import uk.lpip.sim.rules.FirmRules;
import uk.lpip.sim.rules.SectorPresence;
import uk.lpip.sim.rules.SizeBands;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Persons;
import uk.lpip.sim.state.SectorTable;
import uk.lpip.sim.state.Skill;
import uk.lpip.sim.state.Status;

/**
 * Builds the starting firms: jobs for the people drawn as employed, times the configured level of
 * labour demand (the excess starts as vacancies), placed more in towns than in rural zones (commuting
 * flows into towns) and split across sectors by their employment shares (weighted for rural zones).
 *
 * <p>Public services are a few large employers per council — health, education, and the council with
 * other public bodies — each with a site in every zone of its council. Each private sector's jobs are
 * split across the size bands of the business population estimates by the sector's band shares, and
 * filled with enterprises whose sizes follow a power law within each band; enterprises are placed in
 * zones in proportion to the jobs still to be placed there, largest first, and one larger than the
 * largest site has several sites in different zones.
 */
public final class FirmBuilder {
    private FirmBuilder() {
    }

    public static void build(ModelConfig config, Places places, Persons persons, Firms firms, SectorTable sectors,
                             KeyedRandom rng, int buildMonth) {
        StartingJobs starting = jobsByZoneAndSector(config, places, persons, sectors);
        double[][] jobs = starting.jobs();
        FirmDynamicsConfig fd = config.firmDynamics();
        Sites sites = new Sites(fd, firms, sectors, rng, buildMonth);
        double[][] bandJobs = bandBudgets(jobs, sectors);
        firms.startingEntryFactor = startingEntryFactor(fd, places, persons);
        firms.sectorFactors = starting.sectorFactors();   // entrants are drawn with them, so entry keeps the sector mix
        for (int s = 0; s < sectors.count(); s++) {
            if (sectors.kind(s) == SectorKind.PUBLIC_SERVICES) {
                publicEmployers(places, jobs, s, fd.publicEmployerShares(), sites);
            } else {
                privateEnterprises(jobs, s, bandJobs[s], fd, rng, buildMonth, sites);
            }
        }
    }

    /**
     * Jobs of each private sector by size band: the sector's jobs times its band shares, except that
     * a band too small in a sector for one enterprise of the band's smallest size (a large firm in a
     * sector of a few hundred jobs at the run's scale) moves to the sectors that can hold it, in
     * proportion to their jobs, in exchange for the same jobs in their smaller bands. Every sector
     * keeps its jobs and the region its jobs in each band.
     */
    static double[][] bandBudgets(double[][] jobs, SectorTable sectors) {
        int count = sectors.count();
        double[][] budget = new double[count][SizeBands.COUNT];
        double[] total = new double[count];
        for (int s = 0; s < count; s++) {
            if (sectors.kind(s) == SectorKind.PUBLIC_SERVICES) {
                continue;
            }
            for (double[] zone : jobs) {
                total[s] += zone[s];
            }
            double[] shares = sectors.config(s).sizeBands();
            for (int b = 0; b < SizeBands.COUNT; b++) {
                budget[s][b] = total[s] * shares[b];
            }
        }
        for (int b = SizeBands.COUNT - 1; b > 0; b--) {
            double pool = 0;
            double capacity = 0;
            for (int s = 0; s < count; s++) {
                if (budget[s][b] > 0 && budget[s][b] < SizeBands.lowest(b)) {
                    pool += budget[s][b];
                    moveDown(budget[s], b, budget[s][b]);
                } else if (budget[s][b] >= SizeBands.lowest(b)) {
                    capacity += total[s];
                }
            }
            for (int s = 0; s < count && capacity > 0; s++) {
                if (budget[s][b] >= SizeBands.lowest(b)) {
                    double lower = 0;
                    for (int k = 0; k < b; k++) {
                        lower += budget[s][k];
                    }
                    double moved = Math.min(pool * total[s] / capacity, lower);
                    moveDown(budget[s], b, -moved);
                }
            }
        }
        return budget;
    }

    /** Moves {@code amount} jobs out of band {@code b} into the bands below it, in proportion to them. */
    private static void moveDown(double[] budget, int b, double amount) {
        double lower = 0;
        for (int k = 0; k < b; k++) {
            lower += budget[k];
        }
        budget[b] -= amount;
        for (int k = 0; k < b; k++) {
            budget[k] += lower > 0 ? amount * budget[k] / lower : (k == 0 ? amount : 0);
        }
    }

    /** The broadband entry factor averaged over residents, as built (entry replaces closures at it). */
    private static double startingEntryFactor(FirmDynamicsConfig fd, Places places, Persons persons) {
        double sum = 0;
        for (int p = 0; p < persons.count(); p++) {
            sum += FirmRules.broadbandEntryFactor(fd, places.broadbandShare(persons.zone[p]));
        }
        return persons.count() > 0 && sum > 0 ? sum / persons.count() : 1.0;
    }

    /** Starting jobs by zone and sector, and the sector presence factors they were split with. */
    record StartingJobs(double[][] jobs, double[] sectorFactors) {
    }

    /** Starting jobs by zone and sector: the employed residents, weighted for towns, times the level of demand. */
    static StartingJobs jobsByZoneAndSector(ModelConfig config, Places places, Persons persons, SectorTable sectors) {
        int zones = places.zoneCount();
        double[] employedByZone = new double[zones];
        double employed = 0;
        for (int p = 0; p < persons.count(); p++) {
            if (persons.status[p] == Status.EMPLOYED) {
                employedByZone[persons.zone[p]]++;
                employed++;
            }
        }
        FirmDynamicsConfig fd = config.firmDynamics();
        double[] zoneWeight = new double[zones];
        double weightSum = 0;
        for (int z = 0; z < zones; z++) {
            zoneWeight[z] = employedByZone[z] * (places.isUrban(z) ? fd.urbanJobWeight() : fd.ruralJobWeight());
            weightSum += zoneWeight[z];
        }
        double[] councilShare = councilJobShares(config, places);
        double[] weightInCouncil = new double[places.councilCount()];
        for (int z = 0; z < zones; z++) {
            weightInCouncil[places.councilOf(z)] += zoneWeight[z];
        }
        double[] jobsInZone = new double[zones];
        double urbanJobs = 0;
        double ruralJobs = 0;
        for (int z = 0; z < zones; z++) {
            // jobs where they are: a council's published share of the region's jobs, spread over its zones
            // by the same weights; without published jobs, the weights alone place them
            double share = councilShare == null ? zoneWeight[z] / Math.max(weightSum, 1e-9)
                    : councilShare[places.councilOf(z)] * zoneWeight[z] / Math.max(weightInCouncil[places.councilOf(z)], 1e-9);
            jobsInZone[z] = fd.startingJobsPerEmployed() * employed * share;
            if (places.isUrban(z)) {
                urbanJobs += jobsInZone[z];
            } else {
                ruralJobs += jobsInZone[z];
            }
        }
        // the region's jobs by sector are the stated employment shares; rural weights shift them between zones
        double[] factors = SectorPresence.factors(config.sectors(), urbanJobs, ruralJobs);
        double[] urbanShares = SectorPresence.zoneShares(config.sectors(), factors, true);
        double[] ruralShares = SectorPresence.zoneShares(config.sectors(), factors, false);
        double[][] jobs = new double[zones][sectors.count()];
        for (int z = 0; z < zones; z++) {
            double[] shares = places.isUrban(z) ? urbanShares : ruralShares;
            for (int s = 0; s < sectors.count(); s++) {
                jobs[z][s] = jobsInZone[z] * shares[s];
            }
        }
        return new StartingJobs(jobs, factors);
    }

    /** Each council's share of the region's jobs by workplace, or null where the scenario gives none. */
    private static double[] councilJobShares(ModelConfig config, Places places) {
        java.util.List<uk.lpip.sim.config.PlaceConfig.CouncilConfig> councils = config.place().councils();
        double[] shares = new double[places.councilCount()];
        double total = 0;
        for (int c = 0; c < councils.size(); c++) {
            if (councils.get(c).jobs() == null) {
                return null;
            }
            shares[c] = councils.get(c).jobs().employeeJobs();
            total += shares[c];
        }
        for (int c = 0; c < shares.length; c++) {
            shares[c] /= total;
        }
        return shares;
    }

    /** Each council's public-services jobs, split among its public employers, one site per zone. */
    private static void publicEmployers(Places places, double[][] jobs, int sector, double[] shares, Sites sites) {
        for (int c = 0; c < places.councilCount(); c++) {
            for (double share : shares) {
                int enterprise = -1;
                for (int z = 0; z < places.zoneCount(); z++) {
                    if (places.councilOf(z) != c) {
                        continue;
                    }
                    int size = (int) Math.round(jobs[z][sector] * share);
                    if (size > 0) {
                        enterprise = sites.add(sector, z, size, enterprise);
                    }
                }
            }
        }
    }

    private static void privateEnterprises(double[][] jobs, int sector, double[] bandJobs, FirmDynamicsConfig fd,
                                           KeyedRandom rng, int buildMonth, Sites sites) {
        int zones = jobs.length;
        double[] left = new double[zones];
        for (int z = 0; z < zones; z++) {
            left[z] = jobs[z][sector];
        }
        int[] sizes = enterpriseSizes(bandJobs, fd.sizeTailExponent(), rng, buildMonth, sector);
        long key = 0;
        for (int i = sizes.length - 1; i >= 0; i--) { // largest first
            int size = sizes[i];
            int siteCount = (size + fd.maxSiteJobs() - 1) / fd.maxSiteJobs();
            int enterprise = -1;
            for (int k = 0; k < siteCount; k++) {
                int siteJobs = size / siteCount + (k < size % siteCount ? 1 : 0);
                int z = pickZone(left, siteJobs, rng.uniform(Purpose.FIRM_SITE, buildMonth, RandomKey.of(sector, key++)));
                left[z] -= siteJobs;
                enterprise = sites.add(sector, z, siteJobs, enterprise);
            }
        }
    }

    /**
     * Enterprise sizes (ascending) filling each band's jobs with sizes
     * drawn from the power law within the band, from large down. What is left of a band below its
     * smallest size becomes one enterprise of that size with the chance left / smallest (so a sector
     * too small for a large firm at the run's scale still has one with the right expected share), and
     * the difference moves to the band below.
     */
    static int[] enterpriseSizes(double[] bandJobs, double exponent, KeyedRandom rng, int buildMonth, int sector) {
        int[] sizes = new int[16];
        int n = 0;
        double carried = 0;
        long key = 0;
        for (int b = SizeBands.COUNT - 1; b >= 0; b--) {
            double budget = bandJobs[b] + carried;
            int lowest = SizeBands.lowest(b);
            int highest = b == SizeBands.COUNT - 1 ? (int) Math.max(lowest, Math.floor(budget)) : SizeBands.highest(b);
            while (budget > 0) {
                int size;
                if (budget >= lowest) {
                    size = Math.min(SizeBands.draw(lowest, highest, exponent,
                            rng.uniform(Purpose.FIRM_SIZE, buildMonth, RandomKey.of(sector, b, key++))), (int) Math.floor(budget));
                } else if (rng.uniform(Purpose.FIRM_SIZE, buildMonth, RandomKey.of(sector, b, key++)) < budget / lowest) {
                    size = lowest;
                } else {
                    break;
                }
                if (n == sizes.length) {
                    sizes = Arrays.copyOf(sizes, 2 * n);
                }
                sizes[n++] = size;
                budget -= size;
            }
            carried = budget;
        }
        int[] out = Arrays.copyOf(sizes, n);
        Arrays.sort(out);
        return out;
    }

    /**
     * A zone drawn in proportion to the jobs still to place there, among the zones with room for the
     * whole site if there are any.
     */
    private static int pickZone(double[] left, int siteJobs, double u) {
        double roomy = 0;
        double any = 0;
        int best = 0;
        for (int z = 0; z < left.length; z++) {
            if (left[z] >= siteJobs - 0.5) {
                roomy += left[z];
            }
            any += Math.max(0, left[z]);
            if (left[z] > left[best]) {
                best = z;
            }
        }
        boolean useRoomy = roomy > 0;
        double pool = useRoomy ? roomy : any;
        if (pool <= 0) {
            return best;
        }
        double target = u * pool;
        double acc = 0;
        int last = best;
        for (int z = 0; z < left.length; z++) {
            double w = useRoomy ? (left[z] >= siteJobs - 0.5 ? left[z] : 0) : Math.max(0, left[z]);
            if (w <= 0) {
                continue;
            }
            last = z;
            acc += w;
            if (target < acc) {
                return z;
            }
        }
        return last;
    }

    /** Adds sites: their productivity, starting demand and cash, and vacancies for their jobs. */
    private static final class Sites {
        private final FirmDynamicsConfig fd;
        private final Firms firms;
        private final SectorTable sectors;
        private final KeyedRandom rng;
        private final int buildMonth;
        private final int[] target = new int[Skill.LEVELS];
        private final double[] remainder = new double[Skill.LEVELS];
        private long key;

        Sites(FirmDynamicsConfig fd, Firms firms, SectorTable sectors, KeyedRandom rng, int buildMonth) {
            this.fd = fd;
            this.firms = firms;
            this.sectors = sectors;
            this.rng = rng;
            this.buildMonth = buildMonth;
        }

        /** Adds a site of {@code enterprise} (or the first site of a new one if negative); returns the enterprise. */
        int add(int s, int zone, int jobs, int enterprise) {
            key++;
            SectorConfig sc = sectors.config(s);
            double productivity = sectors.grossOutputPerWorker(s)
                    * Math.exp(fd.startingProductivitySpread() * rng.gaussian(Purpose.FIRM_PRODUCTIVITY, buildMonth, key, 0));
            double demand = jobs * sectors.meanJobWeight(s) * productivity;
            double monthlyCosts = demand * (sc.intermediateShare() + (1 - sc.intermediateShare()) * sc.wageShare());
            int f = firms.add((byte) s, zone, (float) productivity, demand, fd.cashBufferMonths() * monthlyCosts);
            firms.demand[f] = demand;
            firms.expectedDemand[f] = demand;
            firms.enterprise[f] = enterprise < 0 ? f : enterprise;
            FirmRules.allocateJobs(jobs, sectors, s, target, remainder);
            for (int k = 0; k < Skill.LEVELS; k++) {
                firms.vacancies[f * Skill.LEVELS + k] = target[k];
            }
            return firms.enterprise[f];
        }
    }
}

package uk.lpip.sim.water;

import java.util.Arrays;
import java.util.List;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;
import uk.lpip.sim.state.Firms;
import uk.lpip.sim.state.Skill;

/**
 * The firms that need the catchment's water. A firm of a water-using sector draws on one of its
 * sector's licences (chosen once, by a keyed draw weighted by the licences' daily caps). Its need
 * this month is the water-dependent share of the output it plans (the smaller of demand and what
 * its workforce can make) × the sector's intensity (× the growing-season profile for irrigation).
 * Water delivered short of need cuts that share of output — a fixed-proportions (Leontief) use of
 * water — and what a firm expects to get feeds back into how many people it plans to employ.
 *
 * <p>Needs are physical (the whole catchment): the simulated firms' needs are divided by the run's
 * scale.
 */
final class WaterUsers {
    /**
     * Irrigation need by calendar month (January first), averaging 1 over the year: nothing in
     * winter, most in July. ASSUMPTION: a typical UK irrigation season for potatoes and soft fruit.
     */
    static final double[] IRRIGATION_SEASON = normalise(new double[] {0, 0, 0, 0.3, 1.2, 2.4, 3.0, 2.4, 0.9, 0, 0, 0});

    private final WaterConfig.WaterUse[] useBySector;
    private final double[] intermediateShare;
    private final int[][] licencesBySector;
    private final double[][] cumulativeCap;
    private final double scale;
    private final double smoothing;
    private final double[] intensityFactor;
    /** Per firm, this month: licence drawn on (-1 for none), planned output (£) and need (Ml/d). */
    private int[] licence = new int[0];
    private double[] planned = new double[0];
    private double[] need = new double[0];
    /** Per firm: intensity multiplier from efficiency grants (1 = none). */
    private float[] efficiency = new float[0];

    public WaterUsers(WaterConfig config, Licences licences, List<String> sectorIds, double[] intermediateShare,
                      double scale, double expectationSmoothing) {
        int sectors = sectorIds.size();
        useBySector = new WaterConfig.WaterUse[sectors];
        for (WaterConfig.WaterUse u : config.uses()) {
            int s = sectorIds.indexOf(u.sector());
            if (s < 0) {
                throw new IllegalArgumentException("water use: no sector " + u.sector());
            }
            useBySector[s] = u;
        }
        this.intermediateShare = intermediateShare.clone();
        licencesBySector = new int[sectors][];
        cumulativeCap = new double[sectors][];
        for (int s = 0; s < sectors; s++) {
            int count = 0;
            for (int l = 0; l < licences.count(); l++) {
                count += licences.holderSector(l) == s ? 1 : 0;
            }
            licencesBySector[s] = new int[count];
            cumulativeCap[s] = new double[count];
            double total = 0;
            int k = 0;
            for (int l = 0; l < licences.count(); l++) {
                if (licences.holderSector(l) == s) {
                    licencesBySector[s][k] = l;
                    total += licences.dailyCap(l);
                    cumulativeCap[s][k++] = total;
                }
            }
        }
        this.scale = scale;
        this.smoothing = expectationSmoothing;
        this.intensityFactor = new double[sectors];
        Arrays.fill(intensityFactor, 1.0);
    }

    private static double[] normalise(double[] profile) {
        double sum = 0;
        for (double v : profile) {
            sum += v;
        }
        double[] out = new double[profile.length];
        for (int i = 0; i < profile.length; i++) {
            out[i] = profile[i] * profile.length / sum;
        }
        return out;
    }

    /** Restores the scenario's intensities (interventions then change them for the month). */
    void resetIntensities() {
        Arrays.fill(intensityFactor, 1.0);
    }

    /** Lowers a sector's intensity this month by a share (e.g. through better kit everywhere). */
    void scaleIntensity(int sector, double factor) {
        intensityFactor[sector] *= factor;
    }

    /** An efficiency grant to one firm: its intensity falls by {@code reduction} for good. */
    public void improveFirm(Economy e, int firm, double reduction) {
        ensure(e.firms.count());
        efficiency[firm] *= (float) (1.0 - reduction);
    }

    public boolean usesWater(int sector) {
        return useBySector[sector] != null && licencesBySector[sector].length > 0;
    }

    public double seasonFactor(int sector, int calendarMonth) {
        return useBySector[sector].irrigation() ? IRRIGATION_SEASON[calendarMonth] : 1.0;
    }

    /** Water needed per £ of water-dependent output of the sector this month, m³ per £. */
    private double m3PerPound(int sector, int calendarMonth) {
        return useBySector[sector].m3PerThousandPounds() / 1000.0 * seasonFactor(sector, calendarMonth)
                * intensityFactor[sector];
    }

    /**
     * Works out each firm's planned output and need, and sums the need by licence (Ml/d). Firms
     * are visited in index order, so the sums do not depend on threads.
     */
    void demand(Economy e, double[] demandByLicence) {
        Firms firms = e.firms;
        ensure(firms.count());
        Arrays.fill(demandByLicence, 0);
        int calendar = Math.floorMod(e.month(), 12);
        double[] weight = e.config.labour().skillProductivity();
        for (int f = 0; f < firms.count(); f++) {
            int s = firms.sector[f];
            licence[f] = -1;
            need[f] = 0;
            if (!firms.alive[f] || !usesWater(s)) {
                continue;
            }
            double effective = 0;
            for (int k = 0; k < Skill.LEVELS; k++) {
                effective += weight[k] * firms.jobs[f * Skill.LEVELS + k];
            }
            double capacity = firms.productivity[f] * effective;
            double wanted = e.sectors.kind(s) == SectorKind.TRADABLE ? firms.demand[f] : firms.expectedDemand[f];
            planned[f] = Math.min(capacity, wanted);
            licence[f] = pickLicence(e, f, s);
            double m3 = useBySector[s].dependentShare() * planned[f] * m3PerPound(s, calendar) * efficiency[f];
            need[f] = m3 / 1000.0 / RiverNetwork.DAYS / scale;
            demandByLicence[licence[f]] += need[f];
        }
    }

    private int pickLicence(Economy e, int firm, int sector) {
        int[] options = licencesBySector[sector];
        if (options.length == 1) {
            return options[0];
        }
        double[] cum = cumulativeCap[sector];
        double u = e.random.uniform(Purpose.LICENCE_ASSIGNMENT, 0, firm) * cum[cum.length - 1];
        for (int k = 0; k < cum.length; k++) {
            if (u < cum[k]) {
                return options[k];
            }
        }
        return options[options.length - 1];
    }

    /**
     * The value of water to a licence's holder, £ per m³: the value added one m³ of water makes
     * possible (1 − input share) / m³ per £ of output. 0 when it needs none this month.
     */
    double marginalValue(int sector, int calendarMonth) {
        double perPound = m3PerPound(sector, calendarMonth);
        return perPound > 0 ? (1.0 - intermediateShare[sector]) / perPound : 0;
    }

    /**
     * Applies what each licence delivered: a firm's output is capped to its planned output less the
     * water-dependent share of it that went without, and its outlook for water (which its hiring
     * plans follow) moves towards that. Returns value added lost, £, and jobs idled.
     */
    Losses apply(Economy e, double[] deliveredShare) {
        Firms firms = e.firms;
        double gvaLost = 0;
        double jobsIdle = 0;
        for (int f = 0; f < firms.count(); f++) {
            int l = licence[f];
            if (l < 0) {
                firms.waterOutlook[f] = 1f;
                continue;
            }
            int s = firms.sector[f];
            double shortShare = useBySector[s].dependentShare() * (1.0 - deliveredShare[l]);
            double limit = 1.0 - shortShare;
            if (limit < 1.0) {
                firms.outputCap[f] = planned[f] * limit;
                gvaLost += planned[f] * shortShare * (1.0 - intermediateShare[s]);
                jobsIdle += firms.totalJobs(f) * shortShare;
            }
            firms.waterOutlook[f] = (float) (smoothing * limit + (1.0 - smoothing) * firms.waterOutlook[f]);
        }
        return new Losses(gvaLost, jobsIdle);
    }

    /** Firms drawing on a licence and their share of its need, for sharing out trade payments. */
    double need(int firm) {
        return firm < need.length ? need[firm] : 0;
    }

    int licenceOf(int firm) {
        return firm < licence.length ? licence[firm] : -1;
    }

    private void ensure(int firms) {
        if (licence.length < firms) {
            int cap = Math.max(firms, licence.length * 2);
            licence = Arrays.copyOf(licence, cap);
            planned = Arrays.copyOf(planned, cap);
            need = Arrays.copyOf(need, cap);
            int old = efficiency.length;
            efficiency = Arrays.copyOf(efficiency, cap);
            Arrays.fill(efficiency, old, cap, 1f);
        }
    }

    /** Value added lost to water shortage (£ at the run's scale) and jobs idled by it. */
    record Losses(double gva, double jobs) { }
}

package uk.lpip.sim.state;

import java.util.List;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;

/** Sector parameters as arrays indexed by sector id, for hot loops. */
public final class SectorTable {
    private final List<SectorConfig> configs;
    private final SectorKind[] kind;
    private final double[] intermediateShare;
    private final double[] wageShare;
    private final double[] skillMix;
    /** Average skill weight of a job in the sector: jobs per unit of effective labour is 1 / this. */
    private final double[] meanJobWeight;
    private final double[] remoteShare;
    private final double[] partTimeShare;
    /** Expected hours of a post as a share of full time: 1 - part-time share × (1 - a part-time job's FTE). */
    private final double[] meanPostFte;

    public SectorTable(List<SectorConfig> sectors, double[] skillProductivity) {
        this(sectors, skillProductivity, 1.0);
    }

    /**
     * @param partTimeFte a part-time job's hours as a share of full time (1: every post counts as full time)
     */
    public SectorTable(List<SectorConfig> sectors, double[] skillProductivity, double partTimeFte) {
        this.configs = List.copyOf(sectors);
        int n = sectors.size();
        kind = new SectorKind[n];
        intermediateShare = new double[n];
        wageShare = new double[n];
        skillMix = new double[n * Skill.LEVELS];
        meanJobWeight = new double[n];
        remoteShare = new double[n];
        partTimeShare = new double[n];
        meanPostFte = new double[n];
        for (int i = 0; i < n; i++) {
            SectorConfig s = sectors.get(i);
            partTimeShare[i] = s.partTimeShare();
            meanPostFte[i] = 1.0 - s.partTimeShare() * (1.0 - partTimeFte);
            remoteShare[i] = s.remoteShare();
            kind[i] = s.kind();
            intermediateShare[i] = s.intermediateShare();
            wageShare[i] = s.wageShare();
            double[] mix = s.skillMix();
            double w = 0;
            for (int k = 0; k < Skill.LEVELS; k++) {
                skillMix[i * Skill.LEVELS + k] = mix[k];
                w += mix[k] * skillProductivity[k];
            }
            meanJobWeight[i] = w;
        }
    }

    public int count() {
        return kind.length;
    }

    public SectorConfig config(int sector) {
        return configs.get(sector);
    }

    public String id(int sector) {
        return configs.get(sector).id();
    }

    public SectorKind kind(int sector) {
        return kind[sector];
    }

    public double intermediateShare(int sector) {
        return intermediateShare[sector];
    }

    public double wageShare(int sector) {
        return wageShare[sector];
    }

    public double skillMix(int sector, int level) {
        return skillMix[sector * Skill.LEVELS + level];
    }

    /** Share of the sector's jobs that can be done remotely. */
    public double remoteShare(int sector) {
        return remoteShare[sector];
    }

    /** Share of the sector's posts that are part time, before who fills them shifts the odds. */
    public double partTimeShare(int sector) {
        return partTimeShare[sector];
    }

    /**
     * A post's expected hours as a share of a full-time post's. A sector's value added per worker is
     * per post (a post of the sector's average hours); a worker produces it times their hours over this.
     */
    public double meanPostFte(int sector) {
        return meanPostFte[sector];
    }

    public double meanJobWeight(int sector) {
        return meanJobWeight[sector];
    }

    /** Gross output per medium-skilled worker-month, from value added per worker and the input share. */
    public double grossOutputPerWorker(int sector) {
        SectorConfig s = configs.get(sector);
        return s.valueAddedPerWorkerMonthly() / (1.0 - s.intermediateShare());
    }
}

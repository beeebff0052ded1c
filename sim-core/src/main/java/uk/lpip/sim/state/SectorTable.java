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

    public SectorTable(List<SectorConfig> sectors, double[] skillProductivity) {
        this.configs = List.copyOf(sectors);
        int n = sectors.size();
        kind = new SectorKind[n];
        intermediateShare = new double[n];
        wageShare = new double[n];
        skillMix = new double[n * Skill.LEVELS];
        meanJobWeight = new double[n];
        remoteShare = new double[n];
        for (int i = 0; i < n; i++) {
            SectorConfig s = sectors.get(i);
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

    public double meanJobWeight(int sector) {
        return meanJobWeight[sector];
    }

    /** Gross output per medium-skilled worker-month, from value added per worker and the input share. */
    public double grossOutputPerWorker(int sector) {
        SectorConfig s = configs.get(sector);
        return s.valueAddedPerWorkerMonthly() / (1.0 - s.intermediateShare());
    }
}

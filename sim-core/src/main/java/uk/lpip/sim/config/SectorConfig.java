package uk.lpip.sim.config;

/**
 * An industry. Sectors are scenario data; the kind says who buys the output.
 *
 * @param employmentShare             share of the region's jobs at the start
 * @param ruralWeight                 relative presence in rural zones (1 = same as urban)
 * @param valueAddedPerWorkerMonthly  gross value added per medium-skilled worker per month, £
 * @param intermediateShare           share of sales spent on inputs bought outside the region
 * @param wageShare                   share of value added paid as wages
 * @param skillMix                    jobs by required skill: none, low, medium, high (sum to 1)
 * @param sizeBands                   shares of the sector's private jobs in enterprises of each size band
 *                                    (micro 1–9, small 10–49, medium 50–249, large 250+; sum to 1), as in
 *                                    DBT's business population estimates; public services ignore it (they are
 *                                    built as a few large public employers per council)
 * @param remoteShare                 share of jobs that can be done remotely
 * @param partTimeShare               share of the sector's posts that are part time (before who fills them
 *                                    shifts the odds: see {@link HoursConfig})
 */
public record SectorConfig(String id, SectorKind kind, double employmentShare, double ruralWeight,
                           double valueAddedPerWorkerMonthly, double intermediateShare, double wageShare,
                           double[] skillMix, double[] sizeBands, double remoteShare,
                           double partTimeShare) {
    public SectorConfig {
        skillMix = skillMix.clone();
        sizeBands = sizeBands.clone();
    }

    @Override
    public double[] skillMix() {
        return skillMix.clone();
    }

    @Override
    public double[] sizeBands() {
        return sizeBands.clone();
    }

    /** Who buys a sector's output. */
    public enum SectorKind {
        /** Sold outside the region (exports) at demand that follows firm-level shocks. */
        TRADABLE,
        /** Sold to households within reach (retail, hospitality, personal services). */
        LOCAL_SERVICES,
        /** Bought by councils from their budgets. */
        PUBLIC_SERVICES
    }

    /** A builder that sets each value by the name of its field; {@code build()} fails if one is missing. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them by name. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .kind(kind)
                .employmentShare(employmentShare)
                .ruralWeight(ruralWeight)
                .valueAddedPerWorkerMonthly(valueAddedPerWorkerMonthly)
                .intermediateShare(intermediateShare)
                .wageShare(wageShare)
                .skillMix(skillMix)
                .sizeBands(sizeBands)
                .remoteShare(remoteShare)
                .partTimeShare(partTimeShare);
    }

    /** Named construction of {@link SectorConfig}. */
    public static final class Builder {
        private String id;
        private SectorKind kind;
        private Double employmentShare;
        private Double ruralWeight;
        private Double valueAddedPerWorkerMonthly;
        private Double intermediateShare;
        private Double wageShare;
        private double[] skillMix;
        private double[] sizeBands;
        private Double remoteShare;
        private Double partTimeShare;

        private Builder() {
        }

        public Builder id(String value) { id = value; return this; }
        public Builder kind(SectorKind value) { kind = value; return this; }
        public Builder employmentShare(double value) { employmentShare = value; return this; }
        public Builder ruralWeight(double value) { ruralWeight = value; return this; }
        public Builder valueAddedPerWorkerMonthly(double value) { valueAddedPerWorkerMonthly = value; return this; }
        public Builder intermediateShare(double value) { intermediateShare = value; return this; }
        public Builder wageShare(double value) { wageShare = value; return this; }
        public Builder skillMix(double[] value) { skillMix = value; return this; }
        public Builder sizeBands(double[] value) { sizeBands = value; return this; }
        public Builder remoteShare(double value) { remoteShare = value; return this; }
        public Builder partTimeShare(double value) { partTimeShare = value; return this; }

        public SectorConfig build() {
            return new SectorConfig(
                    Builders.required(id, "SectorConfig", "id"),
                    Builders.required(kind, "SectorConfig", "kind"),
                    Builders.required(employmentShare, "SectorConfig", "employmentShare"),
                    Builders.required(ruralWeight, "SectorConfig", "ruralWeight"),
                    Builders.required(valueAddedPerWorkerMonthly, "SectorConfig", "valueAddedPerWorkerMonthly"),
                    Builders.required(intermediateShare, "SectorConfig", "intermediateShare"),
                    Builders.required(wageShare, "SectorConfig", "wageShare"),
                    Builders.required(skillMix, "SectorConfig", "skillMix"),
                    Builders.required(sizeBands, "SectorConfig", "sizeBands"),
                    Builders.required(remoteShare, "SectorConfig", "remoteShare"),
                    Builders.required(partTimeShare, "SectorConfig", "partTimeShare"));
        }
    }
}

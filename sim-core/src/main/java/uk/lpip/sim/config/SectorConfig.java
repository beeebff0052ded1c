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
 * @param meanFirmSize                mean jobs per firm at the start
 * @param firmSizeSigma               log-normal spread of firm sizes
 * @param remoteShare                 share of jobs that can be done remotely
 */
public record SectorConfig(String id, SectorKind kind, double employmentShare, double ruralWeight,
                           double valueAddedPerWorkerMonthly, double intermediateShare, double wageShare,
                           double[] skillMix, double meanFirmSize, double firmSizeSigma, double remoteShare) {
    public SectorConfig {
        skillMix = skillMix.clone();
    }

    @Override
    public double[] skillMix() {
        return skillMix.clone();
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
}

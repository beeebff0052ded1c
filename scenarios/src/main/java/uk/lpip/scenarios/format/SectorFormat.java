package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import java.util.Locale;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;

/** The {@code sectors} list. */
final class SectorFormat {
    private SectorFormat() {
    }

    static String kindName(SectorKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static final ObjectSpec<SectorConfig> SECTOR = new ObjectSpec<>("sector", "an industry and who buys its output",
            v -> new SectorConfig(v.text("id"), SectorKind.valueOf(v.text("kind").toUpperCase(Locale.ROOT)),
                    v.number("employment_share"), v.number("rural_weight"), v.number("value_added_per_worker_monthly"),
                    v.number("intermediate_share"), v.number("wage_share"), v.get("skill_mix"), v.number("mean_firm_size"),
                    v.number("firm_size_sigma"), v.number("remote_share")),
            of("id", ValueSpec.id(), SectorConfig::id, "identifier (also used by water licences)", "", "food_and_drink"),
            of("kind", ValueSpec.oneOf("tradable", "local_services", "public_services"), s -> kindName(s.kind()),
                    "who buys the output: outside the region, local households within reach, or councils", "", "tradable"),
            of("employment_share", ValueSpec.share(), SectorConfig::employmentShare,
                    "share of the region's jobs at the start (all sectors sum to 1)", "share", "0.02"),
            of("rural_weight", ValueSpec.number(0, 50), SectorConfig::ruralWeight,
                    "presence in rural zones relative to urban ones (1 = the same)", "ratio", "2"),
            of("value_added_per_worker_monthly", ValueSpec.number(100, 200_000), SectorConfig::valueAddedPerWorkerMonthly,
                    "gross value added per medium-skilled worker", "£ per month", "6000"),
            of("intermediate_share", ValueSpec.number(0, 0.95), SectorConfig::intermediateShare,
                    "share of sales spent on inputs from outside the region", "share", "0.6"),
            of("wage_share", ValueSpec.share(), SectorConfig::wageShare, "share of value added paid as wages", "share", "0.45"),
            of("skill_mix", Skills.shares("skill mix"), SectorConfig::skillMix, "jobs by required skill (sum to 1)", "shares",
                    "{none: 0.25, low: 0.45, medium: 0.2, high: 0.1}"),
            of("mean_firm_size", ValueSpec.number(1, 10_000), SectorConfig::meanFirmSize, "mean jobs per firm at the start", "jobs", "25"),
            of("firm_size_sigma", ValueSpec.number(0, 3), SectorConfig::firmSizeSigma, "log-normal spread of firm sizes", "", "1.2"),
            of("remote_share", ValueSpec.share(), SectorConfig::remoteShare, "share of jobs that can be done remotely", "share", "0.05"));
}

package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import java.util.Locale;
import uk.lpip.sim.config.SectorConfig;
import uk.lpip.sim.config.SectorConfig.SectorKind;
import uk.lpip.sim.config.UkHours;

/** The {@code sectors} list. */
final class SectorFormat {
    private SectorFormat() {
    }

    static String kindName(SectorKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** Employment shares by enterprise size band, as in DBT's business population estimates. */
    static final ObjectSpec<double[]> SIZE_BANDS = new ObjectSpec<>("size bands",
            "shares of jobs by enterprise size: micro 1–9, small 10–49, medium 50–249, large 250+ jobs (sum to 1)",
            v -> {
                double[] a = {v.number("micro"), v.number("small"), v.number("medium"), v.number("large")};
                Skills.requireSumOne(a, "micro, small, medium and large");
                return a;
            },
            of("micro", ValueSpec.share(), a -> a[0], "enterprises of 1–9 jobs", "share", "0.33"),
            of("small", ValueSpec.share(), a -> a[1], "enterprises of 10–49 jobs", "share", "0.15"),
            of("medium", ValueSpec.share(), a -> a[2], "enterprises of 50–249 jobs", "share", "0.12"),
            of("large", ValueSpec.share(), a -> a[3], "enterprises of 250 or more jobs", "share", "0.4"));

    static final ObjectSpec<SectorConfig> SECTOR = new ObjectSpec<>("sector", "an industry and who buys its output",
            v -> {
                SectorKind kind = SectorKind.valueOf(v.text("kind").toUpperCase(Locale.ROOT));
                Double partTime = v.get("part_time_share");
                return new SectorConfig(v.text("id"), kind,
                        v.number("employment_share"), v.number("rural_weight"), v.number("value_added_per_worker_monthly"),
                        v.number("intermediate_share"), v.number("wage_share"), v.get("skill_mix"), v.get("size_bands"),
                        v.number("remote_share"), partTime != null ? partTime : UkHours.partTimeShare(v.text("id"), kind));
            },
            of("id", ValueSpec.id(), SectorConfig::id, "identifier (also used by water licences)", "", "food_and_drink"),
            of("kind", ValueSpec.oneOf("tradable", "local_services", "public_services"), s -> kindName(s.kind()),
                    "who buys the output: outside the region, local households within reach, or councils", "", "tradable"),
            of("employment_share", ValueSpec.share(), SectorConfig::employmentShare,
                    "share of the region's jobs at the start (all sectors sum to 1)", "share", "0.02"),
            of("rural_weight", ValueSpec.number(0, 50), SectorConfig::ruralWeight,
                    "presence in rural zones relative to urban ones (1 = the same); moves the sector's jobs between zones, not its region-wide employment_share", "ratio", "2"),
            of("value_added_per_worker_monthly", ValueSpec.number(100, 200_000), SectorConfig::valueAddedPerWorkerMonthly,
                    "gross value added per medium-skilled worker", "£ per month", "6000"),
            of("intermediate_share", ValueSpec.number(0, 0.95), SectorConfig::intermediateShare,
                    "share of sales spent on inputs from outside the region", "share", "0.6"),
            of("wage_share", ValueSpec.share(), SectorConfig::wageShare, "share of value added paid as wages", "share", "0.45"),
            of("skill_mix", Skills.shares("skill mix"), SectorConfig::skillMix, "jobs by required skill (sum to 1)", "shares",
                    "{none: 0.25, low: 0.45, medium: 0.2, high: 0.1}"),
            Field.<SectorConfig, double[]>of("size_bands", SIZE_BANDS, SectorConfig::sizeBands,
                    "shares of the sector's private jobs in enterprises of each size band (public services: unused)",
                    "shares", "{micro: 0.33, small: 0.15, medium: 0.12, large: 0.4}")
                    .withFallback(uk.lpip.sim.config.UkDefaults.NON_FARM_SIZE_BANDS),
            of("remote_share", ValueSpec.share(), SectorConfig::remoteShare, "share of jobs that can be done remotely", "share", "0.05"),
            of("part_time_share", ValueSpec.share(), SectorConfig::partTimeShare,
                    "share of the sector's posts that are part time, before carers and the long-term sick returning to work "
                            + "raise the odds (left out: the UK default for the sector's id, or else its kind; docs/data-sources.md)",
                    "share", "0.42").asOptional());
}

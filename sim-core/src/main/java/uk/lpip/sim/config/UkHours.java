package uk.lpip.sim.config;

import uk.lpip.sim.config.SectorConfig.SectorKind;

/**
 * UK defaults for hours of work and part-time shares (docs/data-sources.md, "Hours and part-time work").
 */
public final class UkHours {
    private UkHours() {
    }

    /**
     * Hours and who takes part-time work.
     *
     * <ul>
     *   <li>Full time 37.5 hours a week: the week the minimum monthly wage is converted with (see
     *   {@link UkDefaults#labour()}); ONS LFS (HOUR01) has full-time workers' average actual weekly hours at
     *   36.5 in January–March 2025, ONS's 2019 job-quality analysis has full-time employees usually working
     *   39–40 hours. ASSUMPTION within that range; sensitivity 36.5–40.</li>
     *   <li>Part time 20 hours a week: ONS's analysis of employment quality (LFS) puts part-time employees'
     *   average usual week at 20 hours, as do LFS-based underemployment series.</li>
     *   <li>The odds that the first job after caring for family or home is part time: 2.25 times the
     *   sector's. ONS, Families and the labour market, England 2018 (LFS): 49.5% of mothers with dependent
     *   children work under 30 hours a week against 30.3% of women without them (odds 0.98 against 0.43).
     *   ASSUMPTION that people returning from looking after family are like mothers; sensitivity 1.5–3.</li>
     *   <li>The odds that the first job after long-term sickness is part time: 1.44 times the sector's. DWP,
     *   Employment of disabled people 2025 and ONS (via the Disability Policy Centre): 31% of the 5.6 million
     *   disabled people in work are part time, against about a quarter of all workers, which makes about
     *   23.8% of non-disabled workers (odds 0.449 against 0.312); DWP's 2017 answer (Hansard, 14 Dec 2017)
     *   has the same one third. ASSUMPTION that returners from long-term sickness are like disabled workers;
     *   sensitivity 1.2–2.</li>
     * </ul>
     */
    public static HoursConfig hours() {
        return HoursConfig.builder().fullTimeWeeklyHours(37.5).partTimeWeeklyHours(20.0)
                .partTimeOddsAfterCaring(2.25).partTimeOddsAfterLongTermSickness(1.44).build();
    }

    /**
     * The share of part-time posts in a sector of the UK default list (by id), otherwise by kind.
     * ASSUMPTION: no industry table of part-time shares was found in the project's sources; the values
     * follow the LFS pattern (part time is most common in retail, hospitality, education and health, least
     * in manufacturing, energy and construction) and give 26.5% of posts part time over the UK default
     * sector mix, against LFS 26.2% of people in employment (ONS, three months to November 2018) and about
     * a quarter in 2025. Sensitivity: ±5 percentage points for any sector.
     */
    public static double partTimeShare(String sectorId, SectorKind kind) {
        return switch (sectorId) {
            case "agriculture" -> 0.18;
            case "food_and_drink" -> 0.10;
            case "manufacturing" -> 0.08;
            case "energy" -> 0.06;
            case "construction" -> 0.10;
            case "tradable_services" -> 0.17;
            case "local_services" -> 0.42;
            case "public_services" -> 0.33;
            default -> switch (kind) {
                case TRADABLE -> 0.13;
                case LOCAL_SERVICES -> 0.42;
                case PUBLIC_SERVICES -> 0.33;
            };
        };
    }
}

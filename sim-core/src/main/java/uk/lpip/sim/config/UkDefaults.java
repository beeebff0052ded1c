package uk.lpip.sim.config;

import java.util.List;
import uk.lpip.sim.config.LabourConfig.DiscouragementConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.config.PlaceConfig.CommutingConfig;
import uk.lpip.sim.config.PopulationConfig.AgeBandConfig;
import uk.lpip.sim.config.PopulationConfig.HouseholdTypeConfig;
import uk.lpip.sim.config.PopulationConfig.StatusShares;
import uk.lpip.sim.config.SectorConfig.SectorKind;

/**
 * UK-wide parameter values that a place inherits unless its scenario says otherwise: the tax and
 * benefit system, labour-market behaviour, household spending, firm dynamics and a sector list.
 * Published figures carry their source; values marked ASSUMPTION are modelling choices, tuned so
 * the default place settles at UK-like rates, and listed in docs/calibration.md.
 */
public final class UkDefaults {
    private UkDefaults() {
    }

    /** 2024/25 rates, monthly. */
    public static TaxBenefitConfig taxBenefit() {
        return new TaxBenefitConfig(
                12_570 / 12.0,      // HMRC 2024/25: personal allowance £12,570 a year
                0.20,
                50_270 / 12.0,      // higher-rate threshold £50,270
                0.40,
                125_140 / 12.0,     // additional-rate threshold £125,140
                0.45,
                1_048,              // HMRC 2024/25: employee NI primary threshold £1,048 a month
                4_189,              // upper earnings limit £4,189 a month
                0.08,               // main rate 8% from 6 April 2024
                0.02,
                758,                // employer secondary threshold £9,100 a year
                0.138,              // employer rate 13.8% (2024/25)
                393.45,             // DWP 2024/25: UC standard allowance, single 25+
                617.60 - 393.45,    // couple £617.60 jointly: the second adult adds the difference
                287.92,             // child element (child born after April 2017)
                404,                // work allowance where housing costs are met
                0.55,               // UC taper rate
                221.20 * 52 / 12);  // DWP 2024/25: full new State Pension £221.20 a week
    }

    public static LabourConfig labour() {
        return new LabourConfig(
                3,      // ASSUMPTION: matching rounds per month
                3,      // ASSUMPTION: applications per unemployed searcher per round
                0.04,   // ASSUMPTION: on-the-job search share (job-to-job moves ~0.7%/month, ONS LFS flows)
                2,
                0.05,   // ASSUMPTION: wage gain needed to change jobs
                11.44 * 37.5 * 52 / 12, // National Living Wage April 2024 £11.44/h, full time 37.5 h/week
                0.90,   // ASSUMPTION: reservation wage starts at 90% of the last wage
                0.04,   // ASSUMPTION: and falls 4% a month of unemployment
                3,      // DWP UC claimant commitment: a permitted period of up to 3 months to seek usual work and pay
                12,     // scarring after a year out of work (MODEL.md)
                0.02,   // ASSUMPTION: monthly chance of losing a skill level once scarred
                new double[] {0.62, 0.78, 1.0, 1.45}, // ASSUMPTION: relative productivity by skill (cf. ASHE pay by qualification)
                0.05,   // ASSUMPTION: wage elasticity to local tightness
                0.5,    // ASSUMPTION: firms keep half of their excess staff each month (labour hoarding)
                List.of(
                        // ASSUMPTION: hazards chosen so steady-state shares of the working-age population
                        // match LFS inactivity by reason: students ~6–7%, caring ~3.5%, long-term sick ~7%,
                        // retired early ~2.5% (ONS INAC01, 2022–24)
                        new InactivityReasonConfig("student", 0.0005, 0.004, 0.0, 16),
                        new InactivityReasonConfig("caring", 0.0012, 0.006, 0.025, 18),
                        new InactivityReasonConfig("long_term_sick", 0.0009, 0.006, 0.012, 18),
                        new InactivityReasonConfig("retired", 0.002, 0.002, 0.012, 55)),
                // ASSUMPTION: discouragement tuned for a hidden-unemployed share of ~1.5–2% of the
                // working-age population; reference tightness 0.6 vacancies per searcher
                new DiscouragementConfig(0.015, 0.5, 0.6, 0.045, 0.7));
    }

    public static PopulationConfig population() {
        return new PopulationConfig(
                // ONS Families and Households 2023, grouped: ~30% one-person households
                List.of(
                        new HouseholdTypeConfig("single_adult", 0.17, 1, 20, 64, 0, 0, 0),
                        new HouseholdTypeConfig("couple", 0.16, 2, 22, 64, 0, 0, 0),
                        new HouseholdTypeConfig("couple_with_children", 0.20, 2, 25, 54, 1, 3, 0),
                        new HouseholdTypeConfig("lone_parent", 0.06, 1, 20, 54, 1, 2, 0),
                        new HouseholdTypeConfig("shared_or_adult_children", 0.11, 3, 16, 64, 0, 0, 0),
                        new HouseholdTypeConfig("single_pensioner", 0.14, 0, 16, 64, 0, 0, 1),
                        new HouseholdTypeConfig("pensioner_couple", 0.11, 0, 16, 64, 0, 0, 2),
                        new HouseholdTypeConfig("older_mixed", 0.05, 1, 55, 64, 0, 0, 1)),
                // ONS mid-2022 UK population estimates, ages 16–64 (~42 M): 16–24 7.3 M, 25–34 9.0 M,
                // 35–49 13.0 M, 50–64 12.8 M
                List.of(new AgeBandConfig(16, 24, 0.173), new AgeBandConfig(25, 34, 0.214),
                        new AgeBandConfig(35, 49, 0.309), new AgeBandConfig(50, 64, 0.304)),
                // Census 2021 (England and Wales) highest qualification: none 18.2%, level 1–2 and
                // apprenticeships ~28%, level 3 16.9%, level 4+ 33.8% (other folded into low)
                new double[] {0.18, 0.31, 0.17, 0.34},
                // ONS LFS Jul–Sep 2022, UK 16–64: employment 75.5%; unemployed ~3% of the
                // working-age population; inactivity 21.6% split by reason (INAC01)
                new StatusShares(0.755, 0.03, 0.06, 0.04, 0.065, 0.025, 0.025),
                new double[] {0.30, 0.60, 0.10, 0.0},   // ASSUMPTION: leaving education at 16–18
                new double[] {0.02, 0.18, 0.30, 0.50},  // ASSUMPTION: leaving education at 19+
                66,         // State Pension age 66 (2020–2026)
                0.012,      // ONS National Life Tables 2020–22: q(66) about 1.2% (sexes averaged)
                0.095,      // Gompertz growth: mortality doubles about every 7.3 years of age
                0.045,      // ASSUMPTION: ~replacement fertility. UK births alone (~680k a year / ~21M adults
                            // aged 20–44 = 0.033) would shrink the working-age population; the UK's is held up
                            // by net migration, which is not modelled yet, so births stand in for it.
                0.85,       // DfE participation: ~85% of 16–17-year-olds in full-time education
                0.06);      // ASSUMPTION: monthly hazard of leaving education after 18
    }

    public static List<SectorConfig> sectors() {
        // Employment shares: ONS BRES 2022, grouped. Skill mixes (jobs by required skill): ASSUMPTION,
        // set so that jobs by level match the Census 2021 qualification mix of the employed. Value added per worker: ONS regional GVA per
        // job by industry, stylised, with agriculture and local services set so that a no-qualification job
        // adds more than a minimum-wage job costs. Intermediate and wage shares: ONS input-output tables.
        return List.of(
                new SectorConfig("agriculture", SectorKind.TRADABLE, 0.015, 6.0, 3_400, 0.55, 0.55,
                        new double[] {0.35, 0.45, 0.15, 0.05}, 3, 0.8, 0.0),
                new SectorConfig("food_and_drink", SectorKind.TRADABLE, 0.02, 2.0, 6_000, 0.60, 0.45,
                        new double[] {0.25, 0.45, 0.20, 0.10}, 25, 1.2, 0.05),
                new SectorConfig("manufacturing", SectorKind.TRADABLE, 0.075, 1.0, 6_200, 0.60, 0.55,
                        new double[] {0.15, 0.45, 0.20, 0.20}, 20, 1.3, 0.10),
                new SectorConfig("energy", SectorKind.TRADABLE, 0.01, 1.5, 14_000, 0.50, 0.30,
                        new double[] {0.05, 0.25, 0.30, 0.40}, 30, 1.0, 0.20),
                new SectorConfig("construction", SectorKind.TRADABLE, 0.07, 1.2, 5_000, 0.50, 0.60,
                        new double[] {0.15, 0.50, 0.25, 0.10}, 5, 1.0, 0.05),
                new SectorConfig("tradable_services", SectorKind.TRADABLE, 0.30, 0.6, 6_500, 0.35, 0.60,
                        new double[] {0.05, 0.27, 0.18, 0.50}, 12, 1.4, 0.50),
                new SectorConfig("local_services", SectorKind.LOCAL_SERVICES, 0.30, 0.9, 3_400, 0.40, 0.70,
                        new double[] {0.30, 0.50, 0.15, 0.05}, 8, 1.0, 0.02),
                new SectorConfig("public_services", SectorKind.PUBLIC_SERVICES, 0.21, 0.8, 4_100, 0.25, 0.80,
                        new double[] {0.05, 0.25, 0.20, 0.50}, 40, 1.0, 0.20));
    }

    public static FirmDynamicsConfig firmDynamics() {
        return new FirmDynamicsConfig(
                0.035,  // ASSUMPTION: monthly s.d. of log demand shocks (stationary s.d. about 0.14)
                0.03,   // ASSUMPTION: mean reversion of shocks
                0.3,    // ASSUMPTION: weight of the newest month in expected demand
                0.012,  // ASSUMPTION: exogenous exit of a one-person firm ~14% a year, falling with size
                        // (ONS Business Demography: death rate ~10% a year, concentrated among micro firms)
                6,      // ASSUMPTION: months of negative cash before closure
                4.5,    // ASSUMPTION: entries per 1,000 residents a year (ONS Business Demography: ~4.9 UK-wide)
                0.5,    // ASSUMPTION: entry halves where broadband coverage is zero
                3,      // ASSUMPTION: start-up capital, months of expected sales
                2,      // ASSUMPTION: cash buffer, months of costs
                0.5,    // ASSUMPTION: share of excess cash paid out each month
                0.012,  // ASSUMPTION: business rates ≈ 1.2% of sales (~£25bn on ~£2tn of sales)
                1.07);  // ASSUMPTION: starting jobs per person drawn as employed; about 3–4% of posts stay
                        // vacant through search frictions (UK vacancy rate ~3%). Sets the level of labour demand.
    }

    public static HouseholdConfig households() {
        // ASSUMPTION: consume 90% of disposable income and 0.5% of savings a month; 45% of spending
        // at local services within reach (ONS Family Spending: recreation, restaurants, personal
        // services, food retail), the rest leaves the region
        return new HouseholdConfig(0.90, 0.005, 0.45);
    }

    public static CouncilFinanceConfig councilFinance() {
        // MHCLG 2024/25: average band D council tax £2,171; average per dwelling about £1,700 a year.
        // ASSUMPTION: reserves target 3 months of spending, gap closed at 2% a month
        return new CouncilFinanceConfig(1_700 / 12.0, 3.0, 0.02);
    }

    /** ASSUMPTION: 45 min by car, 60 min by bus; bus 1.6× slower in-vehicle; 10 min average wait at full service. */
    public static CommutingConfig commuting() {
        return new CommutingConfig(45, 60, 1.6, 10, 10);
    }

    /**
     * A Scottish east-coast climate. Seasonal swing: Allan Water late-summer flows ~0.8–2 m³/s
     * against winter days of 5–35 m³/s (DATA.md) — monthly means swing about ±60% around the mean.
     * ASSUMPTION: log wetness sd 0.35 with month-to-month persistence 0.6; one drought a decade,
     * lasting 3–8 months, cutting flows by 45%; a 100-year reference record.
     */
    public static WaterConfig.Hydrology hydrology() {
        return new WaterConfig.Hydrology(0.6, 1, 0.35, 0.6, 1.0, 0.45, 3, 8, 1.0, 100);
    }

    /**
     * SEPA's levels (DATA.md) judged against the catchment's own percentiles. ASSUMPTION: early
     * warning below Q70, alert below Q80, moderate below Q90, significant below Q95; reservoirs
     * below 50%, 35% and 20% full raise the level to alert, moderate and significant; at moderate
     * scarcity non-exempt abstractors take 25% less.
     */
    public static WaterConfig.Regulator regulator() {
        return new WaterConfig.Regulator(70, 80, 90, 95, 0.50, 0.35, 0.20, 0.25);
    }

    /**
     * ASSUMPTION: 140 litres per person per day of household supply (Scottish Water reports around
     * 140–150), all from this catchment unless the scenario says otherwise; restrictions valued at
     * £5 per m³ short (an illustrative willingness to pay to avoid hosepipe bans and supply cuts).
     */
    public static WaterConfig.PublicSupply publicSupply() {
        return new WaterConfig.PublicSupply(140, 1.0, 5.0);
    }

    /** ASSUMPTION: 5p per m³ traded (brokerage, metering and the regulator's approval). */
    public static WaterConfig.Trading trading() {
        return new WaterConfig.Trading(0.05);
    }
}

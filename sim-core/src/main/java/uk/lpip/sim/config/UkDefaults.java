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
 * the default place settles at UK-like rates; docs/model.md lists every behavioural parameter with
 * its source or the sensitivity range of its assumption. Each value is set by the builder method
 * named after its field, so two values cannot be swapped by position.
 */
public final class UkDefaults {
    private UkDefaults() {
    }

    /** 2024/25 rates, monthly. */
    public static TaxBenefitConfig taxBenefit() {
        return TaxBenefitConfig.builder()
                .personalAllowance(12_570 / 12.0)       // HMRC 2024/25: personal allowance £12,570 a year
                .basicRate(0.20)
                .higherThreshold(50_270 / 12.0)         // higher-rate threshold £50,270
                .higherRate(0.40)
                .additionalThreshold(125_140 / 12.0)    // additional-rate threshold £125,140
                .additionalRate(0.45)
                .niPrimaryThreshold(1_048)              // HMRC 2024/25: employee NI primary threshold £1,048 a month
                .niUpperEarningsLimit(4_189)            // upper earnings limit £4,189 a month
                .niMainRate(0.08)                       // main rate 8% from 6 April 2024
                .niUpperRate(0.02)
                .employerNiThreshold(758)               // employer secondary threshold £9,100 a year
                .employerNiRate(0.138)                  // employer rate 13.8% (2024/25)
                .benefitFirstAdult(393.45)              // DWP 2024/25: UC standard allowance, single 25+
                .benefitOtherAdult(617.60 - 393.45)     // couple £617.60 jointly: the second adult adds the difference
                .benefitPerChild(287.92)                // child element (child born after April 2017)
                .workAllowance(404)                     // work allowance where housing costs are met
                .benefitTaper(0.55)                     // UC taper rate
                .statePension(221.20 * 52 / 12)         // DWP 2024/25: full new State Pension £221.20 a week
                .build();
    }

    /**
     * Search, matching, wages and inactivity. Sensitivity ranges of the ASSUMPTIONs are in
     * docs/model.md (behavioural parameters).
     */
    public static LabourConfig labour() {
        return LabourConfig.builder()
                .matchingRounds(3)                      // ASSUMPTION: matching rounds per month
                .applicationsPerSearcher(3)             // ASSUMPTION: applications per unemployed searcher per round
                .onTheJobSearchShare(0.04)              // ASSUMPTION: on-the-job search share (job-to-job moves ~0.7%/month, ONS LFS flows)
                .onTheJobApplications(2)
                .jobSwitchPremium(0.05)                 // ASSUMPTION: wage gain needed to change jobs
                .minimumMonthlyWage(11.44 * 37.5 * 52 / 12) // National Living Wage April 2024 £11.44/h, full time 37.5 h/week
                .reservationStartRatio(0.90)            // ASSUMPTION: reservation wage starts at 90% of the last wage
                .reservationDecayPerMonth(0.04)         // ASSUMPTION: and falls 4% a month of unemployment
                .reservationSkillStep(0.25)             // ASSUMPTION: never worked: minimum × (1 + 0.25 × skill level)
                .permittedPeriodMonths(3)               // DWP UC claimant commitment: a permitted period of up to 3 months to seek usual work and pay
                .scarringAfterMonths(12)                // scarring after a year out of work (docs/model.md)
                .scarringMonthlyHazard(0.02)            // ASSUMPTION: monthly chance of losing a skill level once scarred
                .skillProductivity(new double[] {0.62, 0.78, 1.0, 1.45}) // ASSUMPTION: relative productivity by skill (cf. ASHE pay by qualification)
                .tightnessWageElasticity(0.05)          // ASSUMPTION: wage elasticity to local tightness
                .wageMarkupMin(0.9)                     // ASSUMPTION: tightness moves posted wages by at most ±10%
                .wageMarkupMax(1.1)
                .layoffTolerance(0.5)                   // ASSUMPTION: firms keep half of their excess staff each month (labour hoarding)
                // ASSUMPTION: screening ranks applicants by skill above the requirement (0.5 a level), a penalty
                // of 0.03 a month of the current spell up to 24 months, and luck (uniform 0–1). Employers' callbacks
                // fall with the length of a spell (Kroft, Lange and Notowidigdo 2013, QJE 128(3); Eriksson and
                // Rooth 2014, AER 104(3)); the weights themselves are not estimated.
                .screeningSkillWeight(0.5)
                .screeningPenaltyPerMonth(0.03)
                .screeningSpellCapMonths(24)
                .minSearchIntensity(0.05)               // ASSUMPTION: a full-time course's lock-in leaves 5% of normal search
                // Qualification requirements are soft: 15.1% of UK workers were undereducated for their occupation
                // in Oct-Dec 2015 (16.1% overeducated, 68.7% matched; ONS, Analysis of the UK labour market:
                // estimates of skills mismatch using measures of over and under education, 2015). The share of an
                // unemployed searcher's applications sent one level above their qualification is FITTED per region
                // (0.3 as a start); ASSUMPTION for the demo and test place: 0 (hard requirements, as they were
                // tuned). Without it a vacancy one level up stays open however many people below it are
                // unemployed. Sensitivity 0-0.6.
                .stretchApplicationShare(0.0)
                // ASSUMPTION for the demo: every application from unemployment that reaches a vacancy can be a
                // match (1); the bundled regions fit it to the LFS quarterly U->E probability (docs/calibration.md).
                // Without it a region with as many vacancies as unemployed people finds work for 90% of them
                // in a quarter (published: 29%).
                .matchChance(1.0)
                // ASSUMPTION: an application from someone looking for work straight from inactivity (direct
                // search, off unless a region fits it) meets no match filter (1), as one from a job does: in the
                // LFS more people leave inactivity for work than for unemployment (UK, two-quarter longitudinal
                // Jul-Dec 2017: I->E 4.69%, I->U 2.47% a quarter; docs/data-sources.md), so those who take a job
                // without searching as the unemployed do find one far faster than the unemployed. Sensitivity 0.2-1.
                .directSearchMatchChance(1.0)
                // ASSUMPTION for the demo and test place: every post with vacancies recruits every month (1), so a
                // vacancy with searchers at hand can be filled in the month it opens. The bundled regions fit it to
                // the ONS vacancies per unemployed person (docs/calibration.md). Checks, weak evidence (commercial
                // job-board data, docs/data-sources.md, "Time to fill"): UK adverts stay up about 35-45 days
                // (Adzuna, 2016-2024), and 49% of vacancies are still open after 30 days (Indeed and Cebr, 2015).
                // Sensitivity 0.2-1.
                .recruitingChance(1.0)
                // ASSUMPTION: once a year, on the anniversary of the hire, a stayer's pay closes half of the gap to
                // what the employer now posts for the job (which follows productivity and local tightness) plus
                // 1% a year of tenure up to 10 years, and never falls (nominal pay cuts for stayers are rare). Job
                // changers gain more than stayers (ONS, Job changers and stayers, 2012–2021: 6.6 pp more hourly
                // earnings growth in 2021; docs/sources.md); the model has no inflation, so these are real rises.
                .payReviewAdjustment(0.5)
                .tenurePayStep(0.01)
                .tenurePayCapYears(10)
                .inactivity(List.of(
                        // ASSUMPTION: hazards chosen so steady-state shares of the working-age population
                        // match LFS inactivity by reason: students ~6–7%, caring ~3.5%, long-term sick ~7%,
                        // retired early ~2.5% (ONS INAC01, 2022–24). No search straight from inactivity
                        // (directSearchShare 0): fitted per region where used (docs/model.md, Submodels 4)
                        InactivityReasonConfig.builder().reason("student").hazardFromEmployed(0.0005)
                                .hazardFromUnemployed(0.004).exitHazard(0.0).minAge(16).directSearchShare(0.0).build(),
                        InactivityReasonConfig.builder().reason("caring").hazardFromEmployed(0.0012)
                                .hazardFromUnemployed(0.006).exitHazard(0.025).minAge(18).directSearchShare(0.0).build(),
                        InactivityReasonConfig.builder().reason("long_term_sick").hazardFromEmployed(0.0009)
                                .hazardFromUnemployed(0.006).exitHazard(0.010).minAge(18).directSearchShare(0.0).build(),
                        InactivityReasonConfig.builder().reason("retired").hazardFromEmployed(0.002)
                                .hazardFromUnemployed(0.002).exitHazard(0.006).minAge(55).directSearchShare(0.0).build()))
                // ASSUMPTION: discouragement tuned for a hidden-unemployed share of ~1.5–2% of the
                // working-age population (base hazard raised from 0.015 to 0.02, and the long-term sick's and
                // early retired's exit hazards lowered towards their LFS shares, when owners' income began to be
                // spent in the region: the default place is tighter, about one vacancy per unemployed person as
                // in the UK in 2022, and its hidden unemployed fell to under 1%); reference tightness 0.6
                // vacancies per searcher; the giving-up
                // hazard stops rising after three years; tightness moves either hazard between a quarter
                // and four times its base value
                .discouragement(DiscouragementConfig.builder()
                        .baseHazard(0.02)
                        .durationEffectPerYear(0.5)
                        .referenceVacanciesPerSearcher(0.6)
                        .baseReturnHazard(0.045)
                        .returnTightnessElasticity(0.7)
                        .durationCapMonths(36)
                        .tightnessFactorMin(0.25)
                        .tightnessFactorMax(4.0)
                        // ASSUMPTION: no lapse back to inactivity beyond the other hazards unless a region's
                        // fit sets one (docs/model.md, "Re-entrants who lapse")
                        .reentrantLapseHazard(0.0)
                        .build())
                .councils(List.of())                    // no council differs from the region unless a scenario says so
                .hours(UkHours.hours())                 // full-time and part-time hours: see UkHours
                .employability(employability())
                .build();
    }

    /**
     * How the match chance falls with the spell and differs between people (docs/model.md, "Long spells").
     * Callbacks: Kroft, Lange and Notowidigdo (2013, QJE 128(3)), a field experiment of fictitious CVs in the
     * US: the callback rate falls with the months out of work shown on the CV, most of the fall within the
     * first eight months (moderate evidence: one US experiment, not replicated in the UK). No one is of low
     * employability unless a scenario says so: the share and its multiplier are fitted per region
     * (ASSUMPTION, calibration/<region>.yaml).
     */
    public static EmployabilityConfig employability() {
        return EmployabilityConfig.builder()
                .callbackFloor(0.55)
                .callbackDeclineMonths(8)
                .lowShare(0.0)
                .lowMatch(0.15)
                .build();
    }

    public static PopulationConfig population() {
        return PopulationConfig.builder()
                // ONS Families and Households 2023, grouped: ~30% one-person households
                .householdTypes(List.of(
                        household("single_adult", 0.17).workingAgeAdults(1).minAdultAge(20).maxAdultAge(64)
                                .minChildren(0).maxChildren(0).pensioners(0).build(),
                        household("couple", 0.16).workingAgeAdults(2).minAdultAge(22).maxAdultAge(64)
                                .minChildren(0).maxChildren(0).pensioners(0).build(),
                        household("couple_with_children", 0.20).workingAgeAdults(2).minAdultAge(25).maxAdultAge(54)
                                .minChildren(1).maxChildren(3).pensioners(0).build(),
                        household("lone_parent", 0.06).workingAgeAdults(1).minAdultAge(20).maxAdultAge(54)
                                .minChildren(1).maxChildren(2).pensioners(0).build(),
                        household("shared_or_adult_children", 0.11).workingAgeAdults(3).minAdultAge(16).maxAdultAge(64)
                                .minChildren(0).maxChildren(0).pensioners(0).build(),
                        household("single_pensioner", 0.14).workingAgeAdults(0).minAdultAge(16).maxAdultAge(64)
                                .minChildren(0).maxChildren(0).pensioners(1).build(),
                        household("pensioner_couple", 0.11).workingAgeAdults(0).minAdultAge(16).maxAdultAge(64)
                                .minChildren(0).maxChildren(0).pensioners(2).build(),
                        household("older_mixed", 0.05).workingAgeAdults(1).minAdultAge(55).maxAdultAge(64)
                                .minChildren(0).maxChildren(0).pensioners(1).build()))
                // ONS mid-2022 UK population estimates, ages 16–64 (~42 M): 16–24 7.3 M, 25–34 9.0 M,
                // 35–49 13.0 M, 50–64 12.8 M
                .workingAgeBands(List.of(
                        AgeBandConfig.builder().fromAge(16).toAge(24).share(0.173).build(),
                        AgeBandConfig.builder().fromAge(25).toAge(34).share(0.214).build(),
                        AgeBandConfig.builder().fromAge(35).toAge(49).share(0.309).build(),
                        AgeBandConfig.builder().fromAge(50).toAge(64).share(0.304).build()))
                // Census 2021 (England and Wales) highest qualification: none 18.2%, level 1–2 and
                // apprenticeships ~28%, level 3 16.9%, level 4+ 33.8% (other folded into low)
                .adultSkillShares(new double[] {0.18, 0.31, 0.17, 0.34})
                // ONS LFS Jul–Sep 2022, UK 16–64: employment 75.5%; unemployed ~3% of the
                // working-age population; inactivity 21.6% split by reason (INAC01)
                .statusShares(StatusShares.builder().employed(0.755).unemployed(0.03).student(0.06).caring(0.04)
                        .longTermSick(0.065).retired(0.025).discouraged(0.025).build())
                .schoolLeaverSkillShares(new double[] {0.30, 0.60, 0.10, 0.0})  // ASSUMPTION: leaving education at 16–18
                .graduateSkillShares(new double[] {0.02, 0.18, 0.30, 0.50})     // ASSUMPTION: leaving education at 19+
                .statePensionAgeYears(66)          // State Pension age 66 (2020–2026)
                .mortalityAt66Yearly(0.012)        // ONS National Life Tables 2020–22: q(66) about 1.2% (sexes averaged)
                .mortalityGrowthPerYear(0.095)     // Gompertz growth: mortality doubles about every 7.3 years of age
                // ASSUMPTION: the Gompertz curve is capped at 60% a year; with the values above it reaches
                // that only beyond age 105, so the cap touches few people
                .mortalityCapYearly(0.6)
                // ASSUMPTION: starting pensioners' years above pension age are exponential with mean 9
                .pensionerMeanYearsAboveSpa(9.0)
                // ASSUMPTION: ~replacement fertility. UK births alone (~680k a year / ~21M adults aged 20–44
                // = 0.033) would shrink the working-age population; the UK's is held up by net migration,
                // which is not modelled yet, so births stand in for it.
                .birthsPerAdult20to44Yearly(0.045)
                .schoolStayOnShare(0.85)           // DfE participation: ~85% of 16–17-year-olds in full-time education
                .studentExitHazardAfter18(0.06)    // ASSUMPTION: monthly hazard of leaving education after 18
                .build();
    }

    private static HouseholdTypeConfig.Builder household(String name, double share) {
        return HouseholdTypeConfig.builder().name(name).share(share);
    }

    /**
     * Shares of private-sector employment by enterprise size band (micro 0–9, small 10–49, medium
     * 50–249, large 250+), the UK in 2019: 33.2%, 14.4%, 12.5%, 39.9% (Welsh Government, <i>Size analysis
     * of active businesses in Wales, 2019</i>, SFR 116/2019, its UK column; each enterprise banded by its
     * UK-wide employment, its jobs counted where its sites are; docs/data-sources.md). DBT's business
     * population estimates give the same coarser split (0–49 48%, medium 12–13%, large 40%, 2017–2018;
     * large 40.0% at the start of 2025).
     */
    public static final double[] UK_SIZE_BANDS = {0.332, 0.144, 0.125, 0.399};
    /**
     * Agriculture: SME Statistics for the UK 2005 put 93.8% of agriculture, forestry and fishing
     * employment in small (0–49) enterprises (docs/data-sources.md). ASSUMPTION: split 70% micro, 24% small,
     * 5% medium, 1% large.
     */
    public static final double[] AGRICULTURE_SIZE_BANDS = {0.70, 0.24, 0.05, 0.01};
    /** Agriculture's and public services' shares of the UK's jobs in the default sector mix (below). */
    private static final double AGRICULTURE_SHARE = 0.015;
    private static final double PUBLIC_SERVICES_SHARE = 0.21;
    /**
     * The UK's shares of private employment by band net of agriculture: the shares of every private sector
     * but agriculture, so that they and agriculture's own ({@link #AGRICULTURE_SIZE_BANDS}) add up to
     * {@link #UK_SIZE_BANDS} in the UK's sector mix (agriculture 1.9% of private jobs): micro 32.5%,
     * small 14.2%, medium 12.6%, large 40.7%. Giving those sectors the all-sector shares counted farming's
     * micro firms twice (about 0.7 points of micro employment in the UK mix; more where farming weighs more).
     */
    public static final double[] NON_FARM_SIZE_BANDS = netOfAgriculture();

    private static double[] netOfAgriculture() {
        double a = AGRICULTURE_SHARE / (1.0 - PUBLIC_SERVICES_SHARE);
        double[] shares = new double[UK_SIZE_BANDS.length];
        for (int b = 0; b < shares.length; b++) {
            shares[b] = (UK_SIZE_BANDS[b] - a * AGRICULTURE_SIZE_BANDS[b]) / (1.0 - a);
        }
        return shares;
    }

    public static List<SectorConfig> sectors() {
        // Employment shares: ONS BRES 2022, grouped. Skill mixes (jobs by required skill): ASSUMPTION,
        // set so that jobs by level match the Census 2021 qualification mix of the employed. Value added per
        // worker: ONS regional GVA per job by industry, stylised, with agriculture and local services set so
        // that a no-qualification job adds more than a minimum-wage job costs. Intermediate and wage shares:
        // ONS input-output tables.
        return List.of(
                sector("agriculture", SectorKind.TRADABLE).employmentShare(AGRICULTURE_SHARE).ruralWeight(6.0)
                        .valueAddedPerWorkerMonthly(3_400).intermediateShare(0.55).wageShare(0.55)
                        .skillMix(new double[] {0.35, 0.45, 0.15, 0.05}).sizeBands(AGRICULTURE_SIZE_BANDS).remoteShare(0.0).build(),
                sector("food_and_drink", SectorKind.TRADABLE).employmentShare(0.02).ruralWeight(2.0)
                        .valueAddedPerWorkerMonthly(6_000).intermediateShare(0.60).wageShare(0.45)
                        .skillMix(new double[] {0.25, 0.45, 0.20, 0.10}).sizeBands(NON_FARM_SIZE_BANDS).remoteShare(0.05).build(),
                sector("manufacturing", SectorKind.TRADABLE).employmentShare(0.075).ruralWeight(1.0)
                        .valueAddedPerWorkerMonthly(6_200).intermediateShare(0.60).wageShare(0.55)
                        .skillMix(new double[] {0.15, 0.45, 0.20, 0.20}).sizeBands(NON_FARM_SIZE_BANDS).remoteShare(0.10).build(),
                sector("energy", SectorKind.TRADABLE).employmentShare(0.01).ruralWeight(1.5)
                        .valueAddedPerWorkerMonthly(14_000).intermediateShare(0.50).wageShare(0.30)
                        .skillMix(new double[] {0.05, 0.25, 0.30, 0.40}).sizeBands(NON_FARM_SIZE_BANDS).remoteShare(0.20).build(),
                sector("construction", SectorKind.TRADABLE).employmentShare(0.07).ruralWeight(1.2)
                        .valueAddedPerWorkerMonthly(5_000).intermediateShare(0.50).wageShare(0.60)
                        .skillMix(new double[] {0.15, 0.50, 0.25, 0.10}).sizeBands(NON_FARM_SIZE_BANDS).remoteShare(0.05).build(),
                sector("tradable_services", SectorKind.TRADABLE).employmentShare(0.30).ruralWeight(0.6)
                        .valueAddedPerWorkerMonthly(6_500).intermediateShare(0.35).wageShare(0.60)
                        .skillMix(new double[] {0.05, 0.27, 0.18, 0.50}).sizeBands(NON_FARM_SIZE_BANDS).remoteShare(0.50).build(),
                sector("local_services", SectorKind.LOCAL_SERVICES).employmentShare(0.30).ruralWeight(0.9)
                        .valueAddedPerWorkerMonthly(3_400).intermediateShare(0.40).wageShare(0.70)
                        .skillMix(new double[] {0.30, 0.50, 0.15, 0.05}).sizeBands(NON_FARM_SIZE_BANDS).remoteShare(0.02).build(),
                sector("public_services", SectorKind.PUBLIC_SERVICES).employmentShare(PUBLIC_SERVICES_SHARE).ruralWeight(0.8)
                        .valueAddedPerWorkerMonthly(4_100).intermediateShare(0.25).wageShare(0.80)
                        .skillMix(new double[] {0.05, 0.25, 0.20, 0.50}).sizeBands(NON_FARM_SIZE_BANDS).remoteShare(0.20).build());
    }

    private static SectorConfig.Builder sector(String id, SectorKind kind) {
        return SectorConfig.builder().id(id).kind(kind).partTimeShare(UkHours.partTimeShare(id, kind));
    }

    /** Firm dynamics. Sensitivity ranges of the ASSUMPTIONs are in docs/model.md (behavioural parameters). */
    public static FirmDynamicsConfig firmDynamics() {
        return FirmDynamicsConfig.builder()
                .demandShockSigma(0.035)        // ASSUMPTION: monthly s.d. of log demand shocks (stationary s.d. about 0.14)
                .demandMeanReversion(0.03)      // ASSUMPTION: mean reversion of shocks
                .expectationSmoothing(0.3)      // ASSUMPTION: weight of the newest month in expected demand
                // ASSUMPTION: exogenous exit of a one-person firm ~14% a year, halving by 10 jobs
                // (ONS Business Demography: death rate ~10% a year, concentrated among micro firms)
                .exitHazardMonthly(0.012)
                .exitHazardHalfJobs(10)
                .negativeCashMonthsToExit(6)    // ASSUMPTION: months of negative cash before closure
                .entriesPerThousandResidentsYearly(4.5) // ASSUMPTION: entries per 1,000 residents a year (ONS Business Demography: ~4.9 UK-wide)
                .entryBroadbandEffect(0.5)      // ASSUMPTION: entry halves where broadband coverage is zero
                // ASSUMPTION: entrants are micro businesses (ONS Business Demography: births are
                // overwhelmingly of firms with under 5 employees): median 2 jobs, log-normal s.d. 0.5
                .entrantJobs(2.0)
                .entrantSizeSigma(0.5)
                // ASSUMPTION: productivity within a sector has a log s.d. of 0.15, for entrants and at the start
                // (narrower than measured within-industry dispersion, Syverson 2011, JEL 49(2))
                .entrantProductivitySpread(0.15)
                .startingProductivitySpread(0.15)
                .startUpCapitalMonths(3)        // ASSUMPTION: start-up capital, months of expected sales
                .cashBufferMonths(2)            // ASSUMPTION: cash buffer, months of costs
                .dividendPayout(0.5)            // ASSUMPTION: share of excess cash paid out each month
                .businessRatesShareOfSales(0.012) // ASSUMPTION: business rates ≈ 1.2% of sales (~£25bn on ~£2tn of sales)
                // ASSUMPTION: starting jobs per person drawn as employed; about 3–4% of posts stay
                // vacant through search frictions (UK vacancy rate ~3%). Sets the level of labour demand.
                .startingJobsPerEmployed(1.07)
                // ASSUMPTION: jobs per employed resident are 1.25× the region's in urban zones and 0.85× in
                // rural ones (jobs concentrate in towns, cf. ONS jobs density by local authority); commuting
                // fills the gap
                .urbanJobWeight(1.25)
                .ruralJobWeight(0.85)
                // ASSUMPTION: only owner-managed micro businesses (under 10 jobs) close for reasons other than
                // their economics (the owner retires or moves on); a viable business of 10+ jobs is sold as a
                // going concern (ONS Business Demography: deaths are concentrated among micro firms);
                // sensitivity 10–50
                .exogenousExitMaxJobs(10)
                // ASSUMPTION: a firm with a year of operating losses closes with a 3% monthly chance, rising
                // with further months of losses (sensitivity 1–6%); insolvency (negative cash) closes it anyway
                .lossExitHazardMonthly(0.03)
                // ASSUMPTION: a quarter of a closed firm's remaining customers find a rival each month (half
                // within about 2.4 months); sensitivity 0.1–0.5
                .customerMoveMonthly(0.25)
                // ASSUMPTION: entry replaces the posts of closed firms with a year's memory, so over a
                // cycle births replace deaths in employment (ONS Business Demography: UK birth and death
                // rates both about 10-12% a year) and each size band keeps its share; sensitivity: a
                // memory of 6-24 months
                .entryExitSmoothing(1.0 / 12.0)
                // Enterprise sizes follow Zipf's law within each band: Axtell (2001), Science 293, exponent 1.06
                .sizeTailExponent(1.06)
                // ASSUMPTION: no site has more than 400 jobs; larger enterprises have several (sensitivity 250–1,000)
                .maxSiteJobs(400)
                // ONS Public Sector Employment, September 2024 (UK, 6.12 M): NHS 2.04 M (33%); education about
                // 1.5 M (25%, ONS Q2 2024); the rest (local government, civil service, police and others) 42%
                .publicEmployerShares(new double[] {0.33, 0.25, 0.42})
                // ASSUMPTION: 80% of a services firm's cost saving reaches its price. Pass-through of cost
                // changes that hit a whole competitive market is high, often near complete (RBB Economics
                // for the OFT, "Cost pass-through: theory, measurement and policy implications", 2014)
                .costPassThrough(0.8)
                // ASSUMPTION: customers substitute between local providers with elasticity 4 (CES demand
                // elasticities in the usual 3–8 range of trade and industry models)
                .providerSubstitution(4.0)
                // ASSUMPTION: owners living in the region receive 25% of tradable firms' and 60% of local-
                // services firms' paid-out profits: local services are mostly small owner-managed businesses
                // (Wales: 95% of enterprises are micro, docs/data-sources.md), tradable sectors more often owned
                // by groups based elsewhere. Not estimated for any region.
                .localOwnershipTradable(0.25)
                .localOwnershipLocalServices(0.6)
                .build();
    }

    public static HouseholdConfig households() {
        // ASSUMPTION: consume 90% of disposable income and 0.5% of savings a month; 45% of spending
        // at local services within reach (ONS Family Spending: recreation, restaurants, personal
        // services, food retail), the rest leaves the region; households start with £3,000 of savings
        // per adult (not estimated; the Wealth and Assets Survey gives the distribution it stands for)
        return HouseholdConfig.builder()
                .propensityToConsumeIncome(0.90)
                .propensityToConsumeWealth(0.005)
                .localSpendingShare(0.45)
                // ASSUMPTION: local services and other goods are complements in the budget (elasticity of
                // substitution 0.6), so cheaper local services take a smaller share of spending but more of
                // them is bought: own-price elasticity 0.6 × 0.55 + 0.45 ≈ 0.8
                .localServicesSubstitution(0.6)
                .initialSavingsPerAdult(3000.0)
                .build();
    }

    public static CouncilFinanceConfig councilFinance() {
        // MHCLG 2024/25: average band D council tax £2,171; average per dwelling about £1,700 a year.
        // ASSUMPTION: reserves target 3 months of spending, gap closed at 2% a month; budgets follow an
        // income trend with about a year's memory
        return CouncilFinanceConfig.builder()
                .councilTaxPerHouseholdMonthly(1_700 / 12.0)
                .reserveTargetMonths(3.0)
                .reserveAdjustmentPerMonth(0.02)
                .incomeTrendWeight(1.0 / 12.0)
                .build();
    }

    /** ASSUMPTION: 45 min by car, 60 min by bus; bus 1.6× slower in-vehicle; 10 min average wait at full service. */
    public static CommutingConfig commuting() {
        return CommutingConfig.builder().maxCarMinutes(45).maxBusMinutes(60).busSlowdown(1.6)
                .busWaitMinutesAtFullService(10).withinZoneMinutes(10).build();
    }

    /**
     * A Scottish east-coast climate. Seasonal swing: Allan Water late-summer flows ~0.8–2 m³/s
     * against winter days of 5–35 m³/s (docs/data-sources.md) — monthly means swing about ±60% around the mean.
     * ASSUMPTION: log wetness sd 0.35 with month-to-month persistence 0.6; one drought a decade,
     * lasting 3–8 months, cutting flows by 45%; a 100-year reference record.
     */
    public static WaterConfig.Hydrology hydrology() {
        return WaterConfig.Hydrology.builder()
                .seasonalAmplitude(0.6)
                .wettestMonth(1)
                .variability(0.35)
                .persistence(0.6)
                .droughtsPerDecade(1.0)
                .droughtDepth(0.45)
                .droughtMonthsMin(3)
                .droughtMonthsMax(8)
                .referenceDroughtsPerDecade(1.0)
                .referenceYears(100)
                .build();
    }

    /**
     * SEPA's levels (docs/data-sources.md) judged against the catchment's own percentiles. ASSUMPTION: early
     * warning below Q70, alert below Q80, moderate below Q90, significant below Q95; reservoirs
     * below 50%, 35% and 20% full raise the level to alert, moderate and significant; at moderate
     * scarcity non-exempt abstractors take 25% less. Takes of at most 5% of Q95 at their node are
     * exempt from restrictions (SEPA's rule, docs/water.md).
     */
    public static WaterConfig.Regulator regulator() {
        return WaterConfig.Regulator.builder()
                .earlyWarningPercentile(70)
                .alertPercentile(80)
                .moderatePercentile(90)
                .significantPercentile(95)
                .storageAlertShare(0.50)
                .storageModerateShare(0.35)
                .storageSignificantShare(0.20)
                .moderateReduction(0.25)
                .smallTakeShareOfQ95(0.05)
                .build();
    }

    /**
     * ASSUMPTION: 140 litres per person per day of household supply (Scottish Water reports around
     * 140–150), all from this catchment unless the scenario says otherwise; restrictions valued at
     * £5 per m³ short (an illustrative willingness to pay to avoid hosepipe bans and supply cuts).
     */
    public static WaterConfig.PublicSupply publicSupply() {
        return WaterConfig.PublicSupply.builder().litresPerPersonPerDay(140).shareFromCatchment(1.0)
                .restrictionCostPerM3(5.0).build();
    }

    /** ASSUMPTION: 5p per m³ traded (brokerage, metering and the regulator's approval). */
    public static WaterConfig.Trading trading() {
        return new WaterConfig.Trading(0.05);
    }
}

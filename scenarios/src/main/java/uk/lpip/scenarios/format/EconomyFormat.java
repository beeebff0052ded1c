package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import uk.lpip.sim.config.CouncilFinanceConfig;
import uk.lpip.sim.config.CouncilHazardsConfig;
import uk.lpip.sim.config.EmployabilityConfig;
import uk.lpip.sim.config.FirmDynamicsConfig;
import uk.lpip.sim.config.HouseholdConfig;
import uk.lpip.sim.config.HoursConfig;
import uk.lpip.sim.config.UkHours;
import uk.lpip.sim.config.LabourConfig;
import uk.lpip.sim.config.LabourConfig.DiscouragementConfig;
import uk.lpip.sim.config.LabourConfig.InactivityReasonConfig;
import uk.lpip.sim.config.TaxBenefitConfig;
import uk.lpip.sim.config.UkDefaults;

/** The {@code labour}, {@code firms}, {@code households}, {@code tax_benefit} and {@code council_finance} sections. */
final class EconomyFormat {
    private EconomyFormat() {
    }

    static final ObjectSpec<InactivityReasonConfig> REASON = new ObjectSpec<>("inactivity reason",
            "monthly hazards into and out of one reason for inactivity",
            v -> InactivityReasonConfig.builder().reason(v.text("reason")).hazardFromEmployed(v.number("hazard_from_employed"))
                    .hazardFromUnemployed(v.number("hazard_from_unemployed")).exitHazard(v.number("exit_hazard"))
                    .minAge(v.integer("min_age")).directSearchShare(v.number("direct_search_share")).build(),
            of("reason", ValueSpec.oneOf("student", "caring", "long_term_sick", "retired"), InactivityReasonConfig::reason,
                    "the reason", "", "long_term_sick"),
            of("hazard_from_employed", ValueSpec.share(), InactivityReasonConfig::hazardFromEmployed,
                    "monthly chance that an employed person leaves work for this reason", "per month", "0.0009"),
            of("hazard_from_unemployed", ValueSpec.share(), InactivityReasonConfig::hazardFromUnemployed,
                    "monthly chance that a searcher stops for this reason", "per month", "0.006"),
            of("exit_hazard", ValueSpec.share(), InactivityReasonConfig::exitHazard,
                    "monthly chance of returning to search (students: see population)", "per month", "0.012"),
            of("min_age", ValueSpec.integer(16, 64), InactivityReasonConfig::minAge,
                    "youngest age at which people enter this reason", "years", "18"),
            of("direct_search_share", ValueSpec.share(), InactivityReasonConfig::directSearchShare,
                    "monthly chance that a person inactive for this reason (students from 18) applies for jobs "
                            + "that month without becoming unemployed: hired straight from inactivity, or else "
                            + "stays inactive", "per month", "0.01").withFallback(0.0));

    static final ObjectSpec<DiscouragementConfig> DISCOURAGEMENT = new ObjectSpec<>("discouragement",
            "how searchers give up and the discouraged return",
            v -> DiscouragementConfig.builder()
                    .baseHazard(v.number("base_hazard"))
                    .durationEffectPerYear(v.number("duration_effect_per_year"))
                    .referenceVacanciesPerSearcher(v.number("reference_vacancies_per_searcher"))
                    .baseReturnHazard(v.number("base_return_hazard"))
                    .returnTightnessElasticity(v.number("return_tightness_elasticity"))
                    .durationCapMonths(v.integer("duration_cap_months"))
                    .tightnessFactorMin(v.number("tightness_factor_min"))
                    .tightnessFactorMax(v.number("tightness_factor_max"))
                    .reentrantLapseHazard(v.number("reentrant_lapse_hazard"))
                    .build(),
            of("base_hazard", ValueSpec.share(), DiscouragementConfig::baseHazard,
                    "monthly chance of giving up at the start of a spell, at reference tightness", "per month", "0.015"),
            of("duration_effect_per_year", ValueSpec.number(-1, 10), DiscouragementConfig::durationEffectPerYear,
                    "proportional rise of that chance per year unemployed (negative: it falls, to no lower than 0, "
                            + "so that those who give up do so early in a spell)", "per year", "0.5"),
            of("reference_vacancies_per_searcher", ValueSpec.number(0.01, 10), DiscouragementConfig::referenceVacanciesPerSearcher,
                    "market tightness at which the hazards take their base values", "ratio", "0.6"),
            of("base_return_hazard", ValueSpec.share(), DiscouragementConfig::baseReturnHazard,
                    "monthly chance that a discouraged person returns to search at reference tightness", "per month", "0.045"),
            of("return_tightness_elasticity", ValueSpec.number(0, 5), DiscouragementConfig::returnTightnessElasticity,
                    "elasticity of both hazards to vacancies per searcher within reach", "", "0.7"),
            of("duration_cap_months", ValueSpec.integer(0, 240), DiscouragementConfig::durationCapMonths,
                    "months of a spell after which the chance of giving up stops rising", "months", "36"),
            of("tightness_factor_min", ValueSpec.number(0, 1), DiscouragementConfig::tightnessFactorMin,
                    "lowest multiple of a base hazard that tightness can give", "ratio", "0.25"),
            of("tightness_factor_max", ValueSpec.number(1, 100), DiscouragementConfig::tightnessFactorMax,
                    "highest multiple of a base hazard that tightness can give", "ratio", "4"),
            of("reentrant_lapse_hazard", ValueSpec.share(), DiscouragementConfig::reentrantLapseHazard,
                    "monthly chance, on top of the others, that a searcher whose spell began in inactivity (not "
                            + "education) goes back to the inactivity they returned from (discouragement if "
                            + "none is recorded)", "per month", "0.05"));

    static final ObjectSpec<CouncilHazardsConfig> COUNCIL_HAZARDS = new ObjectSpec<>("council hazards",
            "a council's multipliers on the region's inactivity hazards and its unemployed's match chance, for the people "
                    + "who live in it (keys left out: 1)",
            v -> CouncilHazardsConfig.builder().council(v.text("council")).caring(v.number("caring"))
                    .longTermSick(v.number("long_term_sick")).retired(v.number("retired")).discouraged(v.number("discouraged"))
                    .inactivityExit(v.number("inactivity_exit")).matchChance(v.number("match_chance")).build(),
            of("council", ValueSpec.id(), CouncilHazardsConfig::council, "a council id", "", "belfast"),
            multiplier("caring", CouncilHazardsConfig::caring, "hazards into caring (looking after family or home)", "1.1"),
            multiplier("long_term_sick", CouncilHazardsConfig::longTermSick, "hazards into long-term sickness", "1.3"),
            multiplier("retired", CouncilHazardsConfig::retired, "hazards into early retirement", "1"),
            multiplier("discouraged", CouncilHazardsConfig::discouraged, "hazard that a searcher gives up", "1"),
            multiplier("inactivity_exit", CouncilHazardsConfig::inactivityExit,
                    "hazards of returning to search from caring, long-term sickness, early retirement and discouragement",
                    "0.8"),
            multiplier("match_chance", CouncilHazardsConfig::matchChance,
                    "match chance of its unemployed residents' applications (labour.match_chance; the product at most 1)",
                    "0.7"));

    private static Field<CouncilHazardsConfig, Double> multiplier(String key, java.util.function.Function<CouncilHazardsConfig,
            Double> getter, String what, String example) {
        return Field.<CouncilHazardsConfig, Double>of(key, ValueSpec.number(CouncilHazardsConfig.MIN, CouncilHazardsConfig.MAX),
                getter, "multiplier on the region's " + what, "ratio", example).withFallback(1.0);
    }

    static final ObjectSpec<LabourConfig> LABOUR = new ObjectSpec<>("labour market", "search, matching, wages and inactivity",
            v -> LabourConfig.builder()
                    .matchingRounds(v.integer("matching_rounds"))
                    .applicationsPerSearcher(v.number("applications_per_searcher"))
                    .onTheJobSearchShare(v.number("on_the_job_search_share"))
                    .onTheJobApplications(v.integer("on_the_job_applications"))
                    .jobSwitchPremium(v.number("job_switch_premium"))
                    .minimumMonthlyWage(v.number("minimum_monthly_wage"))
                    .reservationStartRatio(v.number("reservation_start_ratio"))
                    .reservationDecayPerMonth(v.number("reservation_decay_per_month"))
                    .reservationSkillStep(v.number("reservation_skill_step"))
                    .permittedPeriodMonths(v.integer("permitted_period_months"))
                    .scarringAfterMonths(v.integer("scarring_after_months"))
                    .scarringMonthlyHazard(v.number("scarring_monthly_hazard"))
                    .skillProductivity(v.get("skill_productivity"))
                    .tightnessWageElasticity(v.number("tightness_wage_elasticity"))
                    .wageMarkupMin(v.number("wage_markup_min"))
                    .wageMarkupMax(v.number("wage_markup_max"))
                    .layoffTolerance(v.number("layoff_tolerance"))
                    .screeningSkillWeight(v.number("screening_skill_weight"))
                    .screeningPenaltyPerMonth(v.number("screening_penalty_per_month"))
                    .screeningSpellCapMonths(v.integer("screening_spell_cap_months"))
                    .minSearchIntensity(v.number("min_search_intensity"))
                    .stretchApplicationShare(v.number("stretch_application_share"))
                    .matchChance(v.number("match_chance"))
                    .directSearchMatchChance(v.number("direct_search_match_chance"))
                    .recruitingChance(v.number("recruiting_chance"))
                    .payReviewAdjustment(v.number("pay_review_adjustment"))
                    .tenurePayStep(v.number("tenure_pay_step"))
                    .tenurePayCapYears(v.integer("tenure_pay_cap_years"))
                    .inactivity(v.get("inactivity"))
                    .discouragement(v.get("discouragement"))
                    .councils(v.get("councils"))
                    .hours(v.get("hours"))
                    .employability(v.get("employability"))
                    .build(),
            of("matching_rounds", ValueSpec.integer(1, 10), LabourConfig::matchingRounds, "application and offer rounds a month", "", "3"),
            of("applications_per_searcher", ValueSpec.number(0.1, 16), LabourConfig::applicationsPerSearcher,
                    "applications an unemployed searcher sends a round, on average (a fraction is a chance of one "
                            + "more): the efficiency of search from unemployment", "", "3"),
            of("on_the_job_search_share", ValueSpec.share(), LabourConfig::onTheJobSearchShare,
                    "share of the employed looking for a better job in a month", "share", "0.04"),
            of("on_the_job_applications", ValueSpec.integer(1, 16), LabourConfig::onTheJobApplications,
                    "applications an employed searcher sends a round", "", "2"),
            of("job_switch_premium", ValueSpec.number(0, 1), LabourConfig::jobSwitchPremium,
                    "pay rise needed to change employer", "share", "0.05"),
            of("minimum_monthly_wage", ValueSpec.number(0, 20_000), LabourConfig::minimumMonthlyWage,
                    "legal minimum for a full-time job", "£ per month", "1859"),
            of("reservation_start_ratio", ValueSpec.number(0, 2), LabourConfig::reservationStartRatio,
                    "lowest acceptable pay at the start of a spell, as a share of the last wage", "share", "0.9"),
            of("reservation_decay_per_month", ValueSpec.share(), LabourConfig::reservationDecayPerMonth,
                    "monthly fall of the reservation wage while unemployed", "per month", "0.04"),
            of("reservation_skill_step", ValueSpec.number(0, 2), LabourConfig::reservationSkillStep,
                    "someone who has not worked starts asking for the minimum × (1 + this × skill level 0–3)", "ratio", "0.25"),
            of("permitted_period_months", ValueSpec.integer(0, 120), LabourConfig::permittedPeriodMonths,
                    "months a claimant may hold out for usual pay before taking any job they can do", "months", "3"),
            of("scarring_after_months", ValueSpec.integer(0, 120), LabourConfig::scarringAfterMonths,
                    "months out of work after which skills start to depreciate", "months", "12"),
            of("scarring_monthly_hazard", ValueSpec.share(), LabourConfig::scarringMonthlyHazard,
                    "monthly chance of losing a skill level once scarring has begun", "per month", "0.02"),
            of("skill_productivity", Skills.numbers("skill productivity", 10, "ratio"), LabourConfig::skillProductivity,
                    "output of a job by required skill, relative to medium", "ratio", "{none: 0.62, low: 0.78, medium: 1, high: 1.45}"),
            of("tightness_wage_elasticity", ValueSpec.number(0, 2), LabourConfig::tightnessWageElasticity,
                    "elasticity of posted wages to local vacancies per searcher (within the markup bounds)", "", "0.05"),
            of("wage_markup_min", ValueSpec.number(0.5, 1), LabourConfig::wageMarkupMin,
                    "lowest tightness markup on posted wages", "ratio", "0.9"),
            of("wage_markup_max", ValueSpec.number(1, 2), LabourConfig::wageMarkupMax,
                    "highest tightness markup on posted wages", "ratio", "1.1"),
            of("layoff_tolerance", ValueSpec.share(), LabourConfig::layoffTolerance,
                    "share of excess staff a firm keeps each month", "share", "0.5"),
            of("screening_skill_weight", ValueSpec.number(0, 10), LabourConfig::screeningSkillWeight,
                    "screening score per skill level above the job's requirement (luck adds 0–1)", "", "0.5"),
            of("screening_penalty_per_month", ValueSpec.number(0, 1), LabourConfig::screeningPenaltyPerMonth,
                    "screening score lost per month of the current unemployment spell", "per month", "0.03"),
            of("screening_spell_cap_months", ValueSpec.integer(0, 120), LabourConfig::screeningSpellCapMonths,
                    "months of a spell after which the screening penalty stops growing", "months", "24"),
            of("min_search_intensity", ValueSpec.share(), LabourConfig::minSearchIntensity,
                    "lowest search intensity that a training course's lock-in leaves", "share", "0.05"),
            of("stretch_application_share", ValueSpec.share(), LabourConfig::stretchApplicationShare,
                    "share of an unemployed searcher's applications sent to vacancies one skill level above their "
                            + "own (screened below qualified applicants)", "share", "0.3"),
            of("match_chance", ValueSpec.number(0.01, 1), LabourConfig::matchChance,
                    "chance that an unemployed searcher's application is a match the employer would hire (the rest "
                            + "are turned down whatever the vacancies)", "share", "1"),
            of("direct_search_match_chance", ValueSpec.number(0.01, 1), LabourConfig::directSearchMatchChance,
                    "the same chance for an application from someone searching straight from inactivity "
                            + "(inactivity[].direct_search_share)", "share", "1"),
            of("recruiting_chance", ValueSpec.number(0.01, 1), LabourConfig::recruitingChance,
                    "monthly chance that a post with vacancies is recruiting this month (taking applications and "
                            + "making offers); the others stay open, so a vacancy lasts about 1/chance months "
                            + "(1: every vacancy can be filled in the month it opens)", "share", "0.5"),
            of("pay_review_adjustment", ValueSpec.share(), LabourConfig::payReviewAdjustment,
                    "share of the gap to the employer's posted wage for the job (plus the tenure step) a stayer's "
                            + "pay closes at the annual review; pay never falls", "share", "0.5"),
            of("tenure_pay_step", ValueSpec.number(0, 0.2), LabourConfig::tenurePayStep,
                    "pay above the posted wage per year in the job, at the review", "per year", "0.01"),
            of("tenure_pay_cap_years", ValueSpec.integer(0, 50), LabourConfig::tenurePayCapYears,
                    "years in the job after which the tenure step stops adding", "years", "10"),
            of("inactivity", new ListSpec<>(REASON, 0), LabourConfig::inactivity, "hazards by inactivity reason", "", "see below"),
            of("discouragement", DISCOURAGEMENT, LabourConfig::discouragement, "the hidden unemployed", "", "see below"),
            Field.<LabourConfig, java.util.List<CouncilHazardsConfig>>of("councils", new ListSpec<>(COUNCIL_HAZARDS, 0),
                    LabourConfig::councils, "councils whose people enter or leave inactivity more or less often than the "
                            + "region's (fitted by lpip calibrate; councils not listed: 1)", "", "see below")
                    .withFallback(java.util.List.of()),
            Field.<LabourConfig, HoursConfig>of("hours", HoursFormat.HOURS, LabourConfig::hours,
                    "full-time and part-time hours", "", "see below").withFallback(UkHours.hours()),
            Field.<LabourConfig, EmployabilityConfig>of("employability", EmployabilityFormat.EMPLOYABILITY, LabourConfig::employability,
                    "how the match chance falls with the months of a spell and differs between people", "", "see below")
                    .withFallback(UkDefaults.employability()));


    static final ObjectSpec<double[]> PUBLIC_EMPLOYERS = new ObjectSpec<>("public employers",
            "a council's public-services jobs by employer, each with a site in every zone of the council (sum to 1)",
            v -> {
                double[] a = {v.number("health"), v.number("education"), v.number("council")};
                Skills.requireSumOne(a, "health, education and council");
                return a;
            },
            of("health", ValueSpec.share(), a -> a[0], "the health board or trust", "share", "0.33"),
            of("education", ValueSpec.share(), a -> a[1], "schools, colleges and universities", "share", "0.25"),
            of("council", ValueSpec.share(), a -> a[2], "the council and other public bodies", "share", "0.42"));

    static final ObjectSpec<FirmDynamicsConfig> FIRMS = new ObjectSpec<>("firm dynamics", "demand shocks, planning, entry and exit",
            v -> FirmDynamicsConfig.builder()
                    .demandShockSigma(v.number("demand_shock_sigma"))
                    .demandMeanReversion(v.number("demand_mean_reversion"))
                    .expectationSmoothing(v.number("expectation_smoothing"))
                    .exitHazardMonthly(v.number("exit_hazard_monthly"))
                    .exitHazardHalfJobs(v.integer("exit_hazard_half_jobs"))
                    .negativeCashMonthsToExit(v.integer("negative_cash_months_to_exit"))
                    .entriesPerThousandResidentsYearly(v.number("entries_per_thousand_residents_yearly"))
                    .entryBroadbandEffect(v.number("entry_broadband_effect"))
                    .entrantJobs(v.number("entrant_jobs"))
                    .entrantSizeSigma(v.number("entrant_size_sigma"))
                    .entrantProductivitySpread(v.number("entrant_productivity_spread"))
                    .startUpCapitalMonths(v.number("start_up_capital_months"))
                    .cashBufferMonths(v.number("cash_buffer_months"))
                    .dividendPayout(v.number("dividend_payout"))
                    .businessRatesShareOfSales(v.number("business_rates_share_of_sales"))
                    .startingJobsPerEmployed(v.number("starting_jobs_per_employed"))
                    .urbanJobWeight(v.number("urban_job_weight"))
                    .ruralJobWeight(v.number("rural_job_weight"))
                    .startingProductivitySpread(v.number("starting_productivity_spread"))
                    .exogenousExitMaxJobs(v.integer("exogenous_exit_max_jobs"))
                    .lossExitHazardMonthly(v.number("loss_exit_hazard_monthly"))
                    .customerMoveMonthly(v.number("customer_move_monthly"))
                    .entryExitSmoothing(v.number("entry_exit_smoothing"))
                    .sizeTailExponent(v.number("size_tail_exponent"))
                    .maxSiteJobs(v.integer("max_site_jobs"))
                    .publicEmployerShares(v.get("public_employer_shares"))
                    .costPassThrough(v.number("cost_pass_through"))
                    .providerSubstitution(v.number("provider_substitution"))
                    .localOwnershipTradable(v.number("local_ownership_tradable"))
                    .localOwnershipLocalServices(v.number("local_ownership_local_services"))
                    .build(),
            of("demand_shock_sigma", ValueSpec.number(0, 1), FirmDynamicsConfig::demandShockSigma,
                    "monthly s.d. of log demand shocks, proportional to size (Gibrat)", "", "0.035"),
            of("demand_mean_reversion", ValueSpec.share(), FirmDynamicsConfig::demandMeanReversion,
                    "monthly pull of shocks back to zero", "per month", "0.03"),
            of("expectation_smoothing", ValueSpec.share(), FirmDynamicsConfig::expectationSmoothing,
                    "weight of the newest month in expected demand", "share", "0.3"),
            of("exit_hazard_monthly", ValueSpec.share(), FirmDynamicsConfig::exitHazardMonthly,
                    "monthly closure chance of a one-person firm; halves by exit_hazard_half_jobs", "per month", "0.012"),
            of("exit_hazard_half_jobs", ValueSpec.integer(1, 1000), FirmDynamicsConfig::exitHazardHalfJobs,
                    "size at which the closure chance is half a one-person firm's", "jobs", "10"),
            of("negative_cash_months_to_exit", ValueSpec.integer(1, 120), FirmDynamicsConfig::negativeCashMonthsToExit,
                    "months of negative cash before a firm closes", "months", "6"),
            of("entries_per_thousand_residents_yearly", ValueSpec.number(0, 100), FirmDynamicsConfig::entriesPerThousandResidentsYearly,
                    "new firms per 1,000 residents with full broadband", "per year", "4.5"),
            of("entry_broadband_effect", ValueSpec.share(), FirmDynamicsConfig::entryBroadbandEffect,
                    "proportional fall in entry where broadband coverage is zero", "share", "0.5"),
            of("entrant_jobs", ValueSpec.number(0.5, 100), FirmDynamicsConfig::entrantJobs,
                    "median jobs of a new firm", "jobs", "2"),
            of("entrant_size_sigma", ValueSpec.number(0, 3), FirmDynamicsConfig::entrantSizeSigma,
                    "log-normal spread of a new firm's size", "", "0.5"),
            of("entrant_productivity_spread", ValueSpec.number(0, 1), FirmDynamicsConfig::entrantProductivitySpread,
                    "log-normal spread of a new firm's productivity around its sector's", "", "0.15"),
            of("start_up_capital_months", ValueSpec.number(0, 60), FirmDynamicsConfig::startUpCapitalMonths,
                    "start-up capital of a new firm", "months of sales", "3"),
            of("cash_buffer_months", ValueSpec.number(0, 60), FirmDynamicsConfig::cashBufferMonths,
                    "cash kept before profits are paid out", "months of costs", "2"),
            of("dividend_payout", ValueSpec.share(), FirmDynamicsConfig::dividendPayout,
                    "share of cash above the buffer paid out each month", "share", "0.5"),
            of("business_rates_share_of_sales", ValueSpec.share(), FirmDynamicsConfig::businessRatesShareOfSales,
                    "business rates as a share of sales", "share", "0.012"),
            of("starting_jobs_per_employed", ValueSpec.number(0.5, 2), FirmDynamicsConfig::startingJobsPerEmployed,
                    "jobs created at the start per person drawn as employed: the level of labour demand "
                            + "(the excess starts as vacancies)", "ratio", "1.07"),
            of("urban_job_weight", ValueSpec.number(0.1, 10), FirmDynamicsConfig::urbanJobWeight,
                    "starting jobs per employed resident in an urban zone, relative to the region", "ratio", "1.25"),
            of("rural_job_weight", ValueSpec.number(0.1, 10), FirmDynamicsConfig::ruralJobWeight,
                    "starting jobs per employed resident in a rural zone, relative to the region", "ratio", "0.85"),
            of("starting_productivity_spread", ValueSpec.number(0, 1), FirmDynamicsConfig::startingProductivitySpread,
                    "log-normal spread of a starting firm's productivity around its sector's", "", "0.15"),
            of("exogenous_exit_max_jobs", ValueSpec.integer(1, 100_000), FirmDynamicsConfig::exogenousExitMaxJobs,
                    "enterprises of this many jobs or more never close by the exogenous hazard", "jobs", "10"),
            of("loss_exit_hazard_monthly", ValueSpec.share(), FirmDynamicsConfig::lossExitHazardMonthly,
                    "monthly closure chance after a year of operating losses; rises with each further year", "per month", "0.03"),
            of("customer_move_monthly", ValueSpec.number(0.01, 1), FirmDynamicsConfig::customerMoveMonthly,
                    "share of a closed firm's remaining customers that move to rivals each month", "per month", "0.25"),
            of("entry_exit_smoothing", ValueSpec.number(0.001, 1), FirmDynamicsConfig::entryExitSmoothing,
                    "weight of the newest month in the trend of closed posts that entry replaces", "share", "0.0833"),
            of("size_tail_exponent", ValueSpec.number(0.1, 5), FirmDynamicsConfig::sizeTailExponent,
                    "exponent of the power law of enterprise sizes within a size band (1: Zipf's law)", "", "1.06"),
            of("max_site_jobs", ValueSpec.integer(10, 1_000_000), FirmDynamicsConfig::maxSiteJobs,
                    "largest site of a private enterprise; larger ones have sites in several zones", "jobs", "400"),
            of("public_employer_shares", PUBLIC_EMPLOYERS, FirmDynamicsConfig::publicEmployerShares,
                    "each council's public-services jobs by employer", "shares", "{health: 0.33, education: 0.25, council: 0.42}"),
            of("cost_pass_through", ValueSpec.share(), FirmDynamicsConfig::costPassThrough,
                    "share of a local- or public-services firm's cost saving from higher productivity passed on in "
                            + "its price (the rest raises pay and profit)", "share", "0.8"),
            of("provider_substitution", ValueSpec.number(0, 20), FirmDynamicsConfig::providerSubstitution,
                    "elasticity of substitution between local- (or public-) services firms: the share a lower "
                            + "price wins", "elasticity", "4"),
            of("local_ownership_tradable", ValueSpec.share(), FirmDynamicsConfig::localOwnershipTradable,
                    "share of a tradable firm's paid-out profit received by owners living in the region", "share", "0.25"),
            of("local_ownership_local_services", ValueSpec.share(), FirmDynamicsConfig::localOwnershipLocalServices,
                    "the same for a local-services firm", "share", "0.6"));

    static final ObjectSpec<HouseholdConfig> HOUSEHOLDS = new ObjectSpec<>("households", "spending",
            v -> HouseholdConfig.builder()
                    .propensityToConsumeIncome(v.number("propensity_to_consume_income"))
                    .propensityToConsumeWealth(v.number("propensity_to_consume_wealth"))
                    .localSpendingShare(v.number("local_spending_share"))
                    .localServicesSubstitution(v.number("local_services_substitution"))
                    .initialSavingsPerAdult(v.number("initial_savings_per_adult"))
                    .build(),
            of("propensity_to_consume_income", ValueSpec.share(), HouseholdConfig::propensityToConsumeIncome,
                    "share of disposable income spent each month", "share", "0.9"),
            of("propensity_to_consume_wealth", ValueSpec.share(), HouseholdConfig::propensityToConsumeWealth,
                    "share of positive savings spent each month", "per month", "0.005"),
            of("local_spending_share", ValueSpec.share(), HouseholdConfig::localSpendingShare,
                    "share of spending at local services within reach at base prices; the rest leaves the region",
                    "share", "0.45"),
            of("local_services_substitution", ValueSpec.number(0, 10), HouseholdConfig::localServicesSubstitution,
                    "elasticity of substitution between local services and other goods (below 1: cheaper local "
                            + "services take a smaller share of spending, but more of them is bought)", "elasticity", "0.6"),
            of("initial_savings_per_adult", ValueSpec.number(0, 1_000_000), HouseholdConfig::initialSavingsPerAdult,
                    "savings a household starts with, per adult", "£", "3000"));

    private static Field<TaxBenefitConfig, Double> pounds(String key, java.util.function.Function<TaxBenefitConfig, Double> g,
                                                          String description, String example) {
        return of(key, ValueSpec.number(0, 1_000_000), g, description, "£ per month", example);
    }

    private static Field<TaxBenefitConfig, Double> rate(String key, java.util.function.Function<TaxBenefitConfig, Double> g,
                                                        String description, String example) {
        return of(key, ValueSpec.share(), g, description, "share", example);
    }

    static final ObjectSpec<TaxBenefitConfig> TAX_BENEFIT = new ObjectSpec<>("taxes and benefits",
            "simplified UK income tax, National Insurance, Universal-Credit-like benefit and State Pension",
            v -> TaxBenefitConfig.builder()
                    .personalAllowance(v.number("personal_allowance"))
                    .basicRate(v.number("basic_rate"))
                    .higherThreshold(v.number("higher_threshold"))
                    .higherRate(v.number("higher_rate"))
                    .additionalThreshold(v.number("additional_threshold"))
                    .additionalRate(v.number("additional_rate"))
                    .niPrimaryThreshold(v.number("ni_primary_threshold"))
                    .niUpperEarningsLimit(v.number("ni_upper_earnings_limit"))
                    .niMainRate(v.number("ni_main_rate"))
                    .niUpperRate(v.number("ni_upper_rate"))
                    .employerNiThreshold(v.number("employer_ni_threshold"))
                    .employerNiRate(v.number("employer_ni_rate"))
                    .benefitFirstAdult(v.number("benefit_first_adult"))
                    .benefitOtherAdult(v.number("benefit_other_adult"))
                    .benefitPerChild(v.number("benefit_per_child"))
                    .workAllowance(v.number("work_allowance"))
                    .benefitTaper(v.number("benefit_taper"))
                    .statePension(v.number("state_pension"))
                    .build(),
            pounds("personal_allowance", TaxBenefitConfig::personalAllowance, "income tax personal allowance", "1047.5"),
            rate("basic_rate", TaxBenefitConfig::basicRate, "income tax basic rate", "0.2"),
            pounds("higher_threshold", TaxBenefitConfig::higherThreshold, "income where the higher rate starts", "4189.17"),
            rate("higher_rate", TaxBenefitConfig::higherRate, "income tax higher rate", "0.4"),
            pounds("additional_threshold", TaxBenefitConfig::additionalThreshold, "income where the additional rate starts", "10428.33"),
            rate("additional_rate", TaxBenefitConfig::additionalRate, "income tax additional rate", "0.45"),
            pounds("ni_primary_threshold", TaxBenefitConfig::niPrimaryThreshold, "employee NI primary threshold", "1048"),
            pounds("ni_upper_earnings_limit", TaxBenefitConfig::niUpperEarningsLimit, "employee NI upper earnings limit", "4189"),
            rate("ni_main_rate", TaxBenefitConfig::niMainRate, "employee NI rate between the thresholds", "0.08"),
            rate("ni_upper_rate", TaxBenefitConfig::niUpperRate, "employee NI rate above the upper limit", "0.02"),
            pounds("employer_ni_threshold", TaxBenefitConfig::employerNiThreshold, "employer NI secondary threshold", "758"),
            rate("employer_ni_rate", TaxBenefitConfig::employerNiRate, "employer NI rate", "0.138"),
            pounds("benefit_first_adult", TaxBenefitConfig::benefitFirstAdult, "standard allowance, first adult", "393.45"),
            pounds("benefit_other_adult", TaxBenefitConfig::benefitOtherAdult, "each further working-age adult", "224.15"),
            pounds("benefit_per_child", TaxBenefitConfig::benefitPerChild, "each child", "287.92"),
            pounds("work_allowance", TaxBenefitConfig::workAllowance, "earnings disregarded (households with children)", "404"),
            rate("benefit_taper", TaxBenefitConfig::benefitTaper, "withdrawal per £ of net earnings", "0.55"),
            pounds("state_pension", TaxBenefitConfig::statePension, "State Pension per pensioner", "958.53"));

    static final ObjectSpec<CouncilFinanceConfig> COUNCIL_FINANCE = new ObjectSpec<>("council finance",
            "council tax and reserves (the central grant is set so starting budgets balance)",
            v -> CouncilFinanceConfig.builder()
                    .councilTaxPerHouseholdMonthly(v.number("council_tax_per_household_monthly"))
                    .reserveTargetMonths(v.number("reserve_target_months"))
                    .reserveAdjustmentPerMonth(v.number("reserve_adjustment_per_month"))
                    .incomeTrendWeight(v.number("income_trend_weight"))
                    .build(),
            of("council_tax_per_household_monthly", ValueSpec.number(0, 10_000), CouncilFinanceConfig::councilTaxPerHouseholdMonthly,
                    "average council tax per occupied dwelling", "£ per month", "141.67"),
            of("reserve_target_months", ValueSpec.number(0, 60), CouncilFinanceConfig::reserveTargetMonths,
                    "reserves a council aims to hold", "months of spending", "3"),
            of("reserve_adjustment_per_month", ValueSpec.share(), CouncilFinanceConfig::reserveAdjustmentPerMonth,
                    "share of the gap to the reserve target closed each month", "per month", "0.02"),
            of("income_trend_weight", ValueSpec.share(), CouncilFinanceConfig::incomeTrendWeight,
                    "weight of the newest month in the income trend that budgets follow", "share", "0.0833"));
}

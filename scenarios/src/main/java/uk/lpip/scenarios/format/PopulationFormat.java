package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import uk.lpip.sim.config.PopulationConfig;
import uk.lpip.sim.config.PopulationConfig.AgeBandConfig;
import uk.lpip.sim.config.PopulationConfig.HouseholdTypeConfig;
import uk.lpip.sim.config.PopulationConfig.StatusShares;

/** The {@code population} section: household structure, age bands, skills, statuses, demography. */
final class PopulationFormat {
    private PopulationFormat() {
    }

    static final ObjectSpec<HouseholdTypeConfig> HOUSEHOLD_TYPE = new ObjectSpec<>("household type",
            "a household composition; its adults' ages give the place its age structure",
            v -> {
                if (v.integer("min_adult_age") > v.integer("max_adult_age")) {
                    throw new IllegalArgumentException("min_adult_age (" + v.integer("min_adult_age")
                            + ") is above max_adult_age (" + v.integer("max_adult_age") + ")");
                }
                if (v.integer("min_children") > v.integer("max_children")) {
                    throw new IllegalArgumentException("min_children (" + v.integer("min_children")
                            + ") is above max_children (" + v.integer("max_children") + ")");
                }
                if (v.integer("working_age_adults") + v.integer("pensioners") == 0) {
                    throw new IllegalArgumentException("a household needs at least one adult (working_age_adults or pensioners)");
                }
                return HouseholdTypeConfig.builder().name(v.text("name")).share(v.number("share"))
                        .workingAgeAdults(v.integer("working_age_adults")).minAdultAge(v.integer("min_adult_age"))
                        .maxAdultAge(v.integer("max_adult_age")).minChildren(v.integer("min_children"))
                        .maxChildren(v.integer("max_children")).pensioners(v.integer("pensioners")).build();
            },
            of("name", ValueSpec.id(), HouseholdTypeConfig::name, "a name for the type", "", "couple_with_children"),
            of("share", ValueSpec.share(), HouseholdTypeConfig::share, "share of households (all types sum to 1)", "share", "0.20"),
            of("working_age_adults", ValueSpec.integer(0, 6), HouseholdTypeConfig::workingAgeAdults,
                    "adults of working age", "persons", "2"),
            Field.<HouseholdTypeConfig, Integer>of("min_adult_age", ValueSpec.integer(16, 64), HouseholdTypeConfig::minAdultAge,
                    "youngest working-age adult", "years", "25").withFallback(16),
            Field.<HouseholdTypeConfig, Integer>of("max_adult_age", ValueSpec.integer(16, 64), HouseholdTypeConfig::maxAdultAge,
                    "oldest working-age adult", "years", "54").withFallback(64),
            Field.<HouseholdTypeConfig, Integer>of("min_children", ValueSpec.integer(0, 8), HouseholdTypeConfig::minChildren,
                    "fewest children under 16", "persons", "1").withFallback(0),
            Field.<HouseholdTypeConfig, Integer>of("max_children", ValueSpec.integer(0, 8), HouseholdTypeConfig::maxChildren,
                    "most children under 16", "persons", "3").withFallback(0),
            Field.<HouseholdTypeConfig, Integer>of("pensioners", ValueSpec.integer(0, 3), HouseholdTypeConfig::pensioners,
                    "adults over the state pension age", "persons", "0").withFallback(0));

    static final ObjectSpec<AgeBandConfig> AGE_BAND = new ObjectSpec<>("age band", "a band of working ages and its share",
            v -> {
                if (v.integer("from_age") > v.integer("to_age")) {
                    throw new IllegalArgumentException("from_age (" + v.integer("from_age") + ") is above to_age ("
                            + v.integer("to_age") + ")");
                }
                return AgeBandConfig.builder().fromAge(v.integer("from_age")).toAge(v.integer("to_age"))
                        .share(v.number("share")).build();
            },
            of("from_age", ValueSpec.integer(16, 64), AgeBandConfig::fromAge, "youngest age in the band", "years", "25"),
            of("to_age", ValueSpec.integer(16, 64), AgeBandConfig::toAge, "oldest age in the band", "years", "34"),
            of("share", ValueSpec.share(), AgeBandConfig::share, "share of working-age adults in the band (bands sum to 1)",
                    "share", "0.214"));

    static final ObjectSpec<StatusShares> STATUS = new ObjectSpec<>("status shares",
            "labour status of working-age adults at the start (sum to 1)",
            v -> {
                StatusShares s = StatusShares.builder().employed(v.number("employed")).unemployed(v.number("unemployed"))
                        .student(v.number("student")).caring(v.number("caring")).longTermSick(v.number("long_term_sick"))
                        .retired(v.number("retired")).discouraged(v.number("discouraged")).build();
                Skills.requireSumOne(s.asArray(), "employed, unemployed, student, caring, long_term_sick, retired and discouraged");
                return s;
            },
            of("employed", ValueSpec.share(), StatusShares::employed, "in work", "share", "0.755"),
            of("unemployed", ValueSpec.share(), StatusShares::unemployed, "without work and searching (ILO)", "share", "0.03"),
            of("student", ValueSpec.share(), StatusShares::student, "inactive: in education", "share", "0.06"),
            of("caring", ValueSpec.share(), StatusShares::caring, "inactive: looking after family or home", "share", "0.04"),
            of("long_term_sick", ValueSpec.share(), StatusShares::longTermSick, "inactive: long-term sick or disabled", "share", "0.065"),
            of("retired", ValueSpec.share(), StatusShares::retired, "inactive: retired before the state pension age", "share", "0.025"),
            of("discouraged", ValueSpec.share(), StatusShares::discouraged,
                    "inactive: wants work but has stopped searching (hidden unemployed)", "share", "0.025"));

    static final ObjectSpec<PopulationConfig> POPULATION = new ObjectSpec<>("population",
            "household structure (and so ages), skills, labour statuses, demographic rates",
            v -> PopulationConfig.builder()
                    .householdTypes(v.get("household_types"))
                    .workingAgeBands(v.get("working_age_bands"))
                    .adultSkillShares(v.get("adult_skill_shares"))
                    .statusShares(v.get("status_shares"))
                    .schoolLeaverSkillShares(v.get("school_leaver_skill_shares"))
                    .graduateSkillShares(v.get("graduate_skill_shares"))
                    .statePensionAgeYears(v.integer("state_pension_age_years"))
                    .mortalityAt66Yearly(v.number("mortality_at_66_yearly"))
                    .mortalityGrowthPerYear(v.number("mortality_growth_per_year"))
                    .mortalityCapYearly(v.number("mortality_cap_yearly"))
                    .pensionerMeanYearsAboveSpa(v.number("pensioner_mean_years_above_spa"))
                    .birthsPerAdult20to44Yearly(v.number("births_per_adult_20_to_44_yearly"))
                    .schoolStayOnShare(v.number("school_stay_on_share"))
                    .studentExitHazardAfter18(v.number("student_exit_hazard_after_18_monthly"))
                    .build(),
            of("household_types", new ListSpec<>(HOUSEHOLD_TYPE, 1), PopulationConfig::householdTypes,
                    "household compositions and their shares", "", "see below"),
            of("working_age_bands", new ListSpec<>(AGE_BAND, 1), PopulationConfig::workingAgeBands,
                    "age structure of adults aged 16–64 (with household types' age ranges)", "", "see below"),
            of("adult_skill_shares", Skills.shares("adult skill shares"), PopulationConfig::adultSkillShares,
                    "highest qualification of working-age adults", "shares", "{none: 0.18, low: 0.31, medium: 0.17, high: 0.34}"),
            of("status_shares", STATUS, PopulationConfig::statusShares, "labour status at the start", "shares", "see below"),
            of("school_leaver_skill_shares", Skills.shares("school leaver skill shares"), PopulationConfig::schoolLeaverSkillShares,
                    "skills of those leaving education at 16–18", "shares", "{none: 0.3, low: 0.6, medium: 0.1, high: 0}"),
            of("graduate_skill_shares", Skills.shares("graduate skill shares"), PopulationConfig::graduateSkillShares,
                    "skills of those leaving education at 19 or later", "shares", "{none: 0.02, low: 0.18, medium: 0.3, high: 0.5}"),
            of("state_pension_age_years", ValueSpec.integer(55, 75), PopulationConfig::statePensionAgeYears,
                    "age of retirement onto the state pension", "years", "66"),
            of("mortality_at_66_yearly", ValueSpec.share(), PopulationConfig::mortalityAt66Yearly,
                    "annual probability of death at 66 (Gompertz intercept)", "per year", "0.012"),
            of("mortality_growth_per_year", ValueSpec.number(0, 0.3), PopulationConfig::mortalityGrowthPerYear,
                    "proportional rise in mortality per year of age", "per year", "0.095"),
            of("mortality_cap_yearly", ValueSpec.number(0.01, 1), PopulationConfig::mortalityCapYearly,
                    "highest annual probability of death the Gompertz curve may reach", "per year", "0.6"),
            of("pensioner_mean_years_above_spa", ValueSpec.number(0.5, 30), PopulationConfig::pensionerMeanYearsAboveSpa,
                    "mean years above the state pension age of pensioners at the start (exponential)", "years", "9"),
            of("births_per_adult_20_to_44_yearly", ValueSpec.number(0, 0.3), PopulationConfig::birthsPerAdult20to44Yearly,
                    "births per adult aged 20–44", "per year", "0.045"),
            of("school_stay_on_share", ValueSpec.share(), PopulationConfig::schoolStayOnShare,
                    "share of 16-year-olds who stay in education", "share", "0.85"),
            of("student_exit_hazard_after_18_monthly", ValueSpec.share(), PopulationConfig::studentExitHazardAfter18,
                    "monthly chance that a student over 18 leaves education", "per month", "0.06"));
}

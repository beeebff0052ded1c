package uk.lpip.sim.metrics;

/** Every metric recorded per area and month, with its unit. Names are the {@code metric} column of outputs. */
public enum Metric {
    POPULATION("population", "persons", "residents of all ages"),
    WORKING_AGE_POPULATION("working_age_population", "persons", "residents aged 16–64"),
    EMPLOYED("employed", "persons", "employed residents aged 16–64"),
    UNEMPLOYED("unemployed", "persons", "ILO unemployed residents (without work and searching)"),
    EMPLOYMENT_RATE("employment_rate", "share", "employed / working-age population (16–64)"),
    UNEMPLOYMENT_RATE("unemployment_rate", "share", "ILO unemployed / economically active"),
    INACTIVITY_RATE("inactivity_rate", "share", "economically inactive / working-age population (16–64)"),
    INACTIVE_STUDENT_RATE("inactive_student_rate", "share", "students / working-age population"),
    INACTIVE_CARING_RATE("inactive_caring_rate", "share", "inactive because caring / working-age population"),
    INACTIVE_LONG_TERM_SICK_RATE("inactive_long_term_sick_rate", "share", "long-term sick / working-age population"),
    INACTIVE_RETIRED_RATE("inactive_retired_rate", "share", "retired before pension age / working-age population"),
    DISCOURAGED_RATE("discouraged_rate", "share", "discouraged (hidden unemployed) / working-age population"),
    DISCOURAGED_SHARE_OF_INACTIVE("discouraged_share_of_inactive", "share", "discouraged / economically inactive"),
    LONG_TERM_UNEMPLOYMENT_SHARE("long_term_unemployment_share", "share", "unemployed for 12 months or more / unemployed"),
    VACANCIES("vacancies", "jobs", "vacancies left open at the end of the month, by workplace"),
    VACANCIES_PER_SEARCHER("vacancies_per_searcher", "ratio", "open vacancies / unemployed searchers (vacancies per unemployed person)"),
    FLOW_E_U("flow_e_u", "persons per month", "working-age residents moving from employment to unemployment since last month"),
    FLOW_E_I("flow_e_i", "persons per month", "working-age residents moving from employment to inactivity since last month"),
    FLOW_U_E("flow_u_e", "persons per month", "working-age residents moving from unemployment to employment since last month"),
    FLOW_U_I("flow_u_i", "persons per month", "working-age residents moving from unemployment to inactivity since last month"),
    FLOW_I_E("flow_i_e", "persons per month", "working-age residents moving from inactivity to employment since last month"),
    FLOW_I_U("flow_i_u", "persons per month", "working-age residents moving from inactivity to unemployment since last month"),
    FLOW_RATE_E_U("flow_rate_e_u", "share per month", "flow_e_u / working-age residents in employment last month (and of working age now); councils and region"),
    FLOW_RATE_E_I("flow_rate_e_i", "share per month", "flow_e_i / working-age residents in employment last month (and of working age now); councils and region"),
    FLOW_RATE_U_E("flow_rate_u_e", "share per month", "flow_u_e / working-age residents in unemployment last month (and of working age now); councils and region"),
    FLOW_RATE_U_I("flow_rate_u_i", "share per month", "flow_u_i / working-age residents in unemployment last month (and of working age now); councils and region"),
    FLOW_RATE_I_E("flow_rate_i_e", "share per month", "flow_i_e / working-age residents in inactivity last month (and of working age now); councils and region"),
    FLOW_RATE_I_U("flow_rate_i_u", "share per month", "flow_i_u / working-age residents in inactivity last month (and of working age now); councils and region"),
    QUARTERLY_RATE_E_U("quarterly_rate_e_u", "share per quarter", "working-age residents in employment three months ago and in unemployment now / those in employment then (cf. ONS LFS flows, X02); councils and region"),
    QUARTERLY_RATE_E_I("quarterly_rate_e_i", "share per quarter", "working-age residents in employment three months ago and in inactivity now / those in employment then (cf. ONS LFS flows, X02); councils and region"),
    QUARTERLY_RATE_U_E("quarterly_rate_u_e", "share per quarter", "working-age residents in unemployment three months ago and in employment now / those in unemployment then (cf. ONS LFS flows, X02); councils and region"),
    QUARTERLY_RATE_U_I("quarterly_rate_u_i", "share per quarter", "working-age residents in unemployment three months ago and in inactivity now / those in unemployment then (cf. ONS LFS flows, X02); councils and region"),
    QUARTERLY_RATE_I_E("quarterly_rate_i_e", "share per quarter", "working-age residents in inactivity three months ago and in employment now / those in inactivity then (cf. ONS LFS flows, X02); councils and region"),
    QUARTERLY_RATE_I_U("quarterly_rate_i_u", "share per quarter", "working-age residents in inactivity three months ago and in unemployment now / those in inactivity then (cf. ONS LFS flows, X02); councils and region"),
    U_EXIT_RATE_UNDER_3_MONTHS("u_exit_rate_under_3_months", "share per month", "unemployed last month with a spell of under 3 months who are employed or inactive now / those unemployed (region only)"),
    U_EXIT_RATE_3_TO_6_MONTHS("u_exit_rate_3_to_6_months", "share per month", "unemployed last month with a spell of 3 to 5 months who are employed or inactive now / those unemployed (region only)"),
    U_EXIT_RATE_6_TO_12_MONTHS("u_exit_rate_6_to_12_months", "share per month", "unemployed last month with a spell of 6 to 11 months who are employed or inactive now / those unemployed (region only)"),
    U_EXIT_RATE_12_MONTHS_PLUS("u_exit_rate_12_months_plus", "share per month", "unemployed last month with a spell of 12 months or more who are employed or inactive now / those unemployed (region only)"),
    VACANCY_RATE("vacancy_rate", "share", "open vacancies / (filled jobs + open vacancies), by workplace"),
    VACANCY_FILL_RATE("vacancy_fill_rate", "share per month",
            "share of the vacancies open when the month's matching began that were filled by its end, by workplace"),
    HIRES("hires", "persons per month", "hires of residents, incl. job-to-job moves"),
    JOB_TO_JOB_MOVES("job_to_job_moves", "persons per month", "employed residents who moved to a new employer"),
    LAYOFFS("layoffs", "persons per month", "residents laid off or whose employer closed"),
    REMOTE_HIRES("remote_hires", "persons per month", "hires of residents into remote jobs beyond their commuting reach"),
    PART_TIME_SHARE("part_time_share", "share", "employed residents in part-time jobs / employed residents"),
    MEDIAN_MONTHLY_WAGE("median_monthly_wage", "£ per month",
            "median gross monthly pay of employed residents in full-time jobs (the ASHE full-time median's counterpart)"),
    MEDIAN_MONTHLY_EARNINGS("median_monthly_earnings", "£ per month",
            "median gross monthly earnings of all employed residents, full and part time (part time: pay for its hours)"),
    MEAN_MONTHLY_WAGE("mean_monthly_wage", "£ per month",
            "mean gross monthly earnings of all employed residents, full and part time (part time: pay for its hours)"),
    EARNINGS("earnings", "£ per month", "total gross earnings of employed residents (each job's pay for its hours)"),
    EMPLOYER_NI("employer_ni", "£ per month", "employer National Insurance on the earnings of employed residents"),
    INCOME_TAX_AND_NI("income_tax_and_ni", "£ per month",
            "income tax and employee National Insurance paid by residents (on wages and pensions)"),
    BENEFITS("benefits", "£ per month", "means-tested benefit paid to resident households"),
    COMMUTE_MINUTES_SAVED("commute_minutes_saved", "minutes per day",
            "minutes employed residents save on a day's journeys to and from work against the network at the start of the run"
                    + " (rule of a half for journeys that network did not allow)"),
    MEDIAN_EQUIVALISED_INCOME("median_equivalised_income", "£ per month",
            "person-weighted median of household disposable income / modified OECD scale"),
    RELATIVE_POVERTY_RATE("relative_poverty_rate", "share",
            "persons in households below 60% of the region's median equivalised income"),
    GINI_EQUIVALISED_INCOME("gini_equivalised_income", "index 0–1", "person-weighted Gini of equivalised household income"),
    FIRMS("firms", "firms", "active firms, by location"),
    MICRO_FIRM_SHARE("micro_firm_share", "share",
            "active firms (sites) whose enterprise has 0–9 filled jobs / active firms, by location"),
    SME_EMPLOYMENT_SHARE("sme_employment_share", "share",
            "filled jobs in firms whose enterprise (all its sites, public employers included) has fewer than 250 "
                    + "/ all filled jobs, by location"),
    BROADBAND_ADOPTING_FIRMS("broadband_adopting_firms", "firms", "active firms that have adopted superfast broadband through a rollout"),
    BROADBAND_COVERAGE("broadband_coverage", "share", "share of premises with superfast broadband (zones; councils and region weighted by residents)"),
    FIRM_BIRTHS("firm_births", "firms per month", "new firms"),
    FIRM_DEATHS("firm_deaths", "firms per month", "firms that closed"),
    GVA("gva", "£ per month", "gross value added of firms located in the area"),
    CONSUMPTION("consumption", "£ per month", "household spending (region only)"),
    REAL_CONSUMPTION("real_consumption", "£ per month at base prices",
            "household spending with local services deflated by their prices (region only)"),
    LOCAL_SERVICES_PRICE("local_services_price", "index, base 1", "local services' sales over their sales at base prices (region only)"),
    OWNER_INCOME("owner_income", "£ per month", "profit paid by firms to owners living in the region (region only)"),
    BIRTHS("births", "persons per month", "births to resident households"),
    DEATHS("deaths", "persons per month", "deaths of residents"),
    COUNCIL_INCOME("council_income", "£ per month", "council tax, business rates and central grant"),
    COUNCIL_SPENDING("council_spending", "£ per month", "public services bought and interventions funded"),
    COUNCIL_RESERVES("council_reserves", "£", "council reserves at the end of the month"),
    INTERVENTION_SPEND("intervention_spend", "£ per month", "spending on interventions by all funders (region only)"),
    PROGRAMME_PARTICIPANTS("programme_participants", "persons", "people in a skills programme at the end of the month (region only)"),
    PROGRAMME_STARTS("programme_starts", "persons per month", "people starting a skills programme (region only)"),
    PROGRAMME_COMPLETIONS("programme_completions", "persons per month", "people completing a skills programme (region only)"),
    OUTREACH_CONTACTS("outreach_contacts", "persons per month", "inactive people contacted by outreach (region only)"),
    SCARCITY_LEVEL("scarcity_level", "level 0–4",
            "SEPA scarcity level: 0 normal, 1 early warning, 2 alert, 3 moderate, 4 significant (region only, places with a catchment)"),
    RIVER_FLOW("river_flow", "Ml/d", "flow leaving the catchment's outlet after abstraction, monthly mean (region only)"),
    RESERVOIR_STORAGE("reservoir_storage", "Ml", "water stored in the catchment's reservoirs at the end of the month (region only)"),
    WATER_DEMAND("water_demand", "Ml/d", "abstraction wanted by all licence holders, monthly mean (region only)"),
    WATER_DELIVERED("water_delivered", "Ml/d", "water abstracted by all licence holders, trades included (region only)"),
    WATER_SHORTFALL("water_shortfall", "Ml/d", "water demand not delivered (region only)"),
    WATER_TRADED("water_traded", "Ml/d", "allocation traded between licence holders (region only; market rule)"),
    WATER_PRICE("water_price", "£ per m³", "the water market's clearing price; 0 when nothing traded (region only)"),
    GVA_LOST_TO_WATER("gva_lost_to_water", "£ per month", "value added firms could not produce for want of water (region only)"),
    JOBS_IDLED_BY_WATER("jobs_idled_by_water", "jobs", "full-time equivalent jobs idled by water shortage (region only)"),
    WATER_RESTRICTION_COST("water_restriction_cost", "£ per month",
            "cost to households of restrictions from public supply shortfalls (region only)");

    private final String id;
    private final String unit;
    private final String description;

    Metric(String id, String unit, String description) {
        this.id = id;
        this.unit = unit;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }
}

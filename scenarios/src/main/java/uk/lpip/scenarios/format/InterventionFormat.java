package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.lpip.sim.config.WaterConfig;
import uk.lpip.sim.policy.BroadbandRolloutSpec;
import uk.lpip.sim.policy.CommonSpec;
import uk.lpip.sim.policy.CostType;
import uk.lpip.sim.policy.HandsOffFlowSpec;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.OutreachSpec;
import uk.lpip.sim.policy.SkillsProgrammeSpec;
import uk.lpip.sim.policy.TransportUpgradeSpec.BusChange;
import uk.lpip.sim.policy.TransportUpgradeSpec.LinkChange;
import uk.lpip.sim.policy.TransportUpgradeSpec;
import uk.lpip.sim.policy.WaterEfficiencySpec;
import uk.lpip.sim.policy.WaterRuleSpec;
import uk.lpip.sim.policy.WaterStorageSpec;

/**
 * The {@code interventions} list: each entry names its {@code type}, then the keys every
 * intervention has (name, where, when, funder, cost type, budget) and its own levers. See
 * docs/interventions.md for each lever's meaning and evidence.
 */
final class InterventionFormat {
    private InterventionFormat() {
    }

    private static final ListSpec<String> IDS = new ListSpec<>(ValueSpec.id(), 0);

    /** The keys every intervention has, read from the entry through {@code common}. */
    private static <T extends InterventionSpec> List<Field<T, ?>> common(String type, CostType defaultCost,
                                                                      List<Field<T, ?>> own) {
        Function<T, CommonSpec> c = InterventionSpec::common;
        List<Field<T, ?>> fields = new ArrayList<>();
        fields.add(of("type", ValueSpec.oneOf(type), InterventionSpec::type, "the kind of intervention", "", type));
        fields.add(of("name", ValueSpec.id(), t -> c.apply(t).name(), "a name, unique in the scenario", "", "derry-skills"));
        fields.add(Field.<T, List<String>>of("councils", IDS, t -> c.apply(t).councils(),
                "councils where it acts (with zones; neither means the whole region)", "", "[derry-strabane]")
                .withFallback(List.of()));
        fields.add(Field.<T, List<String>>of("zones", IDS, t -> c.apply(t).zones(), "zones where it acts", "", "[derry-city]")
                .withFallback(List.of()));
        fields.add(of("start_month", ValueSpec.integer(0, 1200), t -> c.apply(t).startMonth(),
                "first recorded month in which it acts (0 = the first month after the burn-in)", "month", "12"));
        fields.add(of("end_month", ValueSpec.integer(0, 1200), t -> c.apply(t).endMonth(),
                "last month in which it acts (programmes: last intake)", "month", "47"));
        fields.add(of("funder", ValueSpec.text(), t -> c.apply(t).funder(),
                "council:<id>, uk_government, devolved_government or partnership", "", "devolved_government"));
        fields.add(Field.<T, String>of("cost_type", ValueSpec.oneOf(CostType.keys()), t -> c.apply(t).costType().key(),
                "Green Book cost category, for optimism bias in appraisal", "", defaultCost.key())
                .withFallback(defaultCost.key()));
        fields.add(Field.<T, Double>of("budget", ValueSpec.number(0, 1e12),
                t -> Double.isInfinite(c.apply(t).budgetPounds()) ? null : c.apply(t).budgetPounds(),
                "the most it may spend at scale 1.0 (spending stops there); leave out for no cap", "£", "1200000").asOptional());
        fields.addAll(own);
        return fields;
    }

    private static CommonSpec common(Values v) {
        Double budget = v.get("budget");
        return new CommonSpec(v.text("name"), v.get("councils"), v.get("zones"), v.integer("start_month"),
                v.integer("end_month"), v.text("funder"), CostType.of(v.text("cost_type")),
                budget == null ? Double.POSITIVE_INFINITY : budget);
    }

    static final ObjectSpec<SkillsProgrammeSpec> SKILLS = new ObjectSpec<>("skills programme",
            "intakes of training places: eligibility, selection, lock-in, completion, skill gain, cost",
            v -> new SkillsProgrammeSpec(common(v), v.text("intake"), v.integer("places_per_intake"), v.get("eligible"),
                    v.text("skill_ceiling"), v.integer("min_age"), v.integer("max_age"), v.text("selection"),
                    v.integer("duration_months"), v.number("weekly_hours"), v.number("lock_in_strength"),
                    v.number("completion_probability"), v.integer("skill_gain"), v.number("cost_per_place")),
            common("skills_programme", CostType.OUTSOURCED_PROGRAMME, List.of(
                    Field.<SkillsProgrammeSpec, String>of("intake", ValueSpec.oneOf("monthly", "termly", "yearly"),
                            SkillsProgrammeSpec::intake, "how often places open (termly: every 4 months)", "", "termly")
                            .withFallback("termly"),
                    of("places_per_intake", ValueSpec.integer(1, 1_000_000), SkillsProgrammeSpec::placesPerIntake,
                            "places per intake at scale 1.0 (scaled with the run)", "places", "170"),
                    Field.<SkillsProgrammeSpec, List<String>>of("eligible",
                            new ListSpec<>(ValueSpec.oneOf("unemployed", "discouraged", "other_inactive", "low_skilled_employed"), 1),
                            SkillsProgrammeSpec::eligible, "who may join", "",
                            "[unemployed, discouraged]").withFallback(List.of("unemployed")),
                    Field.<SkillsProgrammeSpec, String>of("skill_ceiling", ValueSpec.oneOf("none", "low", "medium", "high"),
                            SkillsProgrammeSpec::skillCeiling, "highest current skill admitted", "", "low").withFallback("low"),
                    Field.<SkillsProgrammeSpec, Integer>of("min_age", ValueSpec.integer(16, 64), SkillsProgrammeSpec::minAge,
                            "youngest age admitted", "years", "18").withFallback(18),
                    Field.<SkillsProgrammeSpec, Integer>of("max_age", ValueSpec.integer(16, 64), SkillsProgrammeSpec::maxAge,
                            "oldest age admitted", "years", "64").withFallback(64),
                    Field.<SkillsProgrammeSpec, String>of("selection",
                            ValueSpec.oneOf("random", "longest_unemployed_first", "outreach_led"), SkillsProgrammeSpec::selection,
                            "how places are filled", "", "outreach_led").withFallback("random"),
                    Field.<SkillsProgrammeSpec, Integer>of("duration_months", ValueSpec.integer(1, 48),
                            SkillsProgrammeSpec::durationMonths, "course length", "months", "6").withFallback(6),
                    Field.<SkillsProgrammeSpec, Double>of("weekly_hours", ValueSpec.number(1, 40), SkillsProgrammeSpec::weeklyHours,
                            "training hours a week", "hours", "25").withFallback(25.0),
                    Field.<SkillsProgrammeSpec, Double>of("lock_in_strength", ValueSpec.share(), SkillsProgrammeSpec::lockInStrength,
                            "share of search effort lost while training full time (37.5 h)", "share", "0.8").withFallback(0.8),
                    Field.<SkillsProgrammeSpec, Double>of("completion_probability", ValueSpec.share(),
                            SkillsProgrammeSpec::completionProbability, "share of starters who complete", "share", "0.6")
                            .withFallback(0.6),
                    Field.<SkillsProgrammeSpec, Integer>of("skill_gain", ValueSpec.integer(1, 3), SkillsProgrammeSpec::skillGain,
                            "skill levels gained on completion", "levels", "1").withFallback(1),
                    of("cost_per_place", ValueSpec.number(0, 1_000_000), SkillsProgrammeSpec::costPerPlace,
                            "cost per participant, paid monthly over the course", "£", "2400"))));

    static final ObjectSpec<OutreachSpec> OUTREACH = new ObjectSpec<>("outreach",
            "contacting inactive people so that some return to search",
            v -> new OutreachSpec(common(v), v.get("eligible"), v.number("contact_rate_monthly"), v.number("return_share"),
                    v.number("cost_per_contact")),
            common("outreach", CostType.OUTSOURCED_PROGRAMME, List.of(
                    Field.<OutreachSpec, List<String>>of("eligible", new ListSpec<>(ValueSpec.oneOf("discouraged", "other_inactive"), 1),
                            OutreachSpec::eligible, "who is contacted", "", "[discouraged]").withFallback(List.of("discouraged")),
                    of("contact_rate_monthly", ValueSpec.share(), OutreachSpec::contactRateMonthly,
                            "chance an eligible person is contacted in a month", "per month", "0.05"),
                    of("return_share", ValueSpec.share(), OutreachSpec::returnShare,
                            "share of those contacted who return to search", "share", "0.25"),
                    of("cost_per_contact", ValueSpec.number(0, 100_000), OutreachSpec::costPerContact, "cost per contact", "£", "150"))));

    static final ObjectSpec<BroadbandRolloutSpec> BROADBAND = new ObjectSpec<>("broadband rollout",
            "raising superfast coverage of zones, with adoption and remote work following",
            v -> new BroadbandRolloutSpec(common(v), v.number("target_share"), v.number("cost_per_premise"),
                    v.number("adoption_rate_monthly"), v.number("productivity_gain")),
            common("broadband_rollout", CostType.STANDARD_CIVIL_ENGINEERING, List.of(
                    of("target_share", ValueSpec.share(), BroadbandRolloutSpec::targetShare,
                            "coverage reached in the target zones by the end month", "share", "0.97"),
                    of("cost_per_premise", ValueSpec.number(0, 100_000), BroadbandRolloutSpec::costPerPremise,
                            "capital cost per premise newly covered", "£", "600"),
                    Field.<BroadbandRolloutSpec, Double>of("adoption_rate_monthly", ValueSpec.share(),
                            BroadbandRolloutSpec::adoptionRateMonthly, "chance a covered firm adopts in a month", "per month", "0.03")
                            .withFallback(0.03),
                    Field.<BroadbandRolloutSpec, Double>of("productivity_gain", ValueSpec.number(0, 1),
                            BroadbandRolloutSpec::productivityGain, "productivity gain of an adopting firm", "share", "0.03")
                            .withFallback(0.03))));

    static final ObjectSpec<LinkChange> LINK_CHANGE = new ObjectSpec<>("road link change", "a faster road link",
            v -> new LinkChange(v.text("from"), v.text("to"), v.number("minutes")),
            of("from", ValueSpec.id(), LinkChange::from, "a zone at one end of an existing road link", "", "omagh"),
            of("to", ValueSpec.id(), LinkChange::to, "the zone at the other end", "", "enniskillen"),
            of("minutes", ValueSpec.number(0.1, 600), LinkChange::minutes, "new driving time", "minutes", "30"));

    static final ObjectSpec<BusChange> BUS_CHANGE = new ObjectSpec<>("bus service change", "better buses in a zone",
            v -> new BusChange(v.text("zone"), v.number("bus_service")),
            of("zone", ValueSpec.id(), BusChange::zone, "the zone", "", "montgomeryshire-rural"),
            of("bus_service", ValueSpec.share(), BusChange::busService, "new bus service level", "0–1", "0.5"));

    static final ObjectSpec<TransportUpgradeSpec> TRANSPORT = new ObjectSpec<>("transport upgrade",
            "faster roads or better buses; commuting reach follows",
            v -> new TransportUpgradeSpec(common(v), v.get("links"), v.get("buses"), v.number("capital_cost"),
                    v.number("running_cost_monthly")),
            common("transport_upgrade", CostType.STANDARD_CIVIL_ENGINEERING, List.of(
                    Field.<TransportUpgradeSpec, List<LinkChange>>of("links", new ListSpec<>(LINK_CHANGE, 0),
                            TransportUpgradeSpec::links, "road links made faster", "", "see below").withFallback(List.of()),
                    Field.<TransportUpgradeSpec, List<BusChange>>of("buses", new ListSpec<>(BUS_CHANGE, 0),
                            TransportUpgradeSpec::buses, "zones given better buses (until the end month)", "", "see below")
                            .withFallback(List.of()),
                    Field.<TransportUpgradeSpec, Double>of("capital_cost", ValueSpec.number(0, 1e12), TransportUpgradeSpec::capitalCost,
                            "paid when it opens, at scale 1.0", "£", "4000000").withFallback(0.0),
                    Field.<TransportUpgradeSpec, Double>of("running_cost_monthly", ValueSpec.number(0, 1e10),
                            TransportUpgradeSpec::runningCostMonthly, "bus subsidy and other running costs, at scale 1.0",
                            "£ per month", "30000").withFallback(0.0))));

    static final ObjectSpec<WaterRuleSpec> WATER_RULE = new ObjectSpec<>("water rule",
            "another way of sharing the catchment's water for a while (market: enable trading)",
            v -> new WaterRuleSpec(common(v), v.text("rule"), v.number("running_cost_monthly")),
            common("water_rule", CostType.OUTSOURCED_PROGRAMME, List.of(
                    of("rule", ValueSpec.oneOf(WaterConfig.AllocationRule.keys()), WaterRuleSpec::rule,
                            "the allocation rule while it applies", "", "market"),
                    Field.<WaterRuleSpec, Double>of("running_cost_monthly", ValueSpec.number(0, 1e10),
                            WaterRuleSpec::runningCostMonthly, "administering it (a trading platform, say), at scale 1.0",
                            "£ per month", "20000").withFallback(0.0))));

    static final ObjectSpec<WaterStorageSpec> WATER_STORAGE = new ObjectSpec<>("water storage",
            "more capacity at an existing reservoir, built between the start and end months",
            v -> new WaterStorageSpec(common(v), v.text("reservoir"), v.number("added_ml"), v.number("capital_cost")),
            common("water_storage", CostType.NON_STANDARD_CIVIL_ENGINEERING, List.of(
                    of("reservoir", ValueSpec.id(), WaterStorageSpec::reservoir, "the reservoir enlarged", "",
                            "carron-valley-reservoir"),
                    of("added_ml", ValueSpec.number(0, 10_000_000), WaterStorageSpec::addedMl,
                            "capacity added, in service after the end month", "Ml", "5000"),
                    of("capital_cost", ValueSpec.number(0, 1e12), WaterStorageSpec::capitalCost,
                            "paid evenly over the build months, at scale 1.0", "£", "12000000"))));

    static final ObjectSpec<WaterEfficiencySpec> WATER_EFFICIENCY = new ObjectSpec<>("water efficiency",
            "grants that cut firms' water need per unit of output for good",
            v -> new WaterEfficiencySpec(common(v), v.get("sectors"), v.number("intensity_reduction"), v.number("grant_per_firm")),
            common("water_efficiency", CostType.OUTSOURCED_PROGRAMME, List.of(
                    Field.<WaterEfficiencySpec, List<String>>of("sectors", new ListSpec<>(ValueSpec.id(), 1),
                            WaterEfficiencySpec::sectors, "water-using sectors whose firms are eligible", "", "[agriculture]"),
                    of("intensity_reduction", ValueSpec.number(0, 0.95), WaterEfficiencySpec::intensityReduction,
                            "share by which a grantee's water per unit of output falls", "share", "0.3"),
                    of("grant_per_firm", ValueSpec.number(0, 1e9), WaterEfficiencySpec::grantPerFirm,
                            "grant to each eligible firm, paid once", "£", "15000"))));

    static final ObjectSpec<HandsOffFlowSpec> HANDS_OFF_FLOW = new ObjectSpec<>("hands-off flow change",
            "a different hands-off flow on named licences for a while",
            v -> new HandsOffFlowSpec(common(v), v.get("licences"), v.number("hands_off_flow_ml_per_day")),
            common("hands_off_flow", CostType.OUTSOURCED_PROGRAMME, List.of(
                    Field.<HandsOffFlowSpec, List<String>>of("licences", new ListSpec<>(ValueSpec.id(), 1),
                            HandsOffFlowSpec::licences, "the licences whose condition changes", "", "[irrigation-carse]"),
                    of("hands_off_flow_ml_per_day", ValueSpec.number(0, 1_000_000), HandsOffFlowSpec::handsOffFlowMlPerDay,
                            "the new hands-off flow", "Ml/d", "600"))));

    static final TypedListSpec<InterventionSpec> INTERVENTIONS = new TypedListSpec<>(types(), InterventionSpec::type);

    private static Map<String, ObjectSpec<? extends InterventionSpec>> types() {
        Map<String, ObjectSpec<? extends InterventionSpec>> m = new LinkedHashMap<>();
        m.put("skills_programme", SKILLS);
        m.put("outreach", OUTREACH);
        m.put("broadband_rollout", BROADBAND);
        m.put("transport_upgrade", TRANSPORT);
        m.put("water_rule", WATER_RULE);
        m.put("water_storage", WATER_STORAGE);
        m.put("water_efficiency", WATER_EFFICIENCY);
        m.put("hands_off_flow", HANDS_OFF_FLOW);
        return m;
    }
}

package uk.lpip.scenarios.format;

import static uk.lpip.scenarios.format.Field.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.lpip.sim.policy.CommonSpec;
import uk.lpip.sim.policy.CostType;
import uk.lpip.sim.policy.InterventionSpec;
import uk.lpip.sim.policy.InterventionType;
import uk.lpip.sim.policy.InterventionTypes;

/**
 * The {@code interventions} list: each entry names its {@code type}, then the keys every
 * intervention has (name, where, when, funder, cost type, budget) and its own levers, read from
 * the {@link InterventionType} declarations (see {@link LeverFormat}). See docs/interventions.md
 * for each lever's meaning and evidence.
 */
final class InterventionFormat {
    private InterventionFormat() {
    }

    private static final ListSpec<String> IDS = new ListSpec<>(ValueSpec.id(), 0);

    /** The keys every intervention has, read from the entry through {@code common}. */
    private static <T extends InterventionSpec> List<Field<T, ?>> common(String type, CostType defaultCost) {
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
        return fields;
    }

    private static CommonSpec common(Values v) {
        Double budget = v.get("budget");
        return new CommonSpec(v.text("name"), v.get("councils"), v.get("zones"), v.integer("start_month"),
                v.integer("end_month"), v.text("funder"), CostType.of(v.text("cost_type")),
                budget == null ? Double.POSITIVE_INFINITY : budget);
    }

    /** One type's entry: the common keys, then the levers of its record. */
    static <S extends InterventionSpec> ObjectSpec<S> entry(InterventionType<S> type) {
        List<Field<S, ?>> fields = common(type.key(), type.defaultCostType());
        fields.addAll(LeverFormat.fields(type.spec()));
        return new ObjectSpec<>(type.levers().title(), type.levers().description(),
                v -> LeverFormat.construct(type.spec(), v, common(v)), fields);
    }

    static final TypedListSpec<InterventionSpec> INTERVENTIONS = new TypedListSpec<>(types(), InterventionSpec::type);

    private static Map<String, ObjectSpec<? extends InterventionSpec>> types() {
        Map<String, ObjectSpec<? extends InterventionSpec>> m = new LinkedHashMap<>();
        for (InterventionType<?> t : InterventionTypes.all()) {
            m.put(t.key(), entry(t));
        }
        return m;
    }
}

package uk.lpip.sim.policy;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;
import uk.lpip.sim.engine.Purpose;
import uk.lpip.sim.state.Economy;

/**
 * The one declaration of a kind of intervention: its scenario key, its levers record (whose
 * components carry {@link Lever} annotations), the cost type it defaults to, how it is built into
 * behaviour, the random streams it draws from, how it is scaled to another place (null when it is
 * not comparable across places: it names one place's roads or rivers), what it contributes to a
 * compared package's "places" column, the scenario checks it needs beyond its keys' own bounds,
 * whether it needs a catchment, and how its participants are described in the run summary.
 * Each kind declares one in its class; {@link InterventionTypes} lists them.
 */
public final class InterventionType<S extends InterventionSpec> {
    private final String key;
    private final Class<S> spec;
    private final CostType defaultCostType;
    private final BiFunction<S, Economy, Intervention> build;
    private List<Purpose> streams = List.of();
    private BiFunction<S, PlaceScale, S> scaleTo;
    private ToIntFunction<S> places = s -> 0;
    private BiConsumer<S, SpecChecks> checks = (s, c) -> { };
    private boolean needsCatchment;
    private String participantsTitle = "";
    private List<Evidence> evidence = List.of();
    private final java.util.ArrayList<ParticipantTarget> targets = new java.util.ArrayList<>();

    private InterventionType(String key, Class<S> spec, CostType defaultCostType, BiFunction<S, Economy, Intervention> build) {
        this.key = Objects.requireNonNull(key);
        this.spec = Objects.requireNonNull(spec);
        this.defaultCostType = Objects.requireNonNull(defaultCostType);
        this.build = Objects.requireNonNull(build);
        if (spec.getAnnotation(Levers.class) == null || !spec.isRecord()) {
            throw new IllegalArgumentException(spec.getSimpleName() + " must be a record annotated with @Levers");
        }
    }

    public static <S extends InterventionSpec> InterventionType<S> of(String key, Class<S> spec, CostType defaultCostType,
                                                                     BiFunction<S, Economy, Intervention> build) {
        return new InterventionType<>(key, spec, defaultCostType, build);
    }

    /** The random streams its behaviour draws from (their ids are fixed in {@link Purpose}). */
    public InterventionType<S> streams(Purpose... purposes) {
        this.streams = List.of(purposes);
        return this;
    }

    /** Comparable across places: how a package entry is scaled to a place. */
    public InterventionType<S> comparable(BiFunction<S, PlaceScale, S> scale) {
        this.scaleTo = scale;
        return this;
    }

    public InterventionType<S> places(ToIntFunction<S> count) {
        this.places = count;
        return this;
    }

    public InterventionType<S> checks(BiConsumer<S, SpecChecks> check) {
        this.checks = check;
        return this;
    }

    public InterventionType<S> needsCatchment() {
        this.needsCatchment = true;
        return this;
    }

    /** The run summary lists its participants (started, completed, in work with and without it) under this title. */
    public InterventionType<S> participants(String title) {
        this.participantsTitle = title;
        return this;
    }

    /** The evidence behind its behavioural levers and the outcomes they are calibrated to. */
    public InterventionType<S> evidence(Evidence... records) {
        this.evidence = List.of(records);
        return this;
    }

    /**
     * Its participants are calibrated to, and reported against, the outcome record {@code lever} (declared
     * with {@link #evidence}) {@code months} after starting, in {@code measure}.
     */
    public InterventionType<S> target(int months, ParticipantTarget.Measure measure, String lever) {
        Evidence record = evidenceFor(lever);
        if (record == null) {
            throw new IllegalArgumentException(key + ": no evidence record '" + lever + "'");
        }
        targets.add(new ParticipantTarget(months, measure, record));
        return this;
    }

    /** The outcomes its participants are held against, in declaration order (empty for kinds without participants). */
    public List<ParticipantTarget> targets() {
        return List.copyOf(targets);
    }

    /** Each behavioural lever's evidence record (and the calibration targets), in declaration order. */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** The levers whose defaults are assumptions, not evidence (for a report to flag). */
    public List<String> leversAtAssumption() {
        return evidence.stream().filter(Evidence::isAssumption).map(Evidence::lever).toList();
    }

    /** The record for a lever key, or null. */
    public Evidence evidenceFor(String lever) {
        return evidence.stream().filter(r -> r.lever().equals(lever)).findFirst().orElse(null);
    }

    public String key() {
        return key;
    }

    public Class<S> spec() {
        return spec;
    }

    public Levers levers() {
        return spec.getAnnotation(Levers.class);
    }

    public CostType defaultCostType() {
        return defaultCostType;
    }

    public List<Purpose> streams() {
        return streams;
    }

    public boolean comparableAcrossPlaces() {
        return scaleTo != null;
    }

    public boolean needsACatchment() {
        return needsCatchment;
    }

    /** The title its participants are reported under, or "" when it has none. */
    public String participantsTitle() {
        return participantsTitle;
    }

    public Intervention build(InterventionSpec s, Economy e) {
        return build.apply(spec.cast(s), e);
    }

    /** The entry scaled to a place; only for types {@link #comparableAcrossPlaces}. */
    public InterventionSpec scaleTo(InterventionSpec s, PlaceScale place) {
        if (scaleTo == null) {
            throw new IllegalStateException(key + " cannot be compared across places");
        }
        return scaleTo.apply(spec.cast(s), place);
    }

    public int places(InterventionSpec s) {
        return places.applyAsInt(spec.cast(s));
    }

    public void check(InterventionSpec s, SpecChecks c) {
        checks.accept(spec.cast(s), c);
    }
}

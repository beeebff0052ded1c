package uk.lpip.runs.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.function.Predicate;

/**
 * How the other modules may use sim-core (docs/architecture.md, "Module rules"). Every rule is
 * enforced: one violation fails the build. An array is judged by its element type ({@code Metric[]}
 * is a result table as {@code Metric} is).
 */
@AnalyzeClasses(packages = "uk.lpip", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {
    private static final String SIM = "uk.lpip.sim.";

    /**
     * Intervention specs: the records the scenario format builds (top-level or nested as a kind's
     * {@code Spec}), with their nested types and the cost types, and the declarations they are read
     * from (the type registry, lever annotations, place scaling, checks, participants, and the evidence
     * records and participant targets the declarations carry).
     */
    static final String INTERVENTION_SPEC_NAMES = "uk\\.lpip\\.sim\\.policy\\.(\\w+Spec|\\w+\\$Spec|CostType|InterventionTypes?"
            + "|Levers?|SpecChecks|PlaceScale|Participant|ParticipantTarget|Evidence)(\\$.*)?";

    static final DescribedPredicate<JavaClass> INTERVENTION_SPECS = DescribedPredicate.describe("intervention specs",
            element(c -> c.getName().matches(INTERVENTION_SPEC_NAMES)));

    /** The result tables: the recorded metrics, their names and units, and the areas they are recorded for. */
    static final String RESULT_TABLE_NAMES = "uk\\.lpip\\.sim\\.metrics\\.(Metric|MetricsTable|Areas)(\\$.*)?";

    static final DescribedPredicate<JavaClass> RESULT_TABLES = DescribedPredicate.describe("result tables",
            element(c -> c.getName().matches(RESULT_TABLE_NAMES)));

    static final DescribedPredicate<JavaClass> CONFIG_OR_API = DescribedPredicate.describe("config or api",
            element(c -> isConfigOrApi(c.getPackageName())));

    static final DescribedPredicate<JavaClass> OUTSIDE_SIM_CORE = DescribedPredicate.describe("outside sim-core",
            element(c -> !c.getPackageName().startsWith("uk.lpip.sim")));

    static boolean isConfigOrApi(String packageName) {
        return packageName.startsWith(SIM + "config") || packageName.startsWith(SIM + "api");
    }

    /** Whether runs may use the sim-core class (or, for a name ending in {@code .*}, the whole package) {@code name}. */
    static boolean runsMayUse(String name) {
        String pkg = name.substring(0, name.lastIndexOf('.'));
        return !name.startsWith("uk.lpip.sim.") || isConfigOrApi(pkg) || name.matches(INTERVENTION_SPEC_NAMES)
                || name.matches(RESULT_TABLE_NAMES);
    }

    /** {@code test} applied to a class, or to an array's element type. */
    private static Predicate<JavaClass> element(Predicate<JavaClass> test) {
        return c -> test.test(c.getBaseComponentType());
    }

    @ArchTest
    static final ArchRule simCoreDependsOnNoOtherModule = noClasses().that().resideInAPackage("uk.lpip.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("uk.lpip.scenarios..", "uk.lpip.viz..", "uk.lpip.runs..");

    @ArchTest
    static final ArchRule nothingDependsOnRuns = noClasses().that().resideOutsideOfPackage("uk.lpip.runs..")
            .should().dependOnClassesThat().resideInAPackage("uk.lpip.runs..");

    @ArchTest
    static final ArchRule vizDependsOnNeitherScenariosNorRuns = noClasses().that().resideInAPackage("uk.lpip.viz..")
            .should().dependOnClassesThat().resideInAPackage("uk.lpip.scenarios..")
            .andShould().dependOnClassesThat().resideInAPackage("uk.lpip.runs..");

    @ArchTest
    static final ArchRule scenariosReachSimCoreOnlyThroughConfigSpecsAndResultTables = classes()
            .that().resideInAPackage("uk.lpip.scenarios..")
            .should().onlyDependOnClassesThat(OUTSIDE_SIM_CORE.or(CONFIG_OR_API).or(INTERVENTION_SPECS).or(RESULT_TABLES))
            .as("scenarios reach sim-core only through config, intervention specs and the result tables");

    @ArchTest
    static final ArchRule vizImportsNoSimCoreState = classes()
            .that().resideInAPackage("uk.lpip.viz..")
            .should().onlyDependOnClassesThat(OUTSIDE_SIM_CORE.or(CONFIG_OR_API).or(RESULT_TABLES))
            .as("viz draws only from sim-core's result tables, config and api records (no state, no live model)");

    @ArchTest
    static final ArchRule runsReachesSimCoreOnlyThroughApiConfigAndSpecs = classes()
            .that().resideInAPackage("uk.lpip.runs..")
            .should().onlyDependOnClassesThat(OUTSIDE_SIM_CORE.or(CONFIG_OR_API).or(INTERVENTION_SPECS).or(RESULT_TABLES))
            .as("runs reaches sim-core only through api, config, intervention specs and the result tables");
}

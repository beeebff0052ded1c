package uk.lpip.sim.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/**
 * sim-core's packages form layers with no cycle (docs/architecture.md, "Layers inside sim-core"): the hot-path
 * toolkit, configuration, the economy's state, shared formulas, builders, one package per
 * mechanism, the model that schedules them, and the api records other modules read. Mechanisms share the state and never depend on
 * each other. Test classes are not analysed.
 */
@AnalyzeClasses(packages = "uk.lpip.sim", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    static final String SIM = "uk.lpip.sim.";
    static final List<String> MECHANISMS =
            List.of("demography", "labour", "firms", "households", "councils", "water", "policy", "metrics");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("uk.lpip.sim.(*)..")
            .as("sim-core's packages")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesFormLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("engine").definedBy(SIM + "engine..")
            .layer("config").definedBy(SIM + "config..")
            .layer("state").definedBy(SIM + "state..", SIM + "accounts..", SIM + "places..")
            .layer("rules").definedBy(SIM + "rules..")
            .layer("build").definedBy(SIM + "build..")
            .layer("mechanisms").definedBy(MECHANISMS.stream().map(m -> SIM + m + "..").toArray(String[]::new))
            .layer("model").definedBy(SIM + "model..")
            .layer("api").definedBy(SIM + "api..")
            .whereLayer("engine").mayNotAccessAnyLayer()
            .whereLayer("config").mayNotAccessAnyLayer()
            .whereLayer("state").mayOnlyAccessLayers("engine", "config")
            .whereLayer("rules").mayOnlyAccessLayers("engine", "config", "state")
            .whereLayer("build").mayOnlyAccessLayers("engine", "config", "state", "rules")
            .whereLayer("mechanisms").mayOnlyAccessLayers("engine", "config", "state", "rules")
            .whereLayer("model").mayOnlyAccessLayers("engine", "config", "state", "rules", "build", "mechanisms")
            .whereLayer("api").mayOnlyAccessLayers("engine", "config", "state", "rules", "build", "mechanisms", "model");

    @ArchTest
    static final ArchRule mechanismsDoNotDependOnEachOther = slices().assignedFrom(new MechanismSlices())
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule everyPackageIsInALayer = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
            .should().resideInAnyPackage(allLayerPackages())
            .as("every sim-core class is in a package of a layer (a new package needs a place in the rules)");

    private static String[] allLayerPackages() {
        List<String> fixed = List.of("engine", "config", "state", "accounts", "places", "rules", "build", "model", "api");
        return java.util.stream.Stream.concat(fixed.stream(), MECHANISMS.stream()).map(p -> SIM + p + "..")
                .toArray(String[]::new);
    }

    /** One slice per mechanism package; every other class is left out. */
    static final class MechanismSlices implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            for (String m : MECHANISMS) {
                if (pkg.equals(SIM + m) || pkg.startsWith(SIM + m + ".")) {
                    return SliceIdentifier.of("mechanism " + m);
                }
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "sim-core's mechanism packages (" + String.join(", ", MECHANISMS) + ")";
        }
    }
}

package uk.lpip.runs.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runs rule of {@link ModuleRulesTest}, read from runs' sources instead of its classes: ArchUnit
 * sees the compiled classes, so it misses an import nothing uses and a constant the compiler copies
 * in (a {@code Status.EMPLOYED} compiles to the number 1). Every sim-core class runs' sources name,
 * imported or written out, must be one the rule allows.
 */
class SourceReferencesTest {
    /** A sim-core class (up to its outermost class: nested names follow it) or a whole package imported with {@code *}. */
    private static final Pattern SIM_NAME = Pattern.compile("uk\\.lpip\\.sim(?:\\.[a-z]\\w*)+\\.(?:[A-Z]\\w*|\\*)");

    /** The sim-core names in {@code source} that runs may not use, as "file:line: name". */
    static List<String> disallowed(String file, String source) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = SIM_NAME.matcher(lines[i]);
            while (m.find()) {
                if (!ModuleRulesTest.runsMayUse(m.group())) {
                    out.add(file + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        return out;
    }

    @Test
    void runsSourcesNameOnlyTheSimCoreClassesTheRuleAllows() throws IOException {
        Path root = Path.of("src", "main", "java");
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                found.addAll(disallowed(root.relativize(p).toString(), Files.readString(p)));
                files++;
            }
        }
        assertEquals(List.of(), found);
        assertTrue(files > 50, "read runs' sources: " + files + " files");
    }

    @Test
    void anImportAConstantOrAWildcardOfSimCoreStateIsCaught() {
        String source = String.join("\n",
                "package uk.lpip.runs.x;",
                "import uk.lpip.sim.api.Simulation;",
                "import uk.lpip.sim.config.ModelConfig;",
                "import uk.lpip.sim.metrics.MetricsTable;",
                "import uk.lpip.sim.policy.CostType;",
                "import uk.lpip.sim.state.Economy;",
                "import static uk.lpip.sim.state.Status.EMPLOYED;",
                "import uk.lpip.sim.water.*;",
                "class X { int k = uk.lpip.sim.policy.Interventions.class.hashCode(); uk.lpip.sim.api.WaterHistory.Month m; }");
        assertEquals(List.of("X.java:6: uk.lpip.sim.state.Economy", "X.java:7: uk.lpip.sim.state.Status",
                "X.java:8: uk.lpip.sim.water.*", "X.java:9: uk.lpip.sim.policy.Interventions"), disallowed("X.java", source));
    }
}

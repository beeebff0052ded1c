package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import uk.lpip.sim.metrics.Metric;

/** The user guide must not drift from the code: every metric and every option is documented. */
class DocsTest {
    private static String doc(String name) throws IOException {
        // Tests run in the module directory; the guide is at the repository root.
        return Files.readString(Path.of("..", "docs", name));
    }

    @Test
    void everyMetricIsDocumentedWithItsUnit() throws IOException {
        String outputs = doc("outputs.md");
        for (Metric m : Metric.values()) {
            assertTrue(outputs.contains("| `" + m.id() + "` | " + m.unit() + " |"), "docs/outputs.md lacks " + m.id());
        }
    }

    @Test
    void everyCommandAndOptionIsDocumented() throws IOException {
        String cli = doc("cli.md");
        for (var entry : Lpip.commandLine().getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue;
            }
            assertTrue(cli.contains("## `lpip " + entry.getKey()), "docs/cli.md lacks a section on lpip " + entry.getKey());
            CommandLine command = entry.getValue();
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                assertTrue(cli.contains("`" + option.longestName()), "docs/cli.md lacks " + entry.getKey() + " " + option.longestName());
            }
        }
    }
}

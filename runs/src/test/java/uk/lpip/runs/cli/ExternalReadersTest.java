package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.output.CsvRows;

/**
 * The one-liners docs/outputs.md gives for loading a sweep in pandas and in R, run as written on a
 * real sweep's output: they load every row lpip wrote, with its columns and each factor's, and the
 * same numbers. Skipped, with the reason, where python3 with pandas or Rscript is not installed.
 */
class ExternalReadersTest {
    private static final String DOC_PATH = "results/my-sweep";

    @TempDir
    static Path tmp;
    static Path sweep;
    static CsvRows effects;
    static List<String> factors;

    @BeforeAll
    static void runASweep() throws IOException {
        Path scenario = Files.writeString(tmp.resolve("paired.yaml"), String.join("\n",
                "extends: demo",
                "name: readers",
                "run: {months: 6, burn_in_months: 3}",
                "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 4, funder: uk_government,",
                "     intake: monthly, places_per_intake: 10, cost_per_place: 2400}",
                ""));
        Path exp = Files.writeString(tmp.resolve("experiment.yaml"), String.join("\n",
                "name: readers", "scenario: " + scenario.getFileName(), "replicates: 2",
                "factors:", "  - {path: \"interventions[0].places_per_intake\", values: [5, 20]}",
                "outputs: [employment_rate, employed]", ""));
        CliRun s = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("sweeps").toString(), "--no-report");
        assertEquals(0, s.exitCode(), s.err());
        sweep = tmp.resolve("sweeps/readers");
        effects = CsvRows.read(sweep.resolve("effects.csv"));
        List<String> points = CsvRows.read(sweep.resolve("points.csv")).header();
        factors = points.subList(1, points.size() - 1);   // point, <factors>, experiment
        assertEquals(List.of("interventions[0].places_per_intake"), factors);
        assertTrue(effects.rows().size() > 10, "a table worth loading: " + effects.rows().size() + " rows");
    }

    /** The fenced block of a language in docs/outputs.md whose text contains {@code marker}, with the doc's path replaced. */
    private static String docBlock(String language, String marker) throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "outputs.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(docs);
        while (m.find()) {
            if (m.group(1).contains(marker)) {
                return m.group(1).replace(DOC_PATH, sweep.toString().replace("\\", "/"));
            }
        }
        throw new AssertionError("docs/outputs.md has no ```" + language + " block with " + marker);
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs a script and returns its standard output's lines; fails with its output if it fails. */
    private static List<String> run(Path script, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.add(script.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time: " + out);
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ":\n" + out);
        return out.lines().toList();
    }

    private static double javaSum() {
        int c = effects.column("mean_difference");
        return effects.rows().stream().mapToDouble(r -> Double.parseDouble(r[c])).filter(Double::isFinite).sum();
    }

    private static List<String> expectedColumns() {
        List<String> out = new ArrayList<>(effects.header());
        out.addAll(factors);
        return out;
    }

    @Test
    void pandasLoadsTheSweepInTheOneLineTheDocsGive() throws Exception {
        // the first python3 on the PATH may be another installation than the one Debian's pandas is for
        String python = java.util.stream.Stream.of("python3", "/usr/bin/python3").filter(p -> works(p, "-c", "import pandas"))
                .findFirst().orElse(null);
        assumeTrue(python != null,
                "python3 with pandas is not installed (apt-get install python3-pandas; .ci/run does): pandas check skipped");
        String line = docBlock("python", "pd.read_csv(");
        Path script = Files.writeString(tmp.resolve("load.py"), line
                + "print(len(effects))\nprint('\\t'.join(effects.columns))\nprint(repr(float(effects['mean_difference'].sum())))\n");
        List<String> out = run(script, python);
        assertEquals(Integer.toString(effects.rows().size()), out.get(0), "every row of effects.csv");
        assertEquals(expectedColumns(), List.of(out.get(1).split("\t")), "the table's columns, then each factor's");
        assertEquals(javaSum(), Double.parseDouble(out.get(2)), 1e-9 * Math.max(1, Math.abs(javaSum())), "the same numbers");
    }

    @Test
    void rLoadsTheSweepInTheOneLineTheDocsGive() throws Exception {
        assumeTrue(works("Rscript", "-e", "invisible(0)"),
                "Rscript is not installed (apt-get install r-base-core; .ci/run does): R check skipped");
        String line = docBlock("r", "read.csv(");
        Path script = Files.writeString(tmp.resolve("load.R"), line
                + "cat(nrow(effects), \"\\n\", sep = \"\")\ncat(paste(names(effects), collapse = \"\\t\"), \"\\n\", sep = \"\")\n"
                + "cat(format(sum(effects$mean_difference, na.rm = TRUE), digits = 17), \"\\n\", sep = \"\")\n");
        List<String> out = run(script, "Rscript");
        assertEquals(Integer.toString(effects.rows().size()), out.get(0), "every row of effects.csv");
        // merge() puts the columns it joins on first; the same columns, the factor's path kept as its name
        assertEquals(new java.util.TreeSet<>(expectedColumns()), new java.util.TreeSet<>(List.of(out.get(1).split("\t"))),
                "the table's columns and each factor's");
        assertEquals(expectedColumns().size(), out.get(1).split("\t").length, "no column twice");
        assertEquals(javaSum(), Double.parseDouble(out.get(2)), 1e-9 * Math.max(1, Math.abs(javaSum())), "the same numbers");
    }
}

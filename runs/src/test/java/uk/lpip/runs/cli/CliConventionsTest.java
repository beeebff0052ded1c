package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What every command shares: --quiet, --verbose, --version, the completion script and the shared options. */
class CliConventionsTest {
    @TempDir
    Path tmp;

    private Path sweepExperiment() throws IOException {
        Files.writeString(tmp.resolve("place.yaml"), String.join("\n", "extends: demo", "name: tiny-place",
                "run: {months: 3, burn_in_months: 1}", "interventions:",
                "  - {type: skills_programme, name: training, start_month: 1, end_month: 2, funder: uk_government,",
                "     intake: monthly, places_per_intake: 20, cost_per_place: 2400}", ""));
        // 1 replicate × 2 arms (baseline, intervention) = 2 runs
        return Files.writeString(tmp.resolve("experiment.yaml"), String.join("\n",
                "name: tiny", "scenario: place.yaml", "replicates: 1", "outputs: [employment_rate]", ""));
    }

    /** A results directory whose report cannot be written (appraisal.csv is a directory): a failure while running. */
    private Path halfARun() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("half-a-run"));
        Files.writeString(dir.resolve("manifest.json"), "{\"tool\": \"lpip\", \"outputs\": {}}");
        Files.writeString(dir.resolve("summary.csv"), "x\n");
        Files.createDirectory(dir.resolve("appraisal.csv"));
        return dir;
    }

    @Test
    void quietRunShowsNoProgressButStillTheResult() {
        List<String> args = List.of("run", "--months", "2", "--burn-in", "1", "--no-charts", "--no-report");
        CliRun loud = CliRun.of(concat(args, "--out", tmp.resolve("loud").toString()));
        assertEquals(0, loud.exitCode(), loud.err());
        assertTrue(loud.err().contains("month 1/3 (burn-in)") && loud.err().contains("lpip run: demo"), loud.err());

        CliRun quiet = CliRun.of(concat(args, "--out", tmp.resolve("quiet").toString(), "--quiet"));
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.err(), "no progress and no notes on standard error");
        assertTrue(quiet.out().contains("Wrote " + tmp.resolve("quiet")), quiet.out());
        assertTrue(quiet.out().contains("employment_rate"), "the summary table is the result: " + quiet.out());
    }

    @Test
    void quietSweepShowsNoProgressButStillTheResult() throws IOException {
        Path exp = sweepExperiment();
        CliRun loud = CliRun.of("sweep", exp.toString(), "--out", tmp.resolve("loud").toString(), "--jobs", "2", "--no-report");
        assertEquals(0, loud.exitCode(), loud.err());
        assertTrue(loud.err().contains("runs done") && loud.err().contains("lpip sweep: tiny:"), loud.err());

        // inherited: the option may also come before the command
        CliRun quiet = CliRun.of("-q", "sweep", exp.toString(), "--out", tmp.resolve("quiet").toString(), "--jobs", "2",
                "--no-report");
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertEquals("", quiet.err(), "no plan, estimate or progress on standard error");
        assertTrue(quiet.out().contains("Sweep tiny: 2 runs in " + tmp.resolve("quiet").resolve("tiny")), quiet.out());
    }

    @Test
    void verboseAddsTheStackTraceAndPhaseTimesToAFailure() throws IOException {
        Path dir = halfARun();
        CliRun plain = CliRun.of("report", dir.toString());
        assertEquals(1, plain.exitCode(), plain.err());
        assertTrue(plain.err().startsWith("lpip: failed while running: "), plain.err());
        assertFalse(plain.err().contains("\tat "), "no stack trace without --verbose: " + plain.err());
        assertFalse(plain.err().contains("phase times"), plain.err());

        CliRun verbose = CliRun.of("report", dir.toString(), "--verbose");
        assertEquals(1, verbose.exitCode(), verbose.err());
        assertTrue(verbose.err().startsWith(plain.err().lines().findFirst().orElseThrow()), "the same message first: "
                + verbose.err());
        assertTrue(verbose.err().contains("\tat uk.lpip.runs."), "the stack trace: " + verbose.err());
        assertTrue(verbose.err().matches("(?s).*\nlpip report: phase times: .*\\d+\\.\\d\\d s in all\n"), verbose.err());
    }

    @Test
    void verboseRunPrintsThePhaseTimesOfASuccess() {
        CliRun r = CliRun.of("run", "--months", "2", "--burn-in", "1", "--no-charts", "--out", tmp.toString(), "-v");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().matches("(?s).*\nlpip run: phase times: load scenario \\d+\\.\\d\\d s, simulate \\d+\\.\\d\\d s, "
                + "write outputs \\d+\\.\\d\\d s, summary \\d+\\.\\d\\d s, report \\d+\\.\\d\\d s; \\d+\\.\\d\\d s in all\nlpip run: model phase times: .*"),
                r.err());
        assertTrue(r.err().matches("(?s).*\nlpip run: model phase times: demography \\d+\\.\\d\\d s, .*labour market \\d+\\.\\d\\d s, "
                + ".*metrics \\d+\\.\\d\\d s \\(1 simulation\\)\n"), "the model's phases, as lpip bench times them: " + r.err());
        assertFalse(r.err().contains("(failed)"), r.err());
        assertFalse(CliRun.of("run", "--months", "2", "--burn-in", "1", "--no-charts", "--no-report", "--out",
                tmp.toString()).err().contains("phase times"), "not without --verbose");
    }

    /** A command that fails after simulating, as a run whose outputs cannot be written would. */
    @CommandLine.Command(name = "boom")
    static final class FailsAfterSimulating implements java.util.concurrent.Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Verbosity v = Verbosity.of(spec);
            v.phase("simulate");
            v.phases.addModel(List.of("demography", "labour market"), new long[] {1_500_000_000L, 250_000_000L});
            v.phase("write outputs");
            throw new IllegalStateException("disk full");
        }
    }

    private static CliRun withFailingCommand(String... args) {
        CommandLine cl = Lpip.commandLine();
        cl.addSubcommand("boom", new FailsAfterSimulating());
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void verboseGivesTheModelPhaseTimesOfAFailureAfterSimulating() {
        CliRun plain = withFailingCommand("boom");
        assertEquals(1, plain.exitCode());
        assertEquals("lpip: failed while running: disk full\n", plain.err());

        CliRun verbose = withFailingCommand("boom", "-v");
        assertEquals(1, verbose.exitCode());
        assertTrue(verbose.err().startsWith("lpip: failed while running: disk full\njava.lang.IllegalStateException: disk full\n"
                + "\tat uk.lpip.runs.cli.CliConventionsTest$FailsAfterSimulating.call("), verbose.err());
        assertTrue(verbose.err().matches("(?s).*\nlpip boom: phase times: simulate \\d\\.\\d\\d s, write outputs \\d\\.\\d\\d s "
                + "\\(failed\\); \\d+\\.\\d\\d s in all\n"
                + "lpip boom: model phase times: demography 1\\.50 s, labour market 0\\.25 s \\(1 simulation\\)\n"), verbose.err());
    }

    @Test
    void verboseAddsNothingToBadInput() {
        CliRun r = CliRun.of("run", "no-such-scenario", "--verbose", "--out", tmp.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("lpip: no-such-scenario: 1 problem"), r.err());
        assertFalse(r.err().contains("phase times") || r.err().contains("\tat "), r.err());
    }

    @Test
    void quietAndVerboseTogetherAreRefusedBeforeAnythingRuns() {
        Path out = tmp.resolve("never");
        for (String[] args : List.of(new String[] {"run", "--quiet", "--verbose", "--out", out.toString()},
                new String[] {"-q", "sweep", "x.yaml", "-v"}, new String[] {"--quiet", "--verbose", "scenarios"})) {
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("lpip: --quiet and --verbose cannot be used together\n"), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void generateCompletionPrintsABashAndZshScriptForEveryCommand() {
        CliRun r = CliRun.of("generate-completion");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("#!/usr/bin/env bash"), r.out());
        assertTrue(r.out().contains("complete -F _complete_lpip") && r.out().contains("bashcompinit"), "bash and zsh");
        for (String command : Lpip.commandLine().getSubcommands().keySet()) {
            assertTrue(r.out().contains("_picocli_lpip_" + command.replace("-", "")), "completes lpip " + command);
        }
        assertTrue(r.out().contains("--replicates") && r.out().contains("--resume"), "and their options");
        assertTrue(CliRun.of("--help").out().contains("generate-completion"), "listed in lpip --help");
    }

    @Test
    void everySubcommandPrintsTheVersionOfLpip() {
        CliRun top = CliRun.of("--version");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().startsWith("lpip " + BuildInfo.version() + " (commit "), top.out());
        for (String command : Lpip.commandLine().getSubcommands().keySet()) {
            if (command.equals("help")) {
                continue;   // picocli's help command takes no --version
            }
            CliRun sub = CliRun.of(command, "--version");
            assertEquals(0, sub.exitCode(), command + ": " + sub.err());
            assertEquals(top.out(), sub.out(), "lpip " + command + " --version");
        }
    }

    /** A stray % in a description makes picocli warn on System.err and print the text unformatted. */
    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (var e : Lpip.commandLine().getSubcommands().entrySet()) {
                String usage = e.getValue().getUsageMessage();
                assertTrue(!usage.contains("%n"), "lpip " + e.getKey() + " --help prints a raw %n");
            }
        } finally {
            System.setErr(saved);
        }
        String warnings = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(!warnings.contains("picocli WARN"), warnings);
    }

    @Test
    void everyCommandTakesQuietAndVerbose() {
        for (var e : Lpip.commandLine().getSubcommands().entrySet()) {
            assertTrue(e.getValue().getCommandSpec().findOption("--quiet") != null
                    && e.getValue().getCommandSpec().findOption("-v") != null, "lpip " + e.getKey());
        }
    }

    @Test
    void aSharedOptionReadsTheSameInEveryCommand() {
        Map<String, String> seen = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        int shared = 0;
        for (var e : Lpip.commandLine().getSubcommands().entrySet()) {
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                String name = o.longestName();
                // calibrate's --out has its own default; bench's --months and validate's --set mean other things
                if (!List.of("--threads", "--jobs", "--no-report", "--out").contains(name)
                        || (name.equals("--out") && e.getKey().equals("calibrate"))) {
                    continue;
                }
                String text = String.join(" ", o.description()) + " default " + o.defaultValue();
                String before = seen.putIfAbsent(name, text);
                if (before != null) {
                    shared++;
                    assertEquals(before, text, name + " in lpip " + e.getKey() + " and lpip " + where.get(name));
                }
                where.putIfAbsent(name, e.getKey());
            }
        }
        assertTrue(shared >= 7, "run, sweep, compare, bench, calibrate and merge share them: " + shared);
    }

    private static String[] concat(List<String> args, String... more) {
        return java.util.stream.Stream.concat(args.stream(), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}

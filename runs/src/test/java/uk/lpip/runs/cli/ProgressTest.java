package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One progress implementation: a redrawn, cleared line on a terminal; plain occasional lines anywhere else. */
class ProgressTest {
    @TempDir
    Path tmp;

    @Test
    void progressToANonTerminalIsPlainLinesAtEachTenthWithNoCarriageReturn() {
        StringWriter text = new StringWriter();
        IntConsumer months = Progress.months(new PrintWriter(text), false, 120, 12, 60);
        for (int m = 1; m <= 120; m++) {
            months.accept(m);
        }
        String out = text.toString();
        assertFalse(out.contains("\r") || out.contains("\u001b"), out);
        List<String> lines = out.lines().toList();
        assertEquals(11, lines.size(), "the first month, then one line per tenth: " + out);
        assertTrue(lines.get(0).startsWith("month 1/120 (burn-in, arm 1 of 2) "), lines.get(0));
        assertTrue(lines.get(1).startsWith("month 12/120 (burn-in, arm 1 of 2) "), lines.get(1));
        assertTrue(lines.get(10).startsWith("month 120/120 (recorded, arm 2 of 2) "), lines.get(10));
    }

    @Test
    void monthsSharedByTheArmsAreLabelledSoAndTheArmsCountFromTheBranch() {
        StringWriter text = new StringWriter();
        // 60 months an arm, 12 of burn-in; the arms share 18 (burn-in and 6 recorded): 18 + 2 × 42 = 102
        IntConsumer months = Progress.months(new PrintWriter(text), false, 102, 12, 60, 18, 2);
        for (int m = 1; m <= 102; m++) {
            months.accept(m);
        }
        List<String> lines = text.toString().lines().toList();
        assertTrue(lines.get(0).startsWith("month 1/102 (burn-in, shared by the arms) "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("month 11/102 (burn-in, shared by the arms) ")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("month 51/102 (recorded, arm 1 of 2) ")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("month 62/102 (recorded, arm 2 of 2) ")), lines::toString);
        assertTrue(lines.get(lines.size() - 1).startsWith("month 102/102 (recorded, arm 2 of 2) "), lines::toString);
    }

    @Test
    void onATerminalEachRedrawReturnsToTheStartAndErasesWhatTheLongerLineLeft() {
        StringWriter text = new StringWriter();
        Progress p = new Progress(new PrintWriter(text), true, 3);
        p.update(1, "a long first line");
        p.note("lpip sweep: run p0000 failed");
        p.update(2, "short");
        p.update(3, "done");
        assertEquals("\ra long first line\u001b[K" + "\r\u001b[K" + "lpip sweep: run p0000 failed\n" + "\rshort\u001b[K"
                + "\rdone\u001b[K\n", text.toString());
    }

    @Test
    void aBarIsItsShareDone() {
        assertEquals("##########..........", Progress.bar(5, 10, 20));
        assertEquals("####################", Progress.bar(12, 10, 20));
        assertEquals("....................", Progress.bar(0, 10, 20));
    }

    private ProcessBuilder lpipRun(Path out) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), "uk.lpip.runs.cli.Lpip",
                "run", "--months", "3", "--burn-in", "2", "--no-charts", "--no-report", "--threads", "1", "--out",
                out.toString());
    }

    private static String shell(List<String> cmd) {
        return String.join(" ", cmd.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
    }

    /** Runs a shell line with standard input and output on a terminal (util-linux script); its exit code. */
    private int onATerminal(String line) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/script", "-qec", line, tmp.resolve("typescript").toString())
                .redirectInput(ProcessBuilder.Redirect.PIPE).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @Test
    void lpipRun2ToALogWritesNoCarriageReturnsThereEvenWithATerminalForInputAndOutput() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/script").canExecute(), "util-linux script gives the run a terminal");
        Path log = tmp.resolve("log");
        assertEquals(0, onATerminal(shell(lpipRun(tmp.resolve("out")).command()) + " 2>" + shell(List.of(log.toString()))));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("month 5/5 (recorded) "), text);
        assertFalse(text.contains("\r") || text.contains("\u001b"), text);
    }

    @Test
    void lpipRunWithStandardErrorInALogWritesNoCarriageReturnsThere() throws Exception {
        Path log = tmp.resolve("log");
        Process p = lpipRun(tmp.resolve("out")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("month 5/5 (recorded) "), text);
        assertFalse(text.contains("\r") || text.contains("\u001b"), text);
    }

    @Test
    void lpipRunOnATerminalRedrawsItsBar() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/script").canExecute(), "util-linux script gives the run a terminal");
        assertEquals(0, onATerminal(shell(lpipRun(tmp.resolve("out")).command())));
        String text = Files.readString(tmp.resolve("typescript"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r[" + "#".repeat(30) + "] 5/5 months (recorded) ") && text.contains("\u001b[K"), text);
    }
}

package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.report.RunReport;

/** {@code lpip report}: one self-contained HTML report for a run directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write DIR/report.html for a run directory (lpip run): a plain-language summary, the charts "
                + "(embedded), key figures, the appraisal, what was assumed and how to reproduce it. One file, no network "
                + "needed, prints well.",
                "Exit codes: 0 written, 2 not a run directory."})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A run directory (with manifest.json).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(dir.resolve("manifest.json")) || !Files.isRegularFile(dir.resolve("summary.csv"))) {
            err.printf("lpip report: %s is not a run directory of lpip run (no manifest.json and summary.csv)%n", dir);
            return Lpip.EXIT_BAD_INPUT;
        }
        out.printf("Wrote %s%n", RunReport.write(dir));
        out.flush();
        return Lpip.EXIT_OK;
    }
}

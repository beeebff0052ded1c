package uk.lpip.runs.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.report.CompareReport;
import uk.lpip.runs.report.RunReport;
import uk.lpip.runs.report.SweepReport;
import uk.lpip.runs.sweep.SweepCharts;

/** {@code lpip report}: one self-contained HTML report for a run, a sweep or a comparison. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write DIR/report.html for a run (lpip run), a sweep (lpip sweep or merge) or a comparison "
                + "(lpip compare): a plain-language summary, the charts (embedded), key figures, the appraisal, what was "
                + "assumed and how to reproduce it. One file, no network needed, prints well.",
                "Exit codes: 0 written, 2 not a results directory of lpip."})
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "A run directory (manifest.json), a finished sweep (sweep.json) or a comparison (compare.csv).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path report;
        if (Files.isRegularFile(dir.resolve("sweep.json"))) {
            if (!Files.isDirectory(dir.resolve("charts"))) {
                SweepCharts.write(dir, dir.getFileName().toString(), BuildInfo.version());
            }
            report = SweepReport.write(dir, BuildInfo.version());
        } else if (Files.isRegularFile(dir.resolve("compare.csv"))) {
            report = CompareReport.write(dir, BuildInfo.version());
        } else if (Files.isRegularFile(dir.resolve("manifest.json")) && Files.isRegularFile(dir.resolve("summary.csv"))) {
            try {
                report = RunReport.write(dir);
            } catch (uk.lpip.runs.output.Manifest.Invalid e) {
                err.println("lpip report: " + e.getMessage());
                return Lpip.EXIT_BAD_INPUT;
            }
        } else {
            err.printf("lpip report: %s is not a results directory of lpip: no manifest.json and summary.csv (a run), "
                    + "sweep.json (a finished sweep; for a sweep in progress see lpip status) or compare.csv (a comparison)%n", dir);
            return Lpip.EXIT_BAD_INPUT;
        }
        out.printf("Wrote %s%n", report);
        out.flush();
        return Lpip.EXIT_OK;
    }
}

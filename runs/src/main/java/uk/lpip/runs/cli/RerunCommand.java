package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.Manifest;
import uk.lpip.runs.output.RecordCheck;
import uk.lpip.runs.output.TimeseriesCsv;
import uk.lpip.runs.output.WaterCsv;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.api.Simulation;
import uk.lpip.sim.metrics.MetricsTable;

/** {@code lpip rerun}: reproduces a run from its manifest and checks the results are identical. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Run again what a manifest.json describes — a run of a sweep, or an 'lpip run' — from the resolved "
                + "scenario.yaml beside it, and check that timeseries.csv (and water.csv) come out byte for byte as "
                + "recorded (SHA-256). First the record is verified (as lpip verify does) and the manifest checked "
                + "against scenario.yaml (scenario, region, seed, months, burn-in, scale, arms); a damaged or "
                + "inconsistent record is refused. Nothing is written into the run's directory.",
                "Exit codes: 0 reproduced, 1 results differ or the record is damaged, 2 not a manifest, or one that "
                        + "disagrees with its scenario.yaml or lists no timeseries.csv."})
final class RerunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "A manifest.json (or the directory holding it).")
    Path manifest;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Path file = Files.isDirectory(manifest) ? manifest.resolve("manifest.json") : manifest;
        Path dir = file.toAbsolutePath().getParent();
        Manifest m;
        Scenario scenario;
        try {
            m = Manifest.read(file);
            for (String needed : List.of("timeseries.csv", "scenario.yaml")) {
                if (!m.outputs().containsKey(needed)) {
                    err.printf("lpip rerun: %s lists no %s among its outputs, so there is nothing to reproduce it against%n",
                            file, needed);
                    return Lpip.EXIT_BAD_INPUT;
                }
            }
            List<RecordCheck.Damage> damage = RecordCheck.check(dir, m);
            if (!damage.isEmpty()) {
                out.printf("NOT rerun: the record in %s is damaged (see lpip verify):%n", dir);
                damage.forEach(d -> out.printf("  %s%n", d));
                out.flush();
                return Lpip.EXIT_FAILED;
            }
            try {
                scenario = ScenarioLoader.load(dir.resolve("scenario.yaml").toString());
            } catch (ScenarioException e) {
                ScenarioArguments.printProblems(err, dir.resolve("scenario.yaml").toString(), e.problems());
                return Lpip.EXIT_BAD_INPUT;
            }
            List<String> disagree = RecordAgreement.disagreements(m, scenario);
            if (!disagree.isEmpty()) {
                err.printf("lpip rerun: %s does not describe the run in %s:%n", file, dir.resolve("scenario.yaml"));
                disagree.forEach(d -> err.printf("  %s%n", d));
                return Lpip.EXIT_BAD_INPUT;
            }
        } catch (Manifest.Invalid e) {
            err.println("lpip rerun: " + e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        }
        Path scratch = Files.createTempDirectory("lpip-rerun");
        try {
            if (m.has("sweep")) {
                rerunSweepRun(m, scenario, scratch);
            } else {
                rerunRun(m, scenario, scratch);
            }
            Map<String, Manifest.Output> outputs = m.outputs();
            List<String> compared = new ArrayList<>();
            List<String> differ = new ArrayList<>();
            for (String name : List.of("timeseries.csv", "water.csv")) {
                boolean made = Files.exists(scratch.resolve(name));
                Manifest.Output listed = outputs.get(name);
                if (listed == null && !made) {
                    continue;
                }
                compared.add(name);
                if (listed == null || !made || !AtomicFiles.sha256(scratch.resolve(name)).equals(listed.sha256())) {
                    differ.add(name);
                }
            }
            if (!differ.isEmpty()) {
                out.printf("NOT reproduced: %s differ%s from the manifest's checksums%n", String.join(", ", differ),
                        differ.size() == 1 ? "s" : "");
                out.flush();
                return Lpip.EXIT_FAILED;
            }
            out.printf("Reproduced bit for bit: %s (SHA-256 as in %s; the record verified first)%n", String.join(", ", compared),
                    file);
            out.flush();
            return Lpip.EXIT_OK;
        } catch (Manifest.Invalid e) {
            err.println("lpip rerun: " + e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
    }

    /** One run of a sweep: the scenario carries the arm's interventions and the replicate's seed. */
    private static void rerunSweepRun(Manifest m, Scenario scenario, Path scratch) throws IOException, Manifest.Invalid {
        uk.lpip.runs.output.TableIds id = new uk.lpip.runs.output.TableIds(m.text("run"),
                m.has("experiment") ? m.text("experiment") : "", m.number("scale"));
        String arm = m.text("arm");
        int replicate = m.count("replicate", 0);
        ModelConfig config = scenario.model();
        try (Simulation sim = new Simulation(config, scenario.interventions(), 1)) {
            MetricsTable table = sim.run();
            AtomicFiles.write(scratch.resolve("timeseries.csv"), w -> TimeseriesCsv.write(w, id, arm, replicate, table));
            Simulation.Results results = sim.results();
            if (results.water() != null) {
                AtomicFiles.write(scratch.resolve("water.csv"), w -> {
                    WaterCsv.writeHeader(w);
                    WaterCsv.writeRows(w, id, arm, replicate, results.water());
                });
            }
        }
    }

    /** An 'lpip run': the same arms and replicates, on one thread (results do not depend on threads). */
    private static void rerunRun(Manifest m, Scenario scenario, Path scratch) throws IOException, Manifest.Invalid {
        int replicates = m.has("replicates") ? m.count("replicates", 1) : 1;
        boolean paired = !scenario.interventions().isEmpty();
        List<SingleRun.Arm> arms = paired
                ? List.of(SingleRun.Arm.baseline(), new SingleRun.Arm("intervention", scenario.interventions()))
                : List.of(SingleRun.Arm.baseline());
        SingleRun.Result result = new SingleRun(scenario.model(), 1, BuildInfo.version(), BuildInfo.gitCommit(), arms)
                .charts(false).runId(m.text("run"))
                .experiment(m.has("experiment") ? m.text("experiment") : "").replicates(replicates).run(scratch, done -> { }, List.of());
        for (String name : List.of("timeseries.csv", "water.csv")) {
            Path made = result.directory().resolve(name);
            if (Files.exists(made)) {
                Files.move(made, scratch.resolve(name));
            }
        }
    }
}

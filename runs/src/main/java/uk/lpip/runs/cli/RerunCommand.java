package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.SingleRun;
import uk.lpip.runs.output.AtomicFiles;
import uk.lpip.runs.output.TimeseriesCsv;
import uk.lpip.runs.output.WaterCsv;
import uk.lpip.scenarios.Scenario;
import uk.lpip.scenarios.load.ScenarioException;
import uk.lpip.scenarios.load.ScenarioLoader;
import uk.lpip.scenarios.yaml.Node;
import uk.lpip.scenarios.yaml.Node.MapNode;
import uk.lpip.scenarios.yaml.Node.ScalarNode;
import uk.lpip.scenarios.yaml.YamlReader;
import uk.lpip.sim.config.ModelConfig;
import uk.lpip.sim.metrics.MetricsTable;
import uk.lpip.sim.model.EconomyModel;
import uk.lpip.sim.policy.Interventions;

/** {@code lpip rerun}: reproduces a run from its manifest and checks the results are identical. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Run again what a manifest.json describes — a run of a sweep, or an 'lpip run' — from the resolved "
                + "scenario.yaml beside it, and check that timeseries.csv (and water.csv) come out byte for byte as "
                + "recorded (SHA-256). Nothing is written into the run's directory.",
                "Exit codes: 0 reproduced, 1 results differ, 2 not a manifest."})
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
        MapNode m;
        try {
            Node node = YamlReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            if (!(node instanceof MapNode map) || map.get("outputs") == null) {
                err.printf("lpip rerun: %s is not an lpip manifest%n", file);
                return Lpip.EXIT_BAD_INPUT;
            }
            m = map;
        } catch (YamlReader.YamlException | IOException e) {
            err.printf("lpip rerun: cannot read %s: %s%n", file, e.getMessage());
            return Lpip.EXIT_BAD_INPUT;
        }
        Scenario scenario;
        try {
            scenario = ScenarioLoader.load(dir.resolve("scenario.yaml").toString());
        } catch (ScenarioException e) {
            ScenarioArguments.printProblems(err, dir.resolve("scenario.yaml").toString(), e.problems());
            return Lpip.EXIT_BAD_INPUT;
        }
        Path scratch = Files.createTempDirectory("lpip-rerun");
        try {
            List<String> compared = new ArrayList<>();
            if (m.get("sweep") != null) {
                rerunSweepRun(m, scenario, scratch);
            } else {
                rerunRun(m, scenario, scratch);
            }
            MapNode outputs = (MapNode) m.get("outputs");
            List<String> differ = new ArrayList<>();
            for (String name : List.of("timeseries.csv", "water.csv")) {
                if (outputs.get(name) instanceof MapNode entry && entry.get("sha256") instanceof ScalarNode sha) {
                    String now = AtomicFiles.sha256(scratch.resolve(name));
                    compared.add(name);
                    if (!now.equals(sha.text())) {
                        differ.add(name);
                    }
                }
            }
            if (!differ.isEmpty()) {
                out.printf("NOT reproduced: %s differ%s from the manifest's checksums%n", String.join(", ", differ),
                        differ.size() == 1 ? "s" : "");
                out.flush();
                return Lpip.EXIT_FAILED;
            }
            out.printf("Reproduced bit for bit: %s (SHA-256 as in %s)%n", String.join(", ", compared), file);
            out.flush();
            return Lpip.EXIT_OK;
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
    }

    private static String text(MapNode m, String key) {
        return ((ScalarNode) m.get(key)).text();
    }

    /** One run of a sweep: the scenario carries the arm's interventions and the replicate's seed. */
    private static void rerunSweepRun(MapNode m, Scenario scenario, Path scratch) throws IOException {
        String id = text(m, "run");
        String arm = text(m, "arm");
        int replicate = Integer.parseInt(text(m, "replicate"));
        ModelConfig config = scenario.model();
        try (EconomyModel model = new EconomyModel(config, 1, Interventions.factory(scenario.interventions()))) {
            MetricsTable table = model.run();
            AtomicFiles.write(scratch.resolve("timeseries.csv"), w -> TimeseriesCsv.write(w, id, arm, replicate, table));
            if (model.catchment() != null) {
                AtomicFiles.write(scratch.resolve("water.csv"), w -> {
                    WaterCsv.writeHeader(w);
                    WaterCsv.writeRows(w, id, arm, replicate, model.catchment());
                });
            }
        }
    }

    /** An 'lpip run': the same arms and replicates, on one thread (results do not depend on threads). */
    private static void rerunRun(MapNode m, Scenario scenario, Path scratch) throws IOException {
        int replicates = m.get("replicates") instanceof ScalarNode r ? Integer.parseInt(r.text()) : 1;
        boolean paired = !scenario.interventions().isEmpty();
        List<SingleRun.Arm> arms = paired
                ? List.of(SingleRun.Arm.baseline(), new SingleRun.Arm("intervention", Interventions.factory(scenario.interventions())))
                : List.of(SingleRun.Arm.baseline());
        SingleRun.Result result = new SingleRun(scenario.model(), 1, BuildInfo.version(), BuildInfo.gitCommit(), arms)
                .charts(false).replicates(replicates).run(scratch, done -> { }, List.of());
        for (String name : List.of("timeseries.csv", "water.csv")) {
            Path made = result.directory().resolve(name);
            if (Files.exists(made)) {
                Files.move(made, scratch.resolve(name));
            }
        }
    }
}

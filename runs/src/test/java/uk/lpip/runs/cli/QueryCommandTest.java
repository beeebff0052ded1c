package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQL over the results directory sees every run's rows, and nothing else. */
class QueryCommandTest {
    @TempDir
    Path tmp;

    @Test
    void queriesSeeEveryRunAndAgreeWithTheFiles() throws Exception {
        Path results = tmp.resolve("results");
        for (String seed : List.of("1", "2")) {
            CliRun r = CliRun.of("run", "--months", "3", "--burn-in", "2", "--seed", seed, "--no-charts", "--out", results.toString());
            assertEquals(0, r.exitCode(), r.err());
        }
        long rows = 0;
        try (Stream<Path> s = Files.walk(results)) {
            for (Path p : s.filter(p -> p.getFileName().toString().equals("timeseries.csv")).toList()) {
                rows += Files.readAllLines(p).stream().filter(l -> l.contains(",employment_rate,")).count();
            }
        }
        CliRun count = CliRun.of("query", "SELECT count(*) AS n FROM timeseries WHERE metric = 'employment_rate'",
                "--results", results.toString(), "--csv");
        assertEquals(0, count.exitCode(), count.err());
        assertEquals(List.of("n", Long.toString(rows)), count.out().lines().toList());

        CliRun seeds = CliRun.of("query", "SELECT seed FROM manifests ORDER BY seed", "--results", results.toString(), "--csv");
        assertEquals(List.of("seed", "1", "2"), seeds.out().lines().toList(), seeds.err());

        CliRun join = CliRun.of("query", "SELECT m.seed, round(avg(t.value), 6) AS employment FROM timeseries t JOIN manifests m "
                + "ON t.run = m.run WHERE t.metric = 'employment_rate' AND t.area = 'region:dales' GROUP BY m.seed ORDER BY m.seed",
                "--results", results.toString());
        assertEquals(0, join.exitCode(), join.err());
        assertTrue(join.out().contains("(2 rows)"), join.out());
    }

    @Test
    void aBadQueryExitsWith2AndNamesTheViews() throws Exception {
        Path results = tmp.resolve("results");
        assertEquals(0, CliRun.of("run", "--months", "2", "--burn-in", "1", "--no-charts", "--out", results.toString()).exitCode());
        CliRun r = CliRun.of("query", "SELECT nope FROM timeseries", "--results", results.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("\"nope\" not found") && r.err().contains("views here: timeseries"), r.err());
    }
}

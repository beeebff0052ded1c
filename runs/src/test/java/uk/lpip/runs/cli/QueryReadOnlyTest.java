package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.output.AtomicFiles;

/** lpip query is read-only: one query statement, no file read or written outside the store, no extensions. */
class QueryReadOnlyTest {
    @TempDir
    Path tmp;
    Path results;

    @BeforeEach
    void oneRun() {
        results = tmp.resolve("results");
        CliRun r = CliRun.of("run", "--months", "2", "--burn-in", "1", "--no-charts", "--no-report", "--out", results.toString());
        assertEquals(0, r.exitCode(), r.err());
        // the first query builds the catalogue; from then on a query changes nothing on disk
        assertEquals(0, CliRun.of("query", "SELECT 1", "--results", results.toString()).exitCode());
    }

    /** Every file under tmp with its checksum: what "nothing changes on disk" compares. */
    private Map<String, String> disk() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(tmp)) {
            for (Path p : s.toList()) {
                out.put(tmp.relativize(p).toString(), Files.isRegularFile(p) ? AtomicFiles.sha256(p) : "dir");
            }
        }
        return out;
    }

    private CliRun query(String sql) {
        return CliRun.of("query", sql, "--results", results.toString(), "--csv");
    }

    private static final String NOT_A_QUERY = "lpip query: only a query can run (SELECT, WITH, FROM, VALUES, DESCRIBE, "
            + "SUMMARIZE or SHOW), one statement at a time: the store is read-only, so COPY, INSTALL, LOAD, ATTACH, SET, "
            + "PRAGMA, CREATE, INSERT and the like are refused\n";

    @Test
    void aQueryCannotWriteOrOverwriteAFile() throws IOException {
        Map<String, String> before = disk();
        Path stolen = tmp.resolve("stolen.csv");
        for (String sql : List.of(
                "COPY (SELECT * FROM timeseries) TO '" + stolen + "'",
                "COPY (SELECT 1 AS x) TO '" + results + "' (FORMAT csv, OVERWRITE true)",
                "SELECT 1; COPY (SELECT 1) TO '" + stolen + "'",
                "EXPORT DATABASE '" + tmp.resolve("export") + "'",
                "ATTACH '" + tmp.resolve("new.duckdb") + "' AS db",
                "CREATE TABLE t AS SELECT 1")) {
            CliRun r = query(sql);
            assertEquals(2, r.exitCode(), sql);
            assertEquals(NOT_A_QUERY, r.err(), sql);
            assertEquals("", r.out(), sql);
        }
        assertFalse(Files.exists(stolen));
        assertEquals(before, disk(), "nothing changed on disk");
    }

    @Test
    void aQueryCannotReadAFileOutsideTheStore() throws IOException {
        Map<String, String> before = disk();
        for (String reader : List.of("read_csv('/etc/passwd')", "read_text('/etc/passwd')", "glob('/etc/*')",
                "read_json('" + results.resolve("x.json") + "')")) {
            CliRun r = query("SELECT * FROM " + reader);
            assertEquals(2, r.exitCode(), reader);
            assertTrue(r.err().startsWith("lpip query: the store is read-only and reads only its own tables; "
                    + "Permission Error: "), reader + ": " + r.err());
            assertTrue(r.err().contains("disabled"), reader + ": " + r.err());
            assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
            assertFalse(r.out().contains("root"), r.out());
        }
        assertEquals(before, disk());
    }

    @Test
    void onlyOneStatementRuns() {
        CliRun r = query("SELECT count(*) FROM timeseries; SELECT 2");
        assertEquals(2, r.exitCode());
        assertEquals("lpip query: one statement at a time: found 2; run them one by one (or combine them with UNION ALL "
                + "or a join)\n", r.err());
        CliRun empty = query(" ; ");
        assertEquals(2, empty.exitCode());
        assertEquals("lpip query: no SQL statement given\n", empty.err());
        CliRun one = query("SELECT count(*) > 0 AS rows FROM timeseries;");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(List.of("rows", "true"), one.out().lines().toList());
    }

    @Test
    void noExtensionIsInstalledOrLoadedAndTheLockCannotBeUndone() {
        for (String sql : List.of("INSTALL httpfs", "LOAD httpfs", "INSTALL 'https://example.com/x.duckdb_extension'",
                "SET enable_external_access = true", "SET lock_configuration = false", "PRAGMA version")) {
            CliRun r = query(sql);
            assertEquals(2, r.exitCode(), sql);
            assertEquals(NOT_A_QUERY, r.err(), sql);
        }
        CliRun settings = query("SELECT current_setting('enable_external_access') AS external, "
                + "current_setting('lock_configuration') AS locked, current_setting('autoinstall_known_extensions') AS install, "
                + "current_setting('autoload_known_extensions') AS autoload");
        assertEquals(0, settings.exitCode(), settings.err());
        assertEquals(List.of("external,locked,install,autoload", "false,true,false,false"), settings.out().lines().toList());
        CliRun remote = query("SELECT * FROM 'https://example.com/data.csv'");
        assertEquals(2, remote.exitCode());
        assertFalse(remote.err().contains("Exception"), remote.err());
    }

    @Test
    void describeSummarizeAndShowStillWork() {
        CliRun describe = query("DESCRIBE timeseries");
        assertEquals(0, describe.exitCode(), describe.err());
        assertTrue(describe.out().lines().anyMatch(l -> l.startsWith("metric,VARCHAR,")), describe.out());
        assertEquals(0, query("SUMMARIZE timeseries").exitCode());
        CliRun show = query("SHOW TABLES");
        assertEquals(0, show.exitCode(), show.err());
        assertEquals(List.of("name", "catalogue_files", "manifests", "summary", "timeseries"), show.out().lines().toList(),
                "the catalogue's tables: one per kind of file here, and the files it was built from");
        CliRun named = query("SELECT table_name FROM information_schema.tables WHERE table_name IN ('timeseries', 'summary') ORDER BY 1");
        assertEquals(List.of("table_name", "summary", "timeseries"), named.out().lines().toList(), named.err());
    }

    @Test
    void runsWithoutAManifestAndUnfinishedSweepsAreNotInTheStore() throws IOException {
        Path complete;
        try (Stream<Path> s = Files.list(results)) {
            complete = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path unfinished = results.resolve("demo-unfinished");
        Files.createDirectories(unfinished);
        Files.copy(complete.resolve("timeseries.csv"), unfinished.resolve("timeseries.csv"));
        Files.copy(complete.resolve("summary.csv"), unfinished.resolve("summary.csv"));
        Path sweep = Files.createDirectories(results.resolve("half-sweep"));
        Files.writeString(sweep.resolve("experiment.yaml"), "name: half-sweep\n");
        Files.writeString(sweep.resolve("points.csv"), "point,x\n0,1\n");

        CliRun runs = query("SELECT count(DISTINCT path) AS files FROM timeseries");
        assertEquals(List.of("files", "1"), runs.out().lines().toList(), runs.err());
        CliRun summaries = query("SELECT count(DISTINCT path) AS files FROM summary");
        assertEquals(List.of("files", "1"), summaries.out().lines().toList(), summaries.err());
        CliRun manifests = query("SELECT count(*) AS n FROM manifests");
        assertEquals(List.of("n", "1"), manifests.out().lines().toList(), manifests.err());
        CliRun points = query("SELECT * FROM points");
        assertEquals(2, points.exitCode(), "an unfinished sweep's table is not a view");
        assertTrue(points.err().contains("views here: timeseries, summary, manifests"), points.err());

        Files.writeString(sweep.resolve("sweep.json"), "{}\n");
        assertEquals(List.of("point,x,path", "0,1," + sweep.resolve("points.csv")),
                query("SELECT * FROM points").out().lines().toList(), "once finished it is");
    }

    @Test
    void csvOutputQuotesCommasQuotesAndNewlinesAsRfc4180Says() throws IOException {
        CliRun r = query("SELECT 'Bath, \"North\"' || chr(10) || 'Somerset' AS place, 'plain' AS \"a, b\", 1.5 AS x");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("place,\"a, b\",x\n\"Bath, \"\"North\"\"\nSomerset\",plain,1.5\n", r.out());
        uk.lpip.runs.output.CsvRows back = uk.lpip.runs.output.CsvRows.read(new java.io.StringReader(r.out()));
        assertEquals(List.of("place", "a, b", "x"), back.header());
        assertEquals(List.of("Bath, \"North\"\nSomerset", "plain", "1.5"), List.of(back.rows().get(0)));
    }
}

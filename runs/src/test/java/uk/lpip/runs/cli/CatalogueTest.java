package uk.lpip.runs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lpip.runs.store.Catalogue;
import uk.lpip.runs.store.ResultStore;

/** The results directory's DuckDB catalogue: built once, kept while current, rebuilt when results change or on demand. */
class CatalogueTest {
    @TempDir
    Path tmp;

    private static final String RUNS = "SELECT count(DISTINCT run) AS runs, count(*) AS rows FROM timeseries";

    private void run(Path results) {
        CliRun r = CliRun.of("run", "--months", "2", "--burn-in", "1", "--no-charts", "--no-report", "--out", results.toString());
        assertEquals(0, r.exitCode(), r.err());
    }

    private static String[] query(Path results, boolean rebuild, boolean expectBuilt) throws Exception {
        try (ResultStore store = new ResultStore(results, rebuild)) {
            List<List<String>> rows = store.query(RUNS);
            assertEquals(expectBuilt, store.builtCatalogue(), "catalogue built: " + expectBuilt);
            return rows.get(1).toArray(new String[0]);
        }
    }

    @Test
    void theCatalogueIsBuiltOnceKeptWhileCurrentAndRebuiltWhenResultsChangeOrOnDemand() throws Exception {
        Path results = tmp.resolve("results");
        run(results);
        String[] one = query(results, false, true);
        assertEquals("1", one[0]);
        Path file = results.resolve(Catalogue.FILE);
        assertTrue(Files.isRegularFile(file));
        long stamp = Files.getLastModifiedTime(file).toMillis();
        assertEquals(List.of(one), List.of(query(results, false, false)), "the same answer from the kept catalogue");
        assertEquals(stamp, Files.getLastModifiedTime(file).toMillis(), "not written again while current");

        run(results);   // a new run adds files the catalogue has not seen (their paths are in its stamps): stale, built again
        String[] two = query(results, false, true);
        assertEquals("2", two[0]);
        assertEquals(2 * Long.parseLong(one[1]), Long.parseLong(two[1]), "both runs' rows");

        assertArrayEquals(two, query(results, true, true), "--rebuild builds it again: same answer");
        Files.delete(file);
        assertArrayEquals(two, query(results, false, true), "a deleted catalogue is built again");
        Files.writeString(file, "not a database");
        assertArrayEquals(two, query(results, false, true), "an unreadable catalogue is built again");
        try (Stream<Path> s = Files.list(results)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().startsWith(".catalogue-")), "no temporary file left");
        }
        CliRun cli = CliRun.of("query", RUNS, "--results", results.toString(), "--csv", "--rebuild");
        assertEquals(0, cli.exitCode(), cli.err());
        assertEquals(List.of("runs,rows", "2," + two[1]), cli.out().lines().toList());
    }

    private static void assertArrayEquals(String[] expected, String[] actual, String message) {
        assertEquals(List.of(expected), List.of(actual), message);
    }
}

package uk.lpip.runs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.lpip.runs.output.TextCsv;
import uk.lpip.runs.store.ResultStore;

/** {@code lpip query}: SQL over every run and sweep in a results directory. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run an SQL query (DuckDB) over every run and sweep under the results directory and print the table.",
                "Views: timeseries, water, effects, summary, appraisal, additionality, compare, points (each file of that "
                        + "name, with a 'path' column) and manifests (every manifest.json). See docs/outputs.md.",
                "The tables live in a DuckDB catalogue, DIR/catalogue.duckdb, built (atomically) when missing or when the "
                        + "complete results under DIR changed, and with --rebuild.",
                "Read-only: one query statement (SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE, SHOW); no other file "
                        + "is read or written and no extension installed. Runs without a manifest are left out.",
                "Exit codes: 0 done, 2 bad or refused query."})
final class QueryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"SELECT arm, avg(value) FROM timeseries "
            + "WHERE metric = 'employment_rate' GROUP BY arm\".")
    String sql;

    @Option(names = "--results", paramLabel = "DIR", defaultValue = "results", description = "Results directory (default: ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--csv", description = "Print CSV instead of an aligned table.")
    boolean csv;

    @Option(names = "--rebuild", description = "Build the catalogue (DIR/catalogue.duckdb) again from the files before the query.")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ResultStore store = new ResultStore(results, rebuild)) {
            List<List<String>> rows;
            try {
                rows = store.query(sql);
            } catch (ResultStore.RefusedQuery e) {
                err.printf("lpip query: %s%n", e.getMessage());
                return Lpip.EXIT_BAD_INPUT;
            } catch (SQLException e) {
                String message = firstLine(e);
                if (message.startsWith("Permission Error:")) {
                    err.printf("lpip query: the store is read-only and reads only its own tables; %s%n", message);
                    return Lpip.EXIT_BAD_INPUT;
                }
                err.printf("lpip query: %s%n  views here: %s%n", message,
                        store.views().isEmpty() ? "none (no results under " + results + ")" : String.join(", ", store.views()));
                return Lpip.EXIT_BAD_INPUT;
            }
            print(out, rows, csv);
            return Lpip.EXIT_OK;
        }
    }

    /**
     * The engine's own first line of an error. DuckDB's JDBC driver wraps an error raised while a
     * query runs in "Attempting to execute an unsuccessful or closed pending query result" and puts
     * the real error on a later line after "Error: "; that line is the one the user needs.
     */
    static String firstLine(SQLException e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        java.util.List<String> lines = text.lines().toList();
        if (!lines.isEmpty() && lines.get(0).contains("unsuccessful or closed pending query result")) {
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("Error: ")) {
                    return line.substring("Error: ".length());
                }
            }
        }
        return lines.isEmpty() ? "" : lines.get(0).replaceFirst("^java.sql.SQLException: ", "");
    }

    static void print(PrintWriter out, List<List<String>> rows, boolean csv) throws IOException {
        if (csv) {
            TextCsv.write(out, rows.get(0), rows.subList(1, rows.size()));
            out.flush();
            return;
        }
        int[] width = new int[rows.get(0).size()];
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < width.length; c++) {
                b.append(c == 0 ? "" : "  ").append(String.format("%-" + width[c] + "s", rows.get(i).get(c)));
            }
            out.println(b.toString().stripTrailing());
            if (i == 0) {
                out.println("-".repeat(b.toString().stripTrailing().length()));
            }
        }
        out.printf("(%d row%s)%n", rows.size() - 1, rows.size() == 2 ? "" : "s");
        out.flush();
    }
}
